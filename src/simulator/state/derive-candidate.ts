import { SeededRandom, mix, uuidFrom } from '../core/seeded-random.js';
import type { ApplicationRecord, CandidateRecord, StatusChange } from './candidate-record.js';
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
    if (a.status === 'HIRED') {
      app.startsOn = new Date(d.updatedOn + 30 * DAY).toISOString();
      app.onboardingStatus = r.pick(['READY_TO_ONBOARD', 'ONBOARDING_SUCCESSFUL']);
    }
    return app;
  });
  const year = 2010 + r.int(12);
  return {
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
}
