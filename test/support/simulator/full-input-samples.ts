import type { OperationSpec } from '../../../src/spec/index.js';
import { interviewsOf } from '../../../src/simulator/state/interview-store.js';
import type { SampleContext } from './sample-context.js';

/**
 * The ids the full-input examples name (src/spec/examples gives every documented input field of a
 * create, so the fidelity report sees whether the simulator keeps and shows them): a real
 * department, and an interview type the company has right now (the session's `types.delete`
 * call removes one of the seeded types, so the last one is taken).
 */
export function fullInputSampleParams(op: OperationSpec, ctx: SampleContext): Record<string, string> | undefined {
  const { state } = ctx.sim;
  switch (op.key) {
    case 'jobs.create':
      return { departmentId: state.departments[0]!.id };
    case 'interviews.create':
    case 'timeslots.create': {
      const types = interviewsOf(state).types;
      return types.length ? { interviewType: types[types.length - 1]! } : undefined;
    }
    default:
      return undefined;
  }
}
