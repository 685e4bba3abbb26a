import type { OperationSpec } from '../../spec/index.js';
import { fileStatusAt, reportsOf } from '../state/report-store.js';
import type { SampleContext } from './sample-request.js';

/** Valid bodies for the reporting, integration-vendor, messaging and scheduling areas. */
export const EXTRA_AREA_SAMPLE_BODIES: Record<string, (ctx: SampleContext) => unknown> = {};

/** Path params naming real reports and report files (and the records of the other extra areas). */
export function extraAreaSampleParams(op: OperationSpec, ctx: SampleContext): Record<string, string> | undefined {
  const { state } = ctx.sim;
  const out: Record<string, string> = {};
  if (op.path.startsWith('/reporting-api/')) {
    const store = reportsOf(state);
    const report = store.reports[ctx.n % store.reports.length]!;
    out['reportId'] = report.reportId;
    const done = store.filesOf(report.reportId).find((f) => fileStatusAt(f, state.now()) === 'COMPLETED');
    if (done) out['reportFileId'] = done.reportFileId;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
