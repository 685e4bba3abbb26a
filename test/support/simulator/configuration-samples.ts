import type { OperationSpec } from '../../../src/spec/index.js';
import { configurationOf } from '../../../src/simulator/state/configuration-store.js';
import type { SampleContext } from './sample-context.js';

const byLabel = <T extends { label: string }>(items: readonly T[], label: string): T => {
  const hit = items.find((x) => x.label === label);
  if (!hit) throw new Error(`sample data: no "${label}" in the seeded configuration`);
  return hit;
};

/**
 * Path params that must name related records (a value of that property, a dependent of it, a
 * member of that group), which the generic "first listed record" lookup cannot know, and the
 * configuration records the operations' example bodies name.
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
      return { id: prop('Seniority').id, dependentId: prop('Pay grade').id };
    case 'configuration.job-properties.dependents.remove':
      return { id: prop('Seniority').id, dependentId: prop('Pay grade').id };
    case 'configuration.job-properties.dependents.all':
    case 'configuration.job-properties.dependents.values.all':
      return { id: unit.id, dependentId: team.id };
    case 'configuration.job-properties.dependents.values.get':
      return { id: unit.id, valueId: platform.id, dependentId: team.id };
    case 'configuration.job-properties.dependents.values.add':
      return { id: unit.id, valueId: platform.id, dependentId: team.id, dependentValueId: byLabel(team.values, 'Brand').id };
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
    case 'configuration.predefined-locations.deleteMany':
      return { predefinedLocationId: cfg.locations.at(-1)!.id };
    case 'candidates.source.update':
      return { sourceType: 'JOB_BOARD', sourceValueId: 'indeed' };
    case 'access-groups.users.remove': {
      // "All employees" holds every seeded user.
      const everyone = cfg.accessGroups[0]!;
      return { accessGroupId: everyone.id, id: users.find((u) => everyone.members.has(u.id))!.id };
    }
    default:
      return undefined;
  }
}
