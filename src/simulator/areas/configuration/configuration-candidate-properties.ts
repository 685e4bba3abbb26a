import { SimError } from '../../core/sim-error.js';
import type { Handler, SimRequest } from '../../core/types.js';
import type { SimState } from '../../state/sim-state.js';
import { BodyFields } from '../shared/body-fields.js';
import { found, listOf, param } from './configuration-common.js';
import { configurationOf, type CandidateProperty } from '../../state/configuration-store.js';

/**
 * CandidatePropertyValue documents `{id, value}` while its create/update bodies carry `label`;
 * a select option's value is its label, so both are answered.
 */
const valueView = (v: { id: string; label: string }) => ({ id: v.id, label: v.label, value: v.label });

/** Handlers for `/configuration/candidate-properties/**`; only SINGLE_SELECT properties hold values. */
export function candidatePropertyHandlers(state: SimState): Record<string, Handler> {
  const store = () => configurationOf(state);
  const view = (req: SimRequest, p: CandidateProperty) => ({
    id: p.id,
    label: p.label,
    type: p.type,
    availability: p.availability,
    actions: p.type === 'SINGLE_SELECT' ? { values: { url: `${req.baseUrl}/configuration/candidate-properties/${p.id}/values`, method: 'GET' } } : {},
  });
  const property = (req: SimRequest) => found(store().candidateProperties.find((p) => p.id === param(req, 'id')), 'Candidate property', param(req, 'id'));
  const value = (req: SimRequest) => {
    const p = property(req);
    return { p, v: found(p.values.find((v) => v.id === param(req, 'valueId')), 'Candidate property value', param(req, 'valueId')) };
  };
  const readLabel = (body: unknown, p: CandidateProperty, except?: { id: string }) => {
    const f = new BodyFields(body);
    const label = f.string('label', { required: true, minLength: 1 }) as string;
    f.done();
    if (p.values.some((v) => v !== except && v.label.toLowerCase() === label.toLowerCase())) throw new SimError(409, 'CONFLICT', `label: value "${label}" already exists in ${p.label}`);
    return label;
  };
  return {
    'configuration.candidate-properties.all': (req) => listOf(store().candidateProperties.map((p) => view(req, p))),
    'configuration.candidate-properties.get': (req) => ({ status: 200, body: view(req, property(req)) }),
    'configuration.candidate-properties.values.all': (req) => listOf(property(req).values.map(valueView)),
    'configuration.candidate-properties.values.get': (req) => ({ status: 200, body: valueView(value(req).v) }),
    'configuration.candidate-properties.values.create': (req) => {
      const p = property(req);
      if (p.type !== 'SINGLE_SELECT') throw new SimError(400, 'INVALID_FIELD', `id: candidate property ${p.label} is of type ${p.type}; only SINGLE_SELECT properties have values`);
      const v = { id: store().newId(), label: readLabel(req.body, p) };
      p.values.push(v);
      return { status: 201, body: valueView(v) };
    },
    'configuration.candidate-properties.values.update': (req) => {
      const { p, v } = value(req);
      v.label = readLabel(req.body, p, v);
      return { status: 200, body: valueView(v) };
    },
    'configuration.candidate-properties.values.delete': (req) => {
      const { p, v } = value(req);
      p.values.splice(p.values.indexOf(v), 1);
      return { status: 204 };
    },
  };
}
