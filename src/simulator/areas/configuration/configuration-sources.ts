import { SimError } from '../../core/sim-error.js';
import type { Handler, SimRequest } from '../../core/types.js';
import type { SimState } from '../../state/sim-state.js';
import { paginate } from '../../core/paginate.js';
import { BodyFields } from '../shared/body-fields.js';
import { found, listOf, param } from './configuration-common.js';
import { configurationOf, type SourceValue } from '../../state/configuration-store.js';

/** Handlers for `/configuration/sources/**`: source types with subtypes, and the sources of each type. */
export function sourceHandlers(state: SimState): Record<string, Handler> {
  const store = () => configurationOf(state);
  const sourceView = (req: SimRequest, s: SourceValue) => ({
    id: s.id,
    label: s.label,
    sourceSubType: s.subType,
    actions: { details: { url: `${req.baseUrl}/configuration/sources/${s.type}/values/${s.id}`, method: 'GET' } },
  });
  const sourceType = (req: SimRequest) => {
    const id = param(req, 'sourceType');
    return found(store().sourceTypes.find((t) => t.id === id), 'Source type', id);
  };
  const subTypeFilter = (req: SimRequest, type: { id: string; subtypes: { id: string }[] }): string | undefined => {
    const sub = req.query['sourceSubType'];
    if (typeof sub !== 'string' || sub === '') return undefined;
    if (!type.subtypes.some((s) => s.id === sub)) {
      throw new SimError(400, 'INVALID_FIELD', `sourceSubType: "${sub}" is not a subtype of ${type.id} (subtypes: ${type.subtypes.map((s) => s.id).join(', ') || 'none'})`);
    }
    return sub;
  };
  return {
    'configuration.source.types': (req) =>
      listOf(store().sourceTypes.map((t) => ({ id: t.id, label: t.label, subtypes: t.subtypes, actions: { values: { url: `${req.baseUrl}/configuration/sources/${t.id}/values`, method: 'GET' } } }))),
    'configuration.source.values.all': (req) => {
      const type = sourceType(req);
      const sub = subTypeFilter(req, type);
      const items = store().sources.filter((s) => s.type === type.id && (sub === undefined || s.subType === sub));
      return paginate(req, items.map((s) => sourceView(req, s)));
    },
    'configuration.source.values.single': (req) => {
      const type = sourceType(req);
      const sub = subTypeFilter(req, type);
      const id = param(req, 'sourceValueId');
      const s = found(store().sources.find((x) => x.type === type.id && x.id === id && (sub === undefined || x.subType === sub)), 'Source', id);
      return { status: 200, body: sourceView(req, s) };
    },
    // A source identifier is the source id (unique across types here): answers SourceDefinition.
    'configuration.source.values.singleByIdentifier': (req) => {
      const id = param(req, 'sourceIdentifier');
      const s = found(store().sources.find((x) => x.id === id), 'Source', id);
      return { status: 200, body: { label: s.label, type: s.type, subType: s.subType } };
    },
    // Docs are silent on this body; `{name}` resolves an agency recruiter by name (case-insensitive)
    // and creates it under AGENCY when missing, so callers can always attach a recruiter source.
    'configuration.source.values.recruiterSourceByName': (req) => {
      const f = new BodyFields(req.body);
      const rawName = f.string('name', { required: true, minLength: 1 });
      f.done();
      const name = (rawName as string).trim();
      let s = store().sources.find((x) => x.type === 'AGENCY' && x.label.toLowerCase() === name.toLowerCase());
      if (!s) {
        s = { id: `agency-${slugOf(name)}-${store().newId().slice(0, 8)}`, label: name, type: 'AGENCY', subType: '' };
        store().sources.push(s);
      }
      return { status: 200, body: { ...sourceView(req, s), type: s.type } };
    },
  };
}

function slugOf(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'recruiter';
}
