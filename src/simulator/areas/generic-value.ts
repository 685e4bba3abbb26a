import { responseObjects, type ResponseField, type ResponseItem } from '../../spec/generated/response-shapes.js';
import { hashString, uuidFrom } from '../core/seeded-random.js';
import { DEPARTMENTS, FIRST_NAMES, LAST_NAMES, LOCATIONS, TITLES } from '../state/name-tables.js';

/**
 * Fixed instant generated dates count back from, so one seed and path give the same answer on
 * every run, not only on the same day.
 */
const DATE_BASE = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;
/** Deep enough for every documented model; guards the few self-referencing ones. */
const MAX_DEPTH = 5;

interface ValueContext {
  readonly seed: number;
  /** Identity of the record (`/collection/path/id`), so a list item and its GET agree. */
  readonly key: string;
  readonly baseUrl: string;
}

function pick<T>(items: readonly T[], h: number): T {
  return items[h % items.length] as T;
}

function words(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ').toLowerCase();
}

/** Guesses a type from the field name where the docs leave it `unknown`. */
function guessType(name: string): ResponseField['type'] {
  if (/(On|Date|At)$/.test(name) || /^(date|time)$/i.test(name)) return 'date-time';
  if (/^(is|has|can)[A-Z]|^(active|enabled|internal|required|archived|current|default|deleted|visible|manual|remote)$/.test(name)) return 'boolean';
  if (/^(totalFound|total|count|limit|offset|size|page|position|order|rating|averageRating)$|Count$/.test(name)) return 'number';
  if (name === 'content' || name === 'results' || name === 'tags') return 'array';
  return 'string';
}

/** A realistic string for a field, chosen by its name. */
function stringFor(name: string, h: number, ctx: ValueContext, path: string): string {
  const first = pick(FIRST_NAMES, h);
  const last = pick(LAST_NAMES, h >>> 7);
  const loc = pick(LOCATIONS, h >>> 3);
  const n = name.toLowerCase();
  if (n === 'id' || n === 'uuid' || /id$/.test(n) || /^id[A-Z]/.test(name)) return uuidFrom(h, hashString(path, ctx.seed), ctx.seed, hashString(ctx.key));
  if (n === 'firstname') return first;
  if (n === 'lastname') return last;
  if (n.includes('email')) return `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '') + '@example.org';
  if (n.includes('phone')) return `+1 555 01${String(h % 100).padStart(2, '0')}`;
  if (n === 'city') return loc.city;
  if (n === 'region') return loc.region;
  if (n === 'regioncode') return loc.regionCode;
  if (n === 'country') return loc.country;
  if (n === 'countrycode') return loc.countryCode;
  if (n === 'address') return `${1 + (h % 200)} Market Street`;
  if (n === 'postalcode' || n === 'zipcode') return String(10000 + (h % 89999));
  if (n === 'latitude') return String(loc.lat);
  if (n === 'longitude') return String(loc.lng);
  if (n === 'method') return 'GET';
  if (n === 'url' || n === 'website' || n.endsWith('url') || n === 'href' || n === 'link') return `${ctx.baseUrl}${ctx.key}`;
  if (n === 'linkedin' || n === 'facebook' || n === 'twitter' || n === 'skype') return `https://${n}.example.org/${first.toLowerCase()}`;
  if (n === 'code' || n === 'language' || n === 'locale') return pick(['en', 'fr', 'de', 'es', 'pl'], h);
  if (n === 'currency' || n === 'currencycode') return pick(['USD', 'EUR', 'GBP'], h);
  if (n === 'title' || n === 'jobtitle') return pick(pick(TITLES, h), h >>> 5);
  if (n === 'department' || n === 'departmentname') return pick(DEPARTMENTS, h);
  if (n === 'fullname' || n === 'displayname' || n === 'author' || n === 'username') return `${first} ${last}`;
  if (n === 'name' || n === 'label' || n.endsWith('name') || n.endsWith('label')) {
    const owner = path.split('.').slice(-2, -1)[0]?.replace(/\[0\]$/, '') ?? ctx.key.split('/').filter((s) => s && !/\d/.test(s)).pop() ?? 'item';
    return `${pick(['Alpha', 'Bravo', 'Delta', 'Nova', 'Summit', 'Harbor', 'Atlas'], h)} ${singular(words(owner))} ${(h % 900) + 100}`;
  }
  if (n === 'status') return pick(['ACTIVE', 'PENDING', 'COMPLETED'], h);
  if (n === 'type') return pick(['DEFAULT', 'CUSTOM'], h);
  if (n === 'mimetype' || n === 'contenttype') return 'application/pdf';
  if (n === 'filename') return `${words(name).split(' ')[0]}-${(h % 9000) + 1000}.pdf`;
  if (/description|comment|content|text|note|message|reason/.test(n)) return `Sample ${words(name)} for ${ctx.key.split('/').filter(Boolean).slice(-2).join(' ')}`;
  return `${words(name)} ${(h % 9000) + 1000}`;
}

/**
 * A deterministic value for one documented field: the same seed, record key and field path always
 * give the same value. Enums pick one of their values; ids are UUID-shaped; dates are ISO.
 */
export function documentedValue(name: string, shape: ResponseItem, ctx: ValueContext, path: string, depth: number): unknown {
  const h = hashString(`${ctx.key}#${path}`, ctx.seed);
  if (shape.enum?.length) return pick(shape.enum, h);
  const type = shape.type === 'unknown' ? guessType(name) : shape.type;
  switch (type) {
    case 'date-time':
      return new Date(DATE_BASE - (h % 700) * DAY - (h % 86_400) * 1000).toISOString();
    case 'boolean':
      return h % 2 === 0;
    case 'integer':
    case 'number':
      return /rating|score/i.test(name) ? 1 + (h % 5) : h % 100;
    case 'object': {
      if (depth >= MAX_DEPTH) return {};
      const fields = shape.of ? responseObjects[shape.of] : shape.fields;
      return documentedObject(fields ?? [], ctx, path, depth + 1);
    }
    case 'array': {
      if (depth >= MAX_DEPTH || !shape.items) return [];
      return [documentedValue(singular(name), shape.items, ctx, `${path}[0]`, depth + 1)];
    }
    default:
      return stringFor(name, h, ctx, path);
  }
}

function singular(name: string): string {
  return name.endsWith('ies') ? `${name.slice(0, -3)}y` : name.replace(/s$/, '');
}

/** An object carrying every documented field, each with its deterministic value. */
export function documentedObject(fields: readonly ResponseField[], ctx: ValueContext, path = '', depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) out[f.name] = documentedValue(f.name, f, ctx, path ? `${path}.${f.name}` : f.name, depth);
  return out;
}

export type { ValueContext };
