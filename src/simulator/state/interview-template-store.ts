import { SeededRandom, mix } from '../core/seeded-random.js';
import { companionOf } from './companion-of.js';
import { RecordTable } from './record-table.js';
import type { SimState } from './sim-state.js';

/** The hiring stages a job can attach an interview plan to (the application statuses that interview). */
export const HIRING_STAGES = ['NEW', 'IN_REVIEW', 'INTERVIEW', 'OFFERED'] as const;
export type HiringStage = (typeof HIRING_STAGES)[number];

export interface InterviewTemplateRecord {
  readonly id: string;
  name: string;
  description: string;
  durationMinutes: number;
  interviewType: string;
  interviewers: string[];
  /** Set on a job's own copy of a company template. */
  readonly jobId?: string;
  readonly baseTemplateId?: string;
  readonly createdOn: number;
  updatedOn: number;
}

/** A company interview plan: which interviews a stage holds, in order. */
export interface PlanTemplateRecord {
  readonly id: string;
  name: string;
  description: string;
  interviewTemplateIds: string[];
  readonly createdOn: number;
  updatedOn: number;
}

/** A job's plan for one hiring stage. */
export interface JobTemplateRecord {
  readonly id: string;
  readonly jobId: string;
  readonly hiringStage: HiringStage;
  templateId: string;
  interviewers: string[];
  readonly createdOn: number;
  updatedOn: number;
}

const DAY = 86_400_000;
const INTERVIEWS: readonly [string, number, string][] = [['Recruiter screen', 30, 'Phone'], ['Hiring manager interview', 60, 'Video'], ['Technical interview', 90, 'Onsite'], ['Culture fit', 45, 'Video']];

/** Interview templates, company plans and per-job plans of one company; every job is planned at seed time. */
export class InterviewTemplateStore {
  readonly interviewTemplates: RecordTable<InterviewTemplateRecord>;
  readonly plans: RecordTable<PlanTemplateRecord>;
  readonly jobTemplates: RecordTable<JobTemplateRecord>;
  /** Stages of a job whose interviews follow its plan (`managed-steps`). */
  readonly managedSteps = new Map<string, HiringStage[]>();

  constructor(private readonly state: SimState) {
    const seed = state.seedOptions.seed;
    this.interviewTemplates = new RecordTable(seed, 1001);
    this.plans = new RecordTable(seed, 1002);
    this.jobTemplates = new RecordTable(seed, 1003);
    const at = state.anchor - 120 * DAY;
    const users = state.users.list.map((u) => u.id);
    const company = INTERVIEWS.map(([name, durationMinutes, interviewType], i) =>
      this.interviewTemplates.add({ id: this.interviewTemplates.newId(), name, description: `${name} (company template)`, durationMinutes, interviewType, interviewers: users.slice(i % Math.max(1, users.length), (i % Math.max(1, users.length)) + 1), createdOn: at, updatedOn: at }));
    const standard = this.plans.add({ id: this.plans.newId(), name: 'Standard interview plan', description: 'Screen, manager, culture fit', interviewTemplateIds: [company[0]!.id, company[1]!.id, company[3]!.id], createdOn: at, updatedOn: at });
    const technical = this.plans.add({ id: this.plans.newId(), name: 'Technical interview plan', description: 'Screen, technical, manager', interviewTemplateIds: [company[0]!.id, company[2]!.id, company[1]!.id], createdOn: at, updatedOn: at });
    // Most jobs plan their INTERVIEW stage, with the hiring team interviewing; some plan nothing.
    state.jobs.list.forEach((job, i) => {
      const r = new SeededRandom(mix(seed, i, 1004));
      if (r.next() < 0.25) return;
      const plan = r.next() < 0.5 ? standard : technical;
      const team = job.hiringTeam.map((m) => m.userId);
      this.jobTemplates.add({ id: this.jobTemplates.newId(), jobId: job.id, hiringStage: 'INTERVIEW', templateId: plan.id, interviewers: team, createdOn: job.createdOn, updatedOn: job.createdOn });
      this.managedSteps.set(job.id, ['INTERVIEW']);
      for (const tid of plan.interviewTemplateIds) {
        const base = this.interviewTemplates.get(tid)!;
        this.interviewTemplates.add({ ...base, interviewers: team.slice(0, 2), id: this.interviewTemplates.newId(), jobId: job.id, baseTemplateId: base.id, createdOn: job.createdOn, updatedOn: job.createdOn });
      }
    });
  }

  companyInterviewTemplates(): InterviewTemplateRecord[] {
    return this.interviewTemplates.list().filter((t) => t.jobId === undefined);
  }

  jobInterviewTemplates(jobId: string): InterviewTemplateRecord[] {
    return this.interviewTemplates.list().filter((t) => t.jobId === jobId);
  }

  jobTemplatesOf(jobId: string): JobTemplateRecord[] {
    return this.jobTemplates.list().filter((t) => t.jobId === jobId);
  }

  /** Creates or replaces a job's plan for a stage; answers it and whether it is new. */
  upsert(jobId: string, hiringStage: HiringStage, templateId: string, interviewers: string[]): { row: JobTemplateRecord; created: boolean } {
    const now = this.state.now();
    const existing = this.jobTemplatesOf(jobId).find((t) => t.hiringStage === hiringStage);
    if (existing) {
      Object.assign(existing, { templateId, interviewers, updatedOn: now });
      return { row: existing, created: false };
    }
    const row = this.jobTemplates.add({ id: this.jobTemplates.newId(), jobId, hiringStage, templateId, interviewers, createdOn: now, updatedOn: now });
    const steps = this.managedSteps.get(jobId) ?? [];
    if (!steps.includes(hiringStage)) this.managedSteps.set(jobId, [...steps, hiringStage]);
    return { row, created: true };
  }
}

/** The interview template store of the state's current population. */
export const interviewTemplatesOf = companionOf((state) => state.candidates, (state): InterviewTemplateStore => new InterviewTemplateStore(state));
