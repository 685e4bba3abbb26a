import { SimError } from '../../core/sim-error.js';
import type { Handler, SimRequest } from '../../core/types.js';
import type { SimState } from '../../state/sim-state.js';
import { applyJsonPatch } from '../shared/apply-json-patch.js';
import { BodyFields } from '../shared/body-fields.js';
import { found, listOf, localLabel, mergeTranslations, param, readTranslations } from './configuration-common.js';
import { configurationOf, type JobProperty, type JobPropertyValue } from '../../state/configuration-store.js';

const CATEGORIES = ['job', 'organization'] as const;
const noContent = { status: 204 } as const;

/** Handlers for `/configuration/job-properties/**`: definitions, values, translations, dependents. */
export function jobPropertyHandlers(state: SimState): Record<string, Handler> {
  const store = () => configurationOf(state);
  const base = (req: SimRequest) => `${req.baseUrl}/configuration/job-properties`;
  const view = (req: SimRequest, p: JobProperty) => ({
    id: p.id,
    label: localLabel(req, p.label, p.translations),
    category: p.category,
    active: p.active,
    visible: p.visible,
    required: p.required,
    actions: { values: { url: `${base(req)}/${p.id}/values`, method: 'GET' } },
  });
  const valueView = (req: SimRequest, v: JobPropertyValue) => ({ id: v.id, label: localLabel(req, v.label, v.translations), archived: v.archived });
  const property = (req: SimRequest, name = 'id'): JobProperty =>
    found(store().jobProperties.find((p) => p.id === param(req, name)), 'Job property', param(req, name));
  const valueOf = (p: JobProperty, id: string): JobPropertyValue => found(p.values.find((v) => v.id === id), 'Job property value', id);
  const dependentOf = (req: SimRequest, p: JobProperty): JobProperty => {
    const id = param(req, 'dependentId');
    if (!p.dependents.includes(id)) throw new SimError(404, 'NOT_FOUND', `Dependent job property not found: ${id} is not a dependent of ${p.id}`);
    return found(store().jobProperties.find((d) => d.id === id), 'Job property', id);
  };
  const setArchived = (archived: boolean): Handler => (req) => {
    valueOf(property(req), param(req, 'valueId')).archived = archived;
    return noContent;
  };
  const setActive = (active: boolean): Handler => (req) => {
    property(req).active = active;
    return noContent;
  };
  const readDefinition = (body: unknown, creating: boolean) => {
    const f = new BodyFields(body);
    const label = f.string('label', { required: creating, minLength: 1 });
    const category = f.string('category', { required: creating, enum: CATEGORIES }) as JobProperty['category'] | undefined;
    const active = f.boolean('active');
    const visible = f.boolean('visible');
    const required = f.boolean('required');
    // `visible` is required by the SDK model: a missing one joins the same 400 as the other fields.
    if (creating && (f.body['visible'] === undefined || f.body['visible'] === null)) f.string('visible', { required: true });
    f.done();
    return { label, category, active, visible, required };
  };
  const uniqueLabel = (label: string | undefined, except?: JobProperty) => {
    if (label && store().jobProperties.some((p) => p !== except && p.label.toLowerCase() === label.toLowerCase())) {
      throw new SimError(409, 'CONFLICT', `label: a job property named "${label}" already exists`);
    }
  };

  return {
    'configuration.job-properties.all': (req) => listOf(store().jobProperties.map((p) => view(req, p))),
    'configuration.job-properties.get': (req) => ({ status: 200, body: view(req, property(req)) }),
    'configuration.job-properties.create': (req) => {
      const d = readDefinition(req.body, true);
      uniqueLabel(d.label);
      const p: JobProperty = {
        id: store().newId(), label: d.label as string, category: d.category as JobProperty['category'], active: d.active ?? true,
        visible: d.visible as boolean, required: d.required ?? false, translations: [], values: [], dependents: [], dependentValues: new Map(),
      };
      store().jobProperties.push(p);
      return { status: 201, body: view(req, p) };
    },
    'configuration.job-properties.update': (req) => {
      const p = property(req);
      const doc = applyJsonPatch({ label: p.label, category: p.category, active: p.active, visible: p.visible, required: p.required }, req.body as unknown[]);
      const d = readDefinition(doc, false);
      uniqueLabel(d.label, p);
      Object.assign(p, Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)));
      return { status: 200, body: view(req, p) };
    },
    'configuration.job-properties.translations.patch': (req) => {
      mergeTranslations(property(req).translations, readTranslations(req.body));
      return noContent;
    },
    'configuration.job-properties.activate': setActive(true),
    'configuration.job-properties.deactivate': setActive(false),
    'configuration.job-properties.values.get': (req) => listOf(property(req).values.map((v) => valueView(req, v))),
    'configuration.job-properties.values.create': (req) => {
      const p = property(req);
      const f = new BodyFields(req.body);
      const label = f.string('label', { required: true, minLength: 1 }) as string;
      const id = f.string('id', { minLength: 1 });
      const archived = f.boolean('archived');
      f.done();
      if (p.values.some((v) => v.label.toLowerCase() === label.toLowerCase())) throw new SimError(409, 'CONFLICT', `label: value "${label}" already exists in ${p.label}`);
      if (id && p.values.some((v) => v.id === id)) throw new SimError(409, 'CONFLICT', `id: value ${id} already exists in ${p.label}`);
      const v: JobPropertyValue = { id: id ?? store().newId(), label, archived: archived ?? false, translations: [] };
      p.values.push(v);
      return { status: 201, body: valueView(req, v) };
    },
    'configuration.job-properties.values.update': (req) => {
      const p = property(req);
      const v = valueOf(p, param(req, 'valueId'));
      const doc = applyJsonPatch({ label: v.label, archived: v.archived }, req.body as unknown[]);
      const f = new BodyFields(doc);
      const label = f.string('label', { required: true, minLength: 1 }) as string;
      const archived = f.boolean('archived');
      f.done();
      if (p.values.some((x) => x !== v && x.label.toLowerCase() === label.toLowerCase())) throw new SimError(409, 'CONFLICT', `label: value "${label}" already exists in ${p.label}`);
      v.label = label;
      if (archived !== undefined) v.archived = archived;
      return { status: 200, body: valueView(req, v) };
    },
    'configuration.job-properties.values.translations.patch': (req) => {
      mergeTranslations(valueOf(property(req), param(req, 'valueId')).translations, readTranslations(req.body));
      return noContent;
    },
    'configuration.job-properties.values.archive': setArchived(true),
    'configuration.job-properties.values.unarchive': setArchived(false),
    // The deprecated pair: DELETE …/values/{valueId} archives and PUT un-archives (values are never hard-deleted).
    'configuration.job-properties.values.deprecatedArchive': setArchived(true),
    'configuration.job-properties.values.deprecatedUnarchive': setArchived(false),
    'configuration.job-properties.dependents.all': (req) => {
      const p = property(req);
      return listOf(p.dependents.map((id) => store().jobProperties.find((d) => d.id === id)).filter((d) => d !== undefined).map((d) => view(req, d)));
    },
    'configuration.job-properties.dependents.create': (req) => {
      const p = property(req);
      const f = new BodyFields(req.body);
      const ids = f.stringArray('ids', { required: true }) as string[];
      f.done();
      const all = store().jobProperties;
      ids.forEach((id, i) => {
        if (id === p.id) throw new SimError(400, 'INVALID_FIELD', `ids[${i}]: a job property cannot depend on itself`);
        const d = all.find((x) => x.id === id);
        if (!d) throw new SimError(404, 'NOT_FOUND', `ids[${i}]: job property not found: ${id}`);
        if (dependsOn(all, d, p.id)) throw new SimError(400, 'INVALID_FIELD', `ids[${i}]: ${d.label} is already a parent of ${p.label} (cycles are not allowed)`);
      });
      for (const id of ids) if (!p.dependents.includes(id)) p.dependents.push(id);
      return { status: 201, body: { totalFound: p.dependents.length, content: p.dependents.map((id) => view(req, all.find((x) => x.id === id) as JobProperty)) } };
    },
    'configuration.job-properties.dependents.remove': (req) => {
      const p = property(req);
      const d = dependentOf(req, p);
      p.dependents = p.dependents.filter((id) => id !== d.id);
      for (const m of p.dependentValues.values()) m.delete(d.id);
      return noContent;
    },
    // Relations: for each value of the parent, the dependent property's values allowed with it.
    'configuration.job-properties.dependents.values.all': (req) => {
      const p = property(req);
      const d = dependentOf(req, p);
      const content = p.values.map((v) => {
        const allowed = p.dependentValues.get(v.id)?.get(d.id) ?? new Set<string>();
        return { id: v.id, label: localLabel(req, v.label, v.translations), values: d.values.filter((x) => allowed.has(x.id)).map((x) => valueView(req, x)) };
      });
      return listOf(content);
    },
    'configuration.job-properties.dependents.values.get': (req) => {
      const p = property(req);
      const v = valueOf(p, param(req, 'valueId'));
      const d = dependentOf(req, p);
      const allowed = p.dependentValues.get(v.id)?.get(d.id) ?? new Set<string>();
      return listOf(d.values.filter((x) => allowed.has(x.id)).map((x) => valueView(req, x)));
    },
    'configuration.job-properties.dependents.values.add': (req) => {
      const p = property(req);
      const v = valueOf(p, param(req, 'valueId'));
      const d = dependentOf(req, p);
      const f = new BodyFields(req.body);
      const id = f.string('id', { required: true, minLength: 1 }) as string;
      f.done();
      valueOf(d, id);
      const byDependent = p.dependentValues.get(v.id) ?? new Map<string, Set<string>>();
      p.dependentValues.set(v.id, byDependent);
      const allowed = byDependent.get(d.id) ?? new Set<string>();
      byDependent.set(d.id, allowed.add(id));
      return noContent;
    },
    'configuration.job-properties.dependents.values.remove': (req) => {
      const p = property(req);
      const v = valueOf(p, param(req, 'valueId'));
      const d = dependentOf(req, p);
      const dependentValueId = param(req, 'dependentValueId');
      const allowed = p.dependentValues.get(v.id)?.get(d.id);
      if (!allowed?.delete(dependentValueId)) throw new SimError(404, 'NOT_FOUND', `Dependent value not found: ${dependentValueId} is not linked to value ${v.id}`);
      return noContent;
    },
  };
}

/** True when `from` (transitively) has `target` among its dependents. */
function dependsOn(all: readonly JobProperty[], from: JobProperty, target: string, seen = new Set<string>()): boolean {
  if (seen.has(from.id)) return false;
  seen.add(from.id);
  return from.dependents.some((id) => id === target || dependsOn(all, all.find((x) => x.id === id) ?? from, target, seen));
}
