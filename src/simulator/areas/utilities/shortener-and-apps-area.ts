import { SimError } from '../../core/sim-error.js';
import { hashString } from '../../core/seeded-random.js';
import type { Area, AreaContext, Handler } from '../../core/types.js';
import { companionOf } from '../../state/companion-of.js';
import { BodyFields } from '../shared/body-fields.js';
import { iso } from '../shared/extra-area-kit.js';

/** Longest URL accepted for shortening: what browsers and proxies reliably carry. */
const MAX_URL_LENGTH = 2048;
const SHORT_HOST = 'https://smrtr.io';

interface AppIntegration {
  readonly id: string;
  readonly appId: string;
  settings: Record<string, unknown>;
  readonly createdOn: number;
  updatedOn: number;
}

/** Short codes handed out (code → long URL) and apps enabled for the company (app id → integration). */
const utilityOf = companionOf((state) => state.candidates, () => ({ codes: new Map<string, string>(), apps: new Map<string, AppIntegration>() }));

/** Base-62 code of a URL, lengthened on the (unlikely) clash with another URL's code. */
function shortCode(url: string, taken: Map<string, string>): string {
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (let salt = 0; ; salt++) {
    let n = hashString(url, 0x811c9dc5 + salt) * 4096 + (hashString(url, 7 + salt) % 4096);
    let code = '';
    while (code.length < 7) {
      code += alphabet[n % 62];
      n = Math.floor(n / 62);
    }
    const owner = taken.get(code);
    if (owner === undefined || owner === url) return code;
  }
}

/** Real state behaviour for the URL shortener and app integrations of the partner API. */
export function shortenerAndAppsArea({ state }: AreaContext): Area {
  const handlers: Record<string, Handler> = {
    publicShorten: (req) => {
      const f = new BodyFields(req.body);
      const url = f.string('url', { required: true, minLength: 1 });
      f.done();
      let parsed: URL | undefined;
      try {
        parsed = new URL(url as string);
      } catch {
        parsed = undefined;
      }
      if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) throw new SimError(400, 'INVALID_FIELD', `url: must be an absolute http(s) URL, got "${(url as string).slice(0, 100)}"`);
      if ((url as string).length > MAX_URL_LENGTH) throw new SimError(400, 'INVALID_FIELD', `url: must be at most ${MAX_URL_LENGTH} characters`);
      const { codes } = utilityOf(state);
      // The same URL always gets the same short link, so shortening is idempotent (200, not 201).
      const code = shortCode(url as string, codes);
      codes.set(code, url as string);
      return { status: 200, body: { url, shortUrl: `${SHORT_HOST}/${code}` } };
    },
    enableIntegration: (req) => {
      const f = new BodyFields(req.body);
      const appId = f.string('appId', { required: true, minLength: 1 });
      const companyId = f.string('companyId');
      const settings = f.object('settings');
      f.done();
      if (companyId !== undefined && companyId !== state.companyId) throw new SimError(404, 'NOT_FOUND', `Company not found: ${companyId}`);
      const { apps } = utilityOf(state);
      const now = state.now();
      const existing = apps.get(appId as string);
      const row: AppIntegration = existing ?? { id: `${state.companyId}:${appId}`, appId: appId as string, settings: {}, createdOn: now, updatedOn: now };
      row.settings = { ...row.settings, ...settings };
      row.updatedOn = now;
      apps.set(row.appId, row);
      return { status: existing ? 200 : 201, body: { id: row.id, appId: row.appId, companyId: state.companyId, status: 'ENABLED', settings: row.settings, createdOn: iso(row.createdOn), updatedOn: iso(row.updatedOn) } };
    },
  };
  return { name: 'shortener-and-apps', handlers };
}
