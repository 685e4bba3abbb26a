import { paginate } from '../../core/paginate.js';
import { SimError, invalidField } from '../../core/sim-error.js';
import type { Handler, SimRequest } from '../../core/types.js';
import type { SimState } from '../../state/sim-state.js';
import { BodyFields } from '../shared/body-fields.js';
import { found, param, readIdList } from './configuration-common.js';
import { configurationOf, type PredefinedLocation } from '../../state/configuration-store.js';

function view(req: SimRequest, l: PredefinedLocation): Record<string, unknown> {
  return { ...l, actions: { details: { url: `${req.baseUrl}/configuration/predefined-locations/${l.id}`, method: 'GET' } } };
}

function numberIn(body: Record<string, unknown>, name: string, min: number, max: number): number | undefined {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) throw invalidField(name, `must be a number between ${min} and ${max}`);
  return v;
}

/**
 * Docs give no body schema for predefined locations; fields follow the job `location` object
 * (city, region, country, countryCode…) plus an `identifier` the list can filter on.
 */
function readLocation(body: unknown, creating: boolean): Partial<PredefinedLocation> {
  const f = new BodyFields(body);
  const out: Partial<PredefinedLocation> = {};
  const city = f.string('city', { required: creating, minLength: 1 });
  const country = f.string('country', { required: creating, minLength: 1 });
  const countryCode = f.string('countryCode');
  const fields = { identifier: f.string('identifier', { minLength: 1 }), region: f.string('region'), regionCode: f.string('regionCode'), address: f.string('address'), postalCode: f.string('postalCode') };
  const remote = f.boolean('remote');
  f.done();
  if (countryCode !== undefined && !/^[A-Za-z]{2}$/.test(countryCode)) throw invalidField('countryCode', `must be an ISO 3166-1 alpha-2 code, got "${countryCode}"`);
  const latitude = numberIn(f.body, 'latitude', -90, 90);
  const longitude = numberIn(f.body, 'longitude', -180, 180);
  Object.assign(out, { city, country, countryCode: countryCode?.toLowerCase(), latitude, longitude, remote, ...fields });
  for (const k of Object.keys(out) as (keyof PredefinedLocation)[]) if (out[k] === undefined) delete out[k];
  return out;
}

/** Handlers for `/configuration/predefined-locations` (cursor paged by pageId + pageSize). */
export function locationHandlers(state: SimState): Record<string, Handler> {
  const store = () => configurationOf(state);
  const location = (req: SimRequest) => found(store().locations.find((l) => l.id === param(req, 'id')), 'Predefined location', param(req, 'id'));
  const uniqueIdentifier = (identifier: string | undefined, except?: PredefinedLocation) => {
    if (identifier && store().locations.some((l) => l !== except && l.identifier === identifier)) {
      throw new SimError(409, 'CONFLICT', `identifier: a predefined location with identifier "${identifier}" already exists`);
    }
  };
  return {
    'configuration.predefined-locations.getMany': (req) => {
      const raw = req.query['identifiers'];
      const wanted = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).flatMap((v) => String(v).split(',')).map((s) => s.trim()).filter(Boolean);
      const items = wanted.length === 0 ? store().locations : store().locations.filter((l) => wanted.includes(l.identifier) || wanted.includes(l.id));
      return paginate(req, items.map((l) => view(req, l)));
    },
    'configuration.predefined-locations.getOne': (req) => ({ status: 200, body: view(req, location(req)) }),
    'configuration.predefined-locations.createOne': (req) => {
      const fields = readLocation(req.body, true);
      uniqueIdentifier(fields.identifier);
      const id = store().newId();
      const l: PredefinedLocation = { id, identifier: fields.identifier ?? `LOC-${id.slice(0, 8).toUpperCase()}`, remote: false, city: '', country: '', ...fields };
      store().locations.push(l);
      return { status: 201, body: view(req, l) };
    },
    // PUT replaces the location: fields left out are cleared, city and country stay required.
    'configuration.predefined-locations.updateOne': (req) => {
      const l = location(req);
      const fields = readLocation(req.body, true);
      uniqueIdentifier(fields.identifier, l);
      const next: PredefinedLocation = { id: l.id, identifier: fields.identifier ?? l.identifier, remote: false, city: '', country: '', ...fields };
      const list = store().locations;
      list[list.indexOf(l)] = next;
      return { status: 200, body: view(req, next) };
    },
    'configuration.predefined-locations.deleteOne': (req) => {
      const l = location(req);
      store().locations.splice(store().locations.indexOf(l), 1);
      return { status: 204 };
    },
    // Atomic: one unknown id answers 404 naming it and deletes nothing (docs are silent; a
    // half-applied bulk delete is the harder failure for a client to recover from).
    'configuration.predefined-locations.deleteMany': (req) => {
      const ids = readIdList(req.body, 'ids');
      const list = store().locations;
      const missing = ids.filter((id) => !list.some((l) => l.id === id || l.identifier === id));
      if (missing.length > 0) throw new SimError(404, 'NOT_FOUND', `Predefined locations not found: ${missing.join(', ')}`);
      const gone = new Set(ids);
      const keep = list.filter((l) => !gone.has(l.id) && !gone.has(l.identifier));
      list.splice(0, list.length, ...keep);
      return { status: 204 };
    },
  };
}
