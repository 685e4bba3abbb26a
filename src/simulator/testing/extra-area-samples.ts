import type { OperationSpec } from '../../spec/index.js';
import { fileStatusAt, reportsOf } from '../state/report-store.js';
import { communicationsOf } from '../state/communications-store.js';
import { allPostings } from '../state/postings.js';
import { vendorsOf } from '../state/vendor-store.js';
import type { SampleContext } from './sample-request.js';

/** Valid bodies for the reporting, integration-vendor, messaging and scheduling areas. */
export const EXTRA_AREA_SAMPLE_BODIES: Record<string, (ctx: SampleContext) => unknown> = {
  savePartnerConfig: () => ({ name: 'Sample Assessments Inc.', packages: [{ id: 'p1', name: 'Cognitive ability' }] }),
  packageResultUpdate: () => ({ status: 'IN_PROGRESS', score: 50 }),
  addConfig: () => ({ name: 'Sample config', values: { a: 1 } }),
  updateConfig: () => ({ name: 'Sample config 2' }),
  updatePostingUsingJson: () => ({ status: 'PUBLISHED', externalId: 'board-1' }),
  'messages.shares.create': (c) => ({ content: 'Sample note', shareWith: { users: [c.userId] } }),
  createMessageTemplate: (c) => ({ name: `Sample template ${c.n}`, subject: 'Hello', body: 'Hello {{candidate.firstName}}' }),
  updateMessageTemplate: (c) => ({ name: `Sample template ${c.n}`, subject: 'Hello again', body: 'Hello' }),
  saveEmployeePreferences: () => ({ preferences: [{ notificationType: 'MENTION', email: true }] }),
  upsertEmployeePreferences: () => ({ preferences: [{ notificationType: 'MENTION', inApp: false }] }),
  upsertGlobalPreferences: () => ({ preferences: [{ notificationType: 'MENTION', email: true }] }),
  updateEmployeePreferences: () => ({ email: false }),
};

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
  if (op.path.includes('{orderId}')) {
    const open = vendorsOf(state).orders.list().filter((o) => o.status === 'NEW' || o.status === 'IN_PROGRESS');
    if (open.length > 0) out['orderId'] = open[ctx.n % open.length]!.id;
  }
  if (op.path.includes('{preferenceId}')) out['preferenceId'] = communicationsOf(state).preferencesOf(ctx.userId)[0]!.id;
  if (op.path.startsWith('/messages/shares/')) out['id'] = communicationsOf(state).messages.list()[0]!.id;
  if (op.path.includes('{companyId}')) out['companyId'] = state.companyId;
  if (op.path.startsWith('/feed/') && op.path.includes('{postingId}')) {
    const active = allPostings(state).filter((p) => p.active);
    if (active.length > 0) out['postingId'] = active[ctx.n % active.length]!.ad.postingUuid;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
