import { requireJob } from '../shared/record-lookups.js';
import { paginate } from '../../core/paginate.js';
import { SimError, notFound } from '../../core/sim-error.js';
import type { Area, AreaContext, Handler, SimRequest } from '../../core/types.js';
import { locateApplication } from '../../state/application-locator.js';
import { HIRING_STAGES, interviewTemplatesOf, type HiringStage, type InterviewTemplateRecord, type JobTemplateRecord, type PlanTemplateRecord } from '../../state/interview-template-store.js';
import type { SimState } from '../../state/sim-state.js';
import { BodyFields } from '../shared/body-fields.js';
import { iso, noContent, param, rowOf } from '../shared/extra-area-kit.js';

const MAX_DURATION_MINUTES = 8 * 60;

const interviewTemplateView = (t: InterviewTemplateRecord) => ({
  id: t.id, name: t.name, description: t.description, durationMinutes: t.durationMinutes, interviewType: t.interviewType, interviewers: t.interviewers.map((id) => ({ id })),
  ...(t.jobId !== undefined ? { jobId: t.jobId, baseTemplateId: t.baseTemplateId } : {}), createdOn: iso(t.createdOn), updatedOn: iso(t.updatedOn),
});
const planView = (p: PlanTemplateRecord) => ({ id: p.id, name: p.name, description: p.description, interviewTemplateIds: p.interviewTemplateIds, createdOn: iso(p.createdOn), updatedOn: iso(p.updatedOn) });
const jobTemplateView = (t: JobTemplateRecord) => ({ id: t.id, jobId: t.jobId, hiringStage: t.hiringStage, templateId: t.templateId, interviewers: t.interviewers.map((id) => ({ id })), createdOn: iso(t.createdOn), updatedOn: iso(t.updatedOn) });

/**
 * User ids of a body field, given as ids or as `{userId}` objects (the SDK's interviewer shape);
 * each must name a company user (400 naming the field and the id).
 */
function users(state: SimState, f: BodyFields, name: string, required = false): string[] | undefined {
  const raw = f.body[name];
  let ids: string[] | undefined;
  if (Array.isArray(raw) && raw.length > 0 && raw.every((x) => x && typeof x === 'object' && !Array.isArray(x))) {
    const list = raw as Record<string, unknown>[];
    const bad = list.findIndex((x) => typeof (x['userId'] ?? x['id']) !== 'string');
    if (bad >= 0) throw new SimError(400, 'INVALID_FIELD', `${name}[${bad}].userId: is required`);
    ids = list.map((x) => String(x['userId'] ?? x['id']));
  } else ids = f.stringArray(name, { required });
  const unknown = ids?.find((id) => !state.users.get(id));
  if (unknown !== undefined) throw new SimError(400, 'USER_NOT_FOUND', `${name}: unknown user "${unknown}"`);
  return ids;
}

function stageOf(req: SimRequest): HiringStage {
  const s = param(req, 'hiringStage');
  if (!(HIRING_STAGES as readonly string[]).includes(s)) throw new SimError(400, 'INVALID_FIELD', `hiringStage: must be one of ${HIRING_STAGES.join(', ')}, got "${s}"`);
  return s as HiringStage;
}

/** Real state behaviour for the Interview Templates API: company templates and plans, per-job plans and copies. */
export function interviewTemplatesArea({ state }: AreaContext): Area {
  const store = () => interviewTemplatesOf(state);
  const job = (req: SimRequest) => requireJob(state, param(req, 'jobId'));
  const application = (req: SimRequest) => {
    const id = param(req, 'applicationId');
    const found = locateApplication(state, id);
    if (!found) throw notFound('Job application', id);
    return found;
  };
  const companyTemplate = (req: SimRequest) => {
    const t = rowOf(store().interviewTemplates, param(req, 'id'), 'Interview template');
    if (t.jobId !== undefined) throw notFound('Interview template', t.id);
    return t;
  };
  const jobCopy = (req: SimRequest) => {
    const t = rowOf(store().interviewTemplates, param(req, 'jobInterviewTemplateId'), 'Job interview template');
    if (t.jobId === undefined) throw notFound('Job interview template', t.id);
    return t;
  };
  /** Fields of an interview template; `full` for create and PUT (name and duration required). */
  const readInterviewTemplate = (body: unknown, full: boolean) => {
    const f = new BodyFields(body);
    const name = f.string('name', { required: full, minLength: 1 });
    const description = f.string('description');
    const interviewType = f.string('interviewType', { minLength: 1 });
    const duration = f.body['durationMinutes'];
    const interviewers = users(state, f, 'interviewers');
    f.done();
    if ((duration !== undefined || full) && (typeof duration !== 'number' || !Number.isInteger(duration) || duration < 5 || duration > MAX_DURATION_MINUTES)) {
      throw new SimError(400, 'INVALID_FIELD', `durationMinutes: must be a whole number of minutes from 5 to ${MAX_DURATION_MINUTES}`);
    }
    return { ...(name !== undefined ? { name } : {}), ...(description !== undefined ? { description } : {}), ...(interviewType !== undefined ? { interviewType } : {}), ...(typeof duration === 'number' ? { durationMinutes: duration } : {}), ...(interviewers ? { interviewers } : {}) };
  };
  const readPlan = (body: unknown) => {
    const f = new BodyFields(body);
    const name = f.string('name', { required: true, minLength: 1 });
    const description = f.string('description');
    const ids = f.stringArray('interviewTemplateIds') ?? [];
    f.done();
    const unknown = ids.find((id) => !store().interviewTemplates.get(id) || store().interviewTemplates.get(id)!.jobId !== undefined);
    if (unknown !== undefined) throw new SimError(400, 'INVALID_FIELD', `interviewTemplateIds: unknown interview template "${unknown}"`);
    return { name: name as string, description: description ?? '', interviewTemplateIds: ids };
  };
  const readJobPlan = (body: unknown, required: boolean) => {
    const f = new BodyFields(body);
    // `interviewTemplateId` is the SDK's name for the company template a job plan uses.
    const templateId = f.body['templateId'] === undefined && f.body['interviewTemplateId'] !== undefined ? f.string('interviewTemplateId', { required }) : f.string('templateId', { required });
    const interviewers = users(state, f, 'interviewers');
    f.done();
    if (templateId !== undefined && !store().plans.get(templateId)) throw new SimError(400, 'INVALID_FIELD', `templateId: unknown template "${templateId}"`);
    return { templateId, interviewers };
  };
  const jobTemplate = (req: SimRequest) => rowOf(store().jobTemplates, param(req, 'jobInterviewTemplateId'), 'Job template');

  const handlers: Record<string, Handler> = {
    // Company interview plans
    getTemplates: (req) => paginate(req, store().plans.list().map(planView)),
    createTemplate: (req) => {
      const p = readPlan(req.body);
      const now = state.now();
      return { status: 201, body: planView(store().plans.add({ id: store().plans.newId(), ...p, createdOn: now, updatedOn: now })) };
    },
    getTemplateById: (req) => ({ status: 200, body: planView(rowOf(store().plans, param(req, 'id'), 'Template')) }),
    updateTemplate: (req) => {
      const row = rowOf(store().plans, param(req, 'id'), 'Template');
      Object.assign(row, readPlan(req.body), { updatedOn: state.now() });
      return { status: 200, body: planView(row) };
    },
    deleteTemplate: (req) => {
      const row = rowOf(store().plans, param(req, 'id'), 'Template');
      // A plan a job still uses cannot go (its interviews would lose their definition).
      // Not documented: the job plans built on it go with it, so no plan points at a missing template.
      for (const t of store().jobTemplates.list()) if (t.templateId === row.id) store().jobTemplates.remove(t.id);
      store().plans.remove(row.id);
      return noContent;
    },
    // Company interview templates
    searchInterviewTemplates: (req) => paginate(req, store().companyInterviewTemplates().map(interviewTemplateView)),
    createInterviewTemplate: (req) => {
      const t = readInterviewTemplate(req.body, true);
      const now = state.now();
      const row = store().interviewTemplates.add({ id: store().interviewTemplates.newId(), name: '', description: '', interviewType: 'Video', interviewers: [], durationMinutes: 60, ...t, createdOn: now, updatedOn: now });
      return { status: 201, body: interviewTemplateView(row) };
    },
    getInterviewTemplateById: (req) => ({ status: 200, body: interviewTemplateView(companyTemplate(req)) }),
    updateInterviewTemplate: (req) => {
      const row = companyTemplate(req);
      Object.assign(row, readInterviewTemplate(req.body, true), { updatedOn: state.now() });
      return { status: 200, body: interviewTemplateView(row) };
    },
    deleteInterviewTemplate: (req) => {
      const row = companyTemplate(req);
      store().interviewTemplates.remove(row.id);
      for (const p of store().plans.list()) p.interviewTemplateIds = p.interviewTemplateIds.filter((id) => id !== row.id);
      return noContent;
    },
    // A job's own copies of interview templates
    getJobInterviewTemplates: (req) => {
      const content = store().jobInterviewTemplates(job(req).id).map(interviewTemplateView);
      return { status: 200, body: { totalFound: content.length, content } };
    },
    getJobApplicationInterviewTemplates: (req) => {
      const content = store().jobInterviewTemplates(application(req).application.jobId).map(interviewTemplateView);
      return { status: 200, body: { totalFound: content.length, content } };
    },
    updateJobInterviewTemplate: (req) => {
      const row = jobCopy(req);
      Object.assign(row, readInterviewTemplate(req.body, true), { updatedOn: state.now() });
      return { status: 200, body: interviewTemplateView(row) };
    },
    updateJobInterviewTemplateInterviewers: (req) => {
      const row = jobCopy(req);
      const f = new BodyFields(req.body);
      const ids = users(state, f, 'interviewers', true);
      f.done();
      row.interviewers = [...new Set(ids)];
      row.updatedOn = state.now();
      return { status: 200, body: interviewTemplateView(row) };
    },
    // A job's plan per hiring stage
    findJobTemplatesByJobId: (req) => {
      const content = store().jobTemplatesOf(job(req).id).map(jobTemplateView);
      return { status: 200, body: { totalFound: content.length, content } };
    },
    findJobTemplateByHiringState: (req) => {
      const j = job(req);
      const stage = stageOf(req);
      const t = store().jobTemplatesOf(j.id).find((x) => x.hiringStage === stage);
      if (!t) throw new SimError(404, 'NOT_FOUND', `Job ${j.id} has no interview plan for ${stage}`);
      return { status: 200, body: jobTemplateView(t) };
    },
    upsertJobTemplate: (req) => {
      const j = job(req);
      const stage = stageOf(req);
      const { templateId, interviewers } = readJobPlan(req.body, true);
      const { row, created } = store().upsert(j.id, stage, templateId as string, interviewers ?? j.hiringTeam.map((m) => m.userId));
      return { status: created ? 201 : 200, body: jobTemplateView(row) };
    },
    updateJobTemplate: (req) => {
      const row = jobTemplate(req);
      const { templateId, interviewers } = readJobPlan(req.body, false);
      Object.assign(row, { ...(templateId !== undefined ? { templateId } : {}), ...(interviewers ? { interviewers } : {}), updatedOn: state.now() });
      return { status: 200, body: jobTemplateView(row) };
    },
    patchJobTemplateInterviewers: (req) => {
      const row = jobTemplate(req);
      const f = new BodyFields(req.body);
      const ids = users(state, f, 'interviewers', true);
      f.done();
      row.interviewers = [...new Set(ids)];
      row.updatedOn = state.now();
      return { status: 200, body: jobTemplateView(row) };
    },
    findJobTemplateByApplicationId: (req) => {
      const { candidate, application: app } = application(req);
      // The plan that applies is the one for the stage the application is in.
      // The plan of the stage the application is in; failing that, the job's first plan.
      const plans = store().jobTemplatesOf(app.jobId);
      const t = plans.find((x) => x.hiringStage === app.status) ?? plans[0];
      if (!t) throw new SimError(404, 'NOT_FOUND', `No interview plan for the application of candidate ${candidate.id} (job ${app.jobId})`);
      return { status: 200, body: jobTemplateView(t) };
    },
    searchJobTemplateByJobApplicationIds: (req) => {
      const j = job(req);
      const f = new BodyFields(req.body);
      const ids = f.stringArray(f.body['applicationIds'] === undefined && f.body['jobApplicationIds'] !== undefined ? 'jobApplicationIds' : 'applicationIds', { required: true });
      f.done();
      if ((ids as string[]).length > 100) throw new SimError(400, 'INVALID_FIELD', 'applicationIds: at most 100 ids per search');
      const content = (ids as string[]).map((applicationId) => {
        const found = locateApplication(state, applicationId);
        const t = found && found.application.jobId === j.id ? store().jobTemplatesOf(j.id).find((x) => x.hiringStage === found.application.status) : undefined;
        return { applicationId, jobTemplate: t ? jobTemplateView(t) : null };
      });
      return { status: 200, body: { totalFound: content.length, content } };
    },
    getJobManagedSteps: (req) => {
      const j = job(req);
      return { status: 200, body: { jobId: j.id, steps: store().managedSteps.get(j.id) ?? [] } };
    },
    updateJobManagedSteps: (req) => {
      const j = job(req);
      const f = new BodyFields(req.body);
      const steps = f.stringArray('steps', { required: true });
      f.done();
      const bad = (steps as string[]).find((s) => !(HIRING_STAGES as readonly string[]).includes(s));
      if (bad !== undefined) throw new SimError(400, 'INVALID_FIELD', `steps: must be hiring stages (${HIRING_STAGES.join(', ')}), got "${bad}"`);
      store().managedSteps.set(j.id, [...new Set(steps as string[])] as HiringStage[]);
      return { status: 200, body: { jobId: j.id, steps: store().managedSteps.get(j.id) } };
    },
    getSchedulePreferences: (req) => {
      const id = param(req, 'userId');
      const u = state.users.get(id);
      if (!u) throw notFound('User', id);
      // Derived from the user, so every read agrees: office hours in the company's zone.
      return { status: 200, body: { userId: u.id, timezone: 'Europe/Berlin', workingHours: { start: '09:00', end: '17:00' }, workingDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], maxInterviewsPerDay: 4, bufferMinutes: 15 } };
    },
  };
  return { name: 'interview-templates', handlers };
}
