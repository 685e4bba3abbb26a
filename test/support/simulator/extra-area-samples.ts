import type { OperationSpec } from '../../../src/spec/index.js';
import { fileStatusAt, reportsOf } from '../../../src/simulator/state/report-store.js';
import { communicationsOf } from '../../../src/simulator/state/communications-store.js';
import { HIRING_STAGES, interviewTemplatesOf, type HiringStage } from '../../../src/simulator/state/interview-template-store.js';
import { officeSlots, selfSchedulesOf } from '../../../src/simulator/state/self-schedule-store.js';
import { eventsOf } from '../../../src/simulator/state/event-store.js';
import { onboardingOf } from '../../../src/simulator/state/onboarding-store.js';
import { allPostings } from '../../../src/simulator/state/postings.js';
import { vendorsOf } from '../../../src/simulator/state/vendor-store.js';
import type { SampleContext } from './sample-context.js';

/** This call's candidate's first application. */
function sampleApplicationId(c: SampleContext): string {
  const candidate = c.sim.state.candidates.get(5 + c.n);
  return c.sim.state.applicationId(candidate.id, candidate.applications[0]!.jobId);
}

const selfSchedules = new Map<string, { schedule: ReturnType<ReturnType<typeof selfSchedulesOf>['create']>; applicationId: string }>();

/** A fresh self-schedule per call, inviting this call's candidate, its first slot already booked. */
function sampleSelfSchedule(c: SampleContext): { schedule: ReturnType<ReturnType<typeof selfSchedulesOf>['create']>; applicationId: string } {
  const key = `${c.sim.url}#${c.n}`;
  const known = selfSchedules.get(key);
  if (known) return known;
  const { state } = c.sim;
  const store = selfSchedulesOf(state);
  const candidate = state.candidates.get(5 + c.n);
  const jobId = candidate.applications[0]!.jobId;
  const applicationId = state.applicationId(candidate.id, jobId);
  const schedule = store.create(jobId, 'INDIVIDUAL', 60, [c.userId], officeSlots(state.now(), 3, 60));
  const invite = store.invite(schedule, applicationId, candidate.id);
  store.book(schedule, invite, schedule.slots[0]!);
  const made = { schedule, applicationId };
  selfSchedules.set(key, made);
  return made;
}

/** Path params naming real reports and report files (and the records of the other extra areas and their example bodies). */
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
  if (op.path.startsWith('/interview-templates/')) Object.assign(out, interviewTemplateParams(op, ctx));
  if (op.path.startsWith('/self-scheduling/')) {
    const { schedule, applicationId } = sampleSelfSchedule(ctx);
    if (op.key === 'createSelfScheduleInterview') {
      // Not booked yet: the call books it.
      const invite = schedule.invites.get(applicationId)!;
      delete invite.interview;
      invite.status = 'INVITED';
    }
    if (op.path.includes('{id}')) out['id'] = schedule.id;
    if (op.path.includes('{scheduleType}')) out['scheduleType'] = 'INDIVIDUAL';
    // The example bodies name the schedule, the invited application and a free slot (the first is booked).
    const slot = schedule.slots[op.key === 'updateSelfScheduleInterview' ? 2 : 1]!;
    Object.assign(out, { applicationUuid: applicationId, selfScheduleId: schedule.id, slotStartsOn: new Date(slot.startsOn).toISOString() });
  }
  if (op.path.startsWith('/event-management-api/')) {
    // A fresh event per call with one session; this call's application is in its pool.
    const store = eventsOf(state);
    const start = Date.parse('2027-05-01T09:00:00Z');
    const applicationId = sampleApplicationId(ctx);
    const candidate = state.candidates.get(5 + ctx.n);
    const event = store.events.add({
      id: store.events.newId(), name: 'Sample event', description: '', type: 'HIRING_EVENT', location: '', startsOn: start, endsOn: start + 8 * 3_600_000, jobIds: [], createdOn: start, updatedOn: start,
      sessions: [{ id: store.sessionIds.newId(), name: 'Only session', startsOn: start, endsOn: start + 3_600_000, capacity: 10, interviewerIds: [], applicantIds: [] }], applicants: new Map([[applicationId, candidate.id]]),
    });
    if (op.path.includes('{eventId}')) out['eventId'] = event.id;
    if (op.path.includes('{sessionId}')) out['sessionId'] = event.sessions[0]!.id;
    if (op.path.includes('{profileId}')) out['profileId'] = candidate.id;
    if (op.path.includes('{applicationId}')) out['applicationId'] = applicationId;
  }
  if (op.path.startsWith('/smartonboard-api/')) {
    const store = onboardingOf(state);
    const hires = store.newHires.list();
    const hire = hires[ctx.n % hires.length]!;
    const process = store.processes.get(hire.processId)!;
    const of = (type: string) => process.assignmentIds.map((id) => store.assignments.get(id)!).find((a) => a.type === type)!;
    // An activity with files (completed processes have them).
    const done = store.processes.list().find((p) => p.status === 'COMPLETED') ?? process;
    const activity = done.assignmentIds.map((id) => store.assignments.get(id)!).find((a) => a.type === 'ACTIVITY')!;
    Object.assign(out, { newHireId: hire.id, onboardingProcessId: process.id, assignmentId: process.assignmentIds[0]!, webFormAssignmentId: of('WEB_FORM').id, fillablePdfFormAssignmentId: of('FILLABLE_PDF_FORM').id, activityAssignmentId: activity.id });
    if (activity.attachments[0]) out['attachmentId'] = activity.attachments[0].id;
  }
  if (op.path.includes('{companyId}')) out['companyId'] = state.companyId;
  if (op.path.startsWith('/feed/') && op.path.includes('{postingId}')) {
    const active = allPostings(state).filter((p) => p.active);
    if (active.length > 0) out['postingId'] = active[ctx.n % active.length]!.ad.postingUuid;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A job with a seeded plan, its plan and interview copy, and an application whose stage has a plan. */
function interviewTemplateParams(op: OperationSpec, ctx: SampleContext): Record<string, string> {
  const { state } = ctx.sim;
  const store = interviewTemplatesOf(state);
  const out: Record<string, string> = {};
  const planned = store.jobTemplates.list();
  const plan = planned[ctx.n % planned.length]!;
  if (op.path.includes('{jobId}')) out['jobId'] = plan.jobId;
  // The plan a job's stage uses (`interviewTemplateId` in the example body).
  if (op.key === 'upsertJobTemplate') out['interviewTemplateId'] = store.plans.list()[0]!.id;
  if (op.path.includes('{hiringStage}')) out['hiringStage'] = plan.hiringStage;
  if (op.path.startsWith('/interview-templates/job-templates/{jobInterviewTemplateId}')) out['jobInterviewTemplateId'] = plan.id;
  if (op.path.startsWith('/interview-templates/interview/templates/job/')) {
    const copies = store.interviewTemplates.list().filter((t) => t.jobId !== undefined);
    out['jobInterviewTemplateId'] = copies[ctx.n % copies.length]!.id;
  }
  if (op.key === 'deleteTemplate') {
    // A plan no job uses (deleting one in use is a 409).
    const now = state.now();
    out['id'] = store.plans.add({ id: store.plans.newId(), name: 'Unused plan', description: '', interviewTemplateIds: [], createdOn: now, updatedOn: now }).id;
  }
  if (op.path.includes('{applicationId}')) {
    for (let i = 5 + ctx.n; i < state.candidates.size; i++) {
      const c = state.candidates.get(i);
      const app = c.applications[0];
      if (!state.candidates.isLive(i) || !app || !(HIRING_STAGES as readonly string[]).includes(app.status)) continue;
      store.upsert(app.jobId, app.status as HiringStage, store.plans.list()[0]!.id, []);
      out['applicationId'] = state.applicationId(c.id, app.jobId);
      break;
    }
  }
  return out;
}
