import type { OperationSpec } from '../../../src/spec/index.js';
import { configurationOf } from '../../../src/simulator/state/configuration-store.js';
import type { SampleContext } from './sample-context.js';

const byLabel = <T extends { label: string }>(items: readonly T[], label: string): T => {
  const hit = items.find((x) => x.label === label);
  if (!hit) throw new Error(`sample data: no "${label}" in the seeded configuration`);
  return hit;
};

/** Valid bodies for the configuration, access-group and membership operations. */
export const CONFIGURATION_SAMPLE_BODIES: Record<string, (ctx: SampleContext) => unknown> = {
  'configuration.access-group.create': (c) => ({ name: `Sample group ${c.n}` }),
  'configuration.access-group.update': (c) => ({ name: `Renamed group ${c.n}` }),
  'configuration.job-properties.create': (c) => ({ label: `Sample property ${c.n}`, category: 'job', visible: true }),
  'configuration.job-properties.translations.patch': () => [{ language: 'de', label: 'Beispiel' }],
  'configuration.job-properties.values.create': (c) => ({ label: `Sample value ${c.n}` }),
  'configuration.job-properties.values.translations.patch': () => [{ language: 'fr', label: 'Exemple' }],
  'configuration.job-properties.dependents.create': (c) => ({ ids: [byLabel(configurationOf(c.sim.state).jobProperties, 'Pay grade').id] }),
  'configuration.job-properties.dependents.values.add': (c) => ({ id: byLabel(byLabel(configurationOf(c.sim.state).jobProperties, 'Team').values, 'Brand').id }),
  'configuration.department.create': (c) => ({ label: `Sample department ${c.n}` }),
  'configuration.candidate-properties.values.create': (c) => ({ label: `Sample option ${c.n}` }),
  'configuration.candidate-properties.values.update': (c) => ({ label: `Renamed option ${c.n}` }),
  'configuration.source.values.recruiterSourceByName': () => ({ name: 'Sample Agency' }),
  'configuration.predefined-locations.createOne': () => ({ city: 'Lisbon', country: 'Portugal', countryCode: 'pt' }),
  'configuration.predefined-locations.updateOne': () => ({ city: 'Porto', country: 'Portugal', countryCode: 'pt' }),
  'configuration.predefined-locations.deleteMany': (c) => ({ ids: [configurationOf(c.sim.state).locations.at(-1)?.id] }),
  'access-groups.users.assign': (c) => [c.userId],
};

/**
 * Path params that must name related records (a value of that property, a dependent of it, a
 * member of that group), which the generic "first listed record" lookup cannot know.
 */
export function configurationSampleParams(op: OperationSpec, ctx: SampleContext): Record<string, string> | undefined {
  const cfg = configurationOf(ctx.sim.state);
  const prop = (label: string) => byLabel(cfg.jobProperties, label);
  const unit = prop('Business unit');
  const team = prop('Team');
  const platform = byLabel(unit.values, 'Platform');
  const notice = byLabel(cfg.candidateProperties, 'Notice period');
  const users = ctx.sim.state.users.list;
  switch (op.key) {
    case 'configuration.job-properties.values.archive':
    case 'configuration.job-properties.values.unarchive':
      return { id: prop('Seniority').id, valueId: prop('Seniority').values[1]!.id };
    case 'configuration.job-properties.dependents.create':
      return { id: prop('Seniority').id };
    case 'configuration.job-properties.dependents.remove':
      return { id: prop('Seniority').id, dependentId: prop('Pay grade').id };
    case 'configuration.job-properties.dependents.all':
    case 'configuration.job-properties.dependents.values.all':
      return { id: unit.id, dependentId: team.id };
    case 'configuration.job-properties.dependents.values.get':
    case 'configuration.job-properties.dependents.values.add':
      return { id: unit.id, valueId: platform.id, dependentId: team.id };
    case 'configuration.job-properties.dependents.values.remove':
      return { id: unit.id, valueId: platform.id, dependentId: team.id, dependentValueId: byLabel(team.values, 'Core API').id };
    case 'configuration.candidate-properties.values.create':
      return { id: notice.id };
    case 'configuration.candidate-properties.values.get':
    case 'configuration.candidate-properties.values.update':
      return { id: notice.id, valueId: notice.values[0]!.id };
    case 'configuration.candidate-properties.values.delete':
      return { id: notice.id, valueId: notice.values.at(-1)!.id };
    case 'configuration.source.values.singleByIdentifier':
      return { sourceIdentifier: 'linkedin' };
    case 'access-groups.users.remove': {
      // "All employees" holds every seeded user.
      const everyone = cfg.accessGroups[0]!;
      return { accessGroupId: everyone.id, id: users.find((u) => everyone.members.has(u.id))!.id };
    }
    default:
      return undefined;
  }
}
