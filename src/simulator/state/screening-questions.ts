import { hashString, mix, uuidFrom } from '../core/seeded-random.js';
import type { StoredAnswer } from './candidate-documents.js';
import type { JobRecord } from './job-record.js';
import type { SimState } from './sim-state.js';

export type FieldType = 'INPUT_TEXT' | 'SINGLE_SELECT' | 'MULTI_SELECT' | 'RADIO' | 'CHECKBOX' | 'TEXTAREA' | 'INFORMATION';

export interface QuestionField {
  readonly id: string;
  readonly label: string;
  readonly type: FieldType;
  readonly required: boolean;
  readonly complianceType?: 'DIVERSITY';
  readonly values: readonly { id: string; label: string }[];
}

/** A screening question as `GET /postings/{uuid}/configuration` lists it, plus what answers read back. */
export interface ScreeningQuestion {
  readonly id: string;
  readonly label: string;
  readonly repeatable: boolean;
  readonly fields: readonly QuestionField[];
  /** `ScreeningAnswer.category`: a library key, or the id for custom questions. */
  readonly category: string;
  /** `ScreeningAnswer.type` (lower-case answer kinds of the Candidates API). */
  readonly answerType: string;
  readonly name: string;
}

const v = (...labels: string[]) => labels.map((label) => ({ id: label.toLowerCase().replace(/[^a-z0-9]+/g, '_'), label }));

/**
 * The screening questions of a job: three library questions every job asks, plus custom ones
 * chosen by the job's hash, so configurations differ between jobs but never between runs.
 */
export function screeningQuestions(state: SimState, job: JobRecord): ScreeningQuestion[] {
  const h = hashString(job.id, state.seedOptions.seed);
  const custom = (k: number) => uuidFrom(mix(state.seedOptions.seed, 501, k), mix(h, k), hashString(job.id, k), k);
  const out: ScreeningQuestion[] = [
    {
      id: 'drivingCurrent', category: 'drivingCurrent', answerType: 'radio', name: 'Current driving license', label: "Do you have a current driver's license?", repeatable: false,
      fields: [{ id: 'drivingCurrent', label: "Do you have a current driver's license?", type: 'RADIO', required: true, values: v('Yes', 'No') }],
    },
    {
      id: 'languages', category: 'languages', answerType: 'languages', name: 'Languages', label: 'Languages', repeatable: true,
      fields: [
        { id: 'language', label: 'Language', type: 'SINGLE_SELECT', required: false, values: v('English', 'Spanish', 'French', 'German', 'Polish') },
        { id: 'proficiency', label: 'Proficiency level', type: 'SINGLE_SELECT', required: false, values: v('Beginner', 'Intermediate', 'Advanced', 'Native') },
      ],
    },
  ];
  if (h % 2 === 0) {
    const id = custom(1);
    out.push({ id, category: id, answerType: 'textarea', name: 'Motivation', label: `Why would you like to join ${state.companyName}?`, repeatable: false, fields: [{ id: 'motivation', label: 'Motivation', type: 'TEXTAREA', required: true, values: [] }] });
  }
  if (h % 3 === 0) {
    const id = custom(2);
    out.push({ id, category: id, answerType: 'currency', name: 'Salary expectation', label: 'What is your expected yearly salary?', repeatable: false, fields: [{ id: 'salary', label: 'Expected salary', type: 'INPUT_TEXT', required: false, values: [] }] });
  }
  // Diversity questions go last, as the docs require clients to display them.
  out.push({
    id: 'eeoInformation', category: 'eeoInformation', answerType: 'eeo', name: 'Gender, Race and Ethnicity', label: 'Gender, Race and Ethnicity', repeatable: false,
    fields: [{ id: 'gender', label: 'Gender', type: 'SINGLE_SELECT', required: false, complianceType: 'DIVERSITY', values: v('Male', 'Female', 'Prefer not to answer') }],
  });
  return out;
}

/** Answers with field ids and value ids resolved to the labels the Candidates API returns. */
export function toStoredAnswers(questions: readonly ScreeningQuestion[], answers: readonly { id: string; records: { fields: Record<string, string[]> }[] }[]): StoredAnswer[] {
  const out: StoredAnswer[] = [];
  for (const a of answers) {
    const q = questions.find((x) => x.id === a.id);
    if (!q) continue;
    const records = a.records.map((r) => ({
      fields: q.fields
        .filter((f) => (r.fields[f.id] ?? []).length > 0)
        .map((f) => ({ id: f.id, label: f.label, values: (r.fields[f.id] ?? []).map((val) => f.values.find((x) => x.id === val)?.label ?? val) })),
    }));
    out.push({ id: q.id, type: q.answerType, category: q.category, name: q.name, label: q.label, records });
  }
  return out;
}

/** What a seeded application answered: every required field, and the languages question. */
export function seededAnswers(state: SimState, job: JobRecord, candidateId: string): StoredAnswer[] {
  const questions = screeningQuestions(state, job);
  const h = hashString(candidateId + job.id, state.seedOptions.seed);
  const raw = questions
    .filter((q) => q.fields.some((f) => f.required) || q.id === 'languages')
    .map((q) => ({
      id: q.id,
      records: [{ fields: Object.fromEntries(q.fields.map((f, k) => [f.id, f.values.length > 0 ? [(f.values[mix(h, k) % f.values.length] as { id: string }).id] : ['I enjoy building things with a great team.']])) }],
    }));
  return toStoredAnswers(questions, raw);
}
