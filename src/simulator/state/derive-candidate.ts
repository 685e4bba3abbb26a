import { SeededRandom, mix, uuidFrom } from '../core/seeded-random.js';
import type { ApplicationRecord, CandidateRecord, StatusChange } from './candidate-record.js';
import { CONFIG_KIND, HIRING_PROCESS_SEED, REJECTION_REASONS, WITHDRAWAL_REASONS, configurationId } from './configuration-seed.js';
import { PIPELINE, SOURCES, slug, type CandidateStatus, type LocationRow } from './name-tables.js';

/** What candidate derivation needs from the job store. */
export interface DeriveContext {
  jobIdAt(index: number): string;
  jobIndexOf(id: string): number;
}

export interface DeriveInput {
  readonly seed: number;
  readonly index: number;
  readonly id: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly location: LocationRow;
  readonly internal: boolean;
  readonly createdOn: number;
  readonly updatedOn: number;
  readonly apps: readonly { job: number; status: CandidateStatus }[];
  readonly tags: string[];
}

const SCHOOLS = ['University of Warsaw', 'MIT', 'ETH Zürich', 'Sorbonne University', 'University of Toronto', 'IIT Bombay', 'TU München'];
const EMPLOYERS = ['Initrode', 'Vandelay Industries', 'Stark Industries', 'Wayne Enterprises', 'Soylent Corp', 'Tyrell Corporation'];
const DAY = 86_400_000;
const CITIES = ['Warsaw', 'Boston', 'Zürich', 'Paris', 'Toronto', 'Mumbai', 'Munich'];

// Sub-statuses are those of the company's default hiring process (the first one configured).
const SUB_STATUSES: Partial<Record<CandidateStatus, readonly string[]>> = {
  IN_REVIEW: HIRING_PROCESS_SEED[0]?.inReview ?? [],
  INTERVIEW: HIRING_PROCESS_SEED[0]?.interview ?? [],
  OFFERED: HIRING_PROCESS_SEED[0]?.offered ?? [],
};

/**
 * Where an application stands within its status: the sub-status of the default hiring process,
 * and for a rejection or withdrawal the id of a configured reason (GET /configuration/…-reasons).
 * Drawn from their own stream so the rest of a seeded candidate is what it always was.
 */
function standing(seed: number, index: number, k: number, status: CandidateStatus): { subStatus?: string; reason?: string } {
  const r = new SeededRandom(mix(seed, index, k, 41));
  const subs = SUB_STATUSES[status];
  if (subs?.length) return { subStatus: r.pick(subs) };
  if (status === 'REJECTED') return { reason: configurationId(seed, CONFIG_KIND.rejectionReason, r.int(REJECTION_REASONS.length)) };
  if (status === 'WITHDRAWN') return { reason: configurationId(seed, CONFIG_KIND.withdrawalReason, r.int(WITHDRAWAL_REASONS.length)) };
  return {};
}

/** The stages an application went through to reach `status`, each with a date between the bounds. */
function history(status: CandidateStatus, from: number, to: number, r: SeededRandom): StatusChange[] {
  let steps: CandidateStatus[];
  if (status === 'LEAD') steps = ['LEAD'];
  else if ((PIPELINE as readonly string[]).includes(status)) steps = PIPELINE.slice(0, PIPELINE.indexOf(status as (typeof PIPELINE)[number]) + 1);
  else steps = [...PIPELINE.slice(0, 1 + r.int(3)), status];
  const gap = Math.max(1, Math.floor((to - from) / steps.length));
  return steps.map((s, k) => ({ status: s, changedOn: k === steps.length - 1 ? to : from + k * gap + r.int(Math.max(1, Math.floor(gap / 2))) }));
}

/** Builds the full record of a generated (never changed) candidate from its columns and the seed. */
export function deriveCandidate(ctx: DeriveContext, d: DeriveInput): CandidateRecord {
  const r = new SeededRandom(mix(d.seed, d.index, 2));
  const email = `${slug(d.firstName)}.${slug(d.lastName)}${d.index}@example.com`;
  const applications: ApplicationRecord[] = d.apps.map((a, k) => {
    const createdOn = Math.min(d.updatedOn, d.createdOn + k * 3 * DAY + r.int(DAY));
    const src = r.pick(SOURCES);
    const app: ApplicationRecord = {
      jobId: ctx.jobIdAt(a.job),
      status: a.status,
      createdOn,
      history: history(a.status, createdOn, Math.max(createdOn, d.updatedOn - k * DAY), r),
      source: { sourceTypeId: src.type, sourceId: src.id, ...(src.subType ? { sourceSubTypeId: src.subType } : {}) },
      properties: {},
    };
    const { subStatus, reason } = standing(d.seed, d.index, k, a.status);
    if (subStatus) {
      app.subStatus = subStatus;
      const last = app.history[app.history.length - 1];
      if (last) app.history[app.history.length - 1] = { ...last, subStatus };
    }
    if (reason) app.reason = reason;
    if (a.status === 'HIRED') {
      app.startsOn = new Date(d.updatedOn + 30 * DAY).toISOString();
      app.onboardingStatus = r.pick(['READY_TO_ONBOARD', 'ONBOARDING_SUCCESSFUL']);
    }
    return app;
  });
  const year = 2010 + r.int(12);
  const record: CandidateRecord = {
    index: d.index,
    id: d.id,
    firstName: d.firstName,
    lastName: d.lastName,
    email,
    phoneNumber: `+1 555 ${String(100 + r.int(900))} ${String(1000 + r.int(9000))}`,
    location: { ...d.location },
    web: { linkedin: `https://www.linkedin.com/in/${slug(d.firstName)}-${slug(d.lastName)}-${d.index}` },
    tags: d.tags,
    education: [{ institution: r.pick(SCHOOLS), degree: r.pick(['BSc', 'MSc', 'BA', 'MBA']), major: r.pick(['Computer Science', 'Economics', 'Design', 'Law']), current: false, startDate: `${year - 4}-10`, endDate: `${year}-06` }],
    // The current job has no end date (the docs' `endDate` belongs to past positions).
    experience: [{ title: r.pick(['Analyst', 'Engineer', 'Consultant', 'Associate']), company: r.pick(EMPLOYERS), current: true, startDate: `${year}-09` }],
    internal: d.internal,
    averageRating: r.int(6),
    consentStatus: r.pick(['ACQUIRED', 'ACQUIRED', 'PENDING', 'REQUIRED'] as const),
    createdOn: d.createdOn,
    updatedOn: d.updatedOn,
    applications,
    properties: {},
    attachments: [
      { id: uuidFrom(mix(d.seed, d.index, 31), mix(d.seed, d.index, 32), d.index, 1), name: `${d.firstName}_${d.lastName}_CV.pdf`, type: 'RESUME', contentType: 'application/pdf', size: 20_000 + r.int(200_000), createdOn: d.createdOn },
    ],
  };
  // Where they studied and worked, and a line about each, as a parsed résumé gives them; drawn
  // from their own stream so the fields above stay what they always were.
  const extra = new SeededRandom(mix(d.seed, d.index, 42));
  const place = extra.pick(CITIES);
  const [school] = record.education;
  const [job] = record.experience;
  if (school) Object.assign(school, { location: place, description: `Thesis in ${String(school['major']).toLowerCase()}.` });
  if (job) Object.assign(job, { location: place, description: `${String(job['title'])} at ${String(job['company'])}.` });
  if (extra.next() < 0.4) record.web['website'] = `https://${slug(d.firstName)}${slug(d.lastName)}.dev`;
  return record;
}
