import { SimError, notFound } from '../../core/sim-error.js';
import type { Area, AreaContext, Handler, SimRequest } from '../../core/types.js';
import type { SourceDetails } from '../../state/candidate-record.js';
import { createCandidate, type CandidateInput } from '../../state/candidate-mutations.js';
import { addAttachment, recordConsent, setScreeningAnswers } from '../../state/document-mutations.js';
import { slug } from '../../state/name-tables.js';
import { findPosting, type Posting } from '../../state/postings.js';
import { screeningQuestions, toStoredAnswers, type ScreeningQuestion } from '../../state/screening-questions.js';
import type { SimState } from '../../state/sim-state.js';
import { checkAnswers } from './apply-answers.js';
import { BodyFields } from '../shared/body-fields.js';
import { loadCandidate } from '../shared/record-lookups.js';
import { applyStatus } from '../applications/job-applications-area.js';

/** Per-file limit and types of the Application API (help center: 2 MB; PDF, DOC(X), RTF, JPG, PNG). */
export const APPLY_MAX_FILE_BYTES = 2 * 1024 * 1024;
const APPLY_FILE_TYPES = [
  'application/pdf', 'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/rtf', 'text/rtf', 'image/jpeg', 'image/png',
];

type Problem = { code: string; message: string };
type File64 = { name: string; contentType: string; content: Buffer };

/** The questions a posting asks; internal postings ask none (documented for INTERNAL destinations). */
export function postingQuestions(state: SimState, p: Posting): ScreeningQuestion[] {
  return p.publication.visibility === 'INTERNAL' ? [] : screeningQuestions(state, p.job);
}

function livePosting(state: SimState, req: SimRequest): Posting {
  const uuid = req.params['uuid'] ?? '';
  const p = findPosting(state, uuid);
  if (!p || !p.active) throw notFound('Posting', uuid);
  return p;
}

function readFile(value: unknown, path: string, problems: Problem[]): File64 | undefined {
  const bad = (code: string, msg: string) => {
    problems.push({ code, message: `${path}${msg}` });
    return undefined;
  };
  if (!value || typeof value !== 'object' || Array.isArray(value)) return bad('INVALID_FIELD', ': must be {fileName, mimeType, fileContent}');
  const f = value as Record<string, unknown>;
  if (typeof f['fileName'] !== 'string' || f['fileName'] === '') return bad('MISSING_FIELD', '.fileName: is required');
  if (typeof f['mimeType'] !== 'string' || !APPLY_FILE_TYPES.includes(f['mimeType'])) return bad('INVALID_FIELD', `.mimeType: must be one of ${APPLY_FILE_TYPES.join(', ')}`);
  const b64 = typeof f['fileContent'] === 'string' ? f['fileContent'].replace(/\s+/g, '') : undefined;
  if (!b64) return bad('MISSING_FIELD', '.fileContent: is required (base64)');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 === 1) return bad('INVALID_FIELD', '.fileContent: is not valid base64');
  const content = Buffer.from(b64, 'base64');
  if (content.length === 0) return bad('INVALID_FIELD', '.fileContent: the file is empty');
  if (content.length > APPLY_MAX_FILE_BYTES) return bad('FILE_UPLOAD_ERROR', `.fileContent: the file is ${content.length} bytes; the limit is ${APPLY_MAX_FILE_BYTES}`);
  return { name: f['fileName'], contentType: f['mimeType'], content };
}

function problemsOf(check: () => void): Problem[] {
  try {
    check();
    return [];
  } catch (e) {
    if (!(e instanceof SimError)) throw e;
    return e.body.errors.map((x) => ({ code: x.code, message: x.message }));
  }
}

function readSource(v: Record<string, unknown> | undefined, problems: Problem[]): SourceDetails | undefined {
  if (!v) return undefined;
  const id = v['sourceId'];
  const type = v['sourceTypeId'];
  const sub = v['sourceSubTypeId'];
  if (typeof type !== 'string' || type === '') problems.push({ code: 'MISSING_FIELD', message: 'sourceDetails.sourceTypeId: is required' });
  if (typeof id !== 'string' || id === '') problems.push({ code: 'MISSING_FIELD', message: 'sourceDetails.sourceId: is required' });
  if (sub !== undefined && typeof sub !== 'string') problems.push({ code: 'INVALID_FIELD', message: 'sourceDetails.sourceSubTypeId: must be a string' });
  return typeof type === 'string' && typeof id === 'string' ? { sourceTypeId: type, sourceId: id, ...(typeof sub === 'string' && sub ? { sourceSubTypeId: sub } : {}) } : undefined;
}

/**
 * The Application API: a posting's apply form, applying on behalf of a candidate (validated like
 * the form: required fields, answers to required questions, file limits) and the status of it.
 */
export function applyArea({ state }: AreaContext): Area {
  const handlers: Record<string, Handler> = {
    getApplyConfigurationForPosting: (req) => {
      const p = livePosting(state, req);
      const questions = postingQuestions(state, p).map((q) => ({
        id: q.id, label: q.label, repeatable: q.repeatable,
        fields: q.fields.map((f) => ({ id: f.id, label: f.label, type: f.type, required: f.required, ...(f.complianceType ? { complianceType: f.complianceType } : {}), values: f.values })),
      }));
      const conditionals = req.query['conditionalsIncluded'] === true;
      return {
        status: 200,
        body: {
          questions,
          settings: { avatarUploadAvailable: true, ...(conditionals ? { conditionals: [] } : {}) },
          privacyPolicies: [{ url: `https://www.${slug(state.companyName)}.example.com/privacy-policy`, orgName: state.companyName }],
        },
      };
    },
    createCandidate: (req) => {
      const p = livePosting(state, req);
      const questions = postingQuestions(state, p);
      const f = new BodyFields(req.body);
      const firstName = f.string('firstName', { required: true, minLength: 1 });
      const lastName = f.string('lastName', { required: true, minLength: 1 });
      const email = f.string('email', { required: true, email: true });
      const phoneNumber = f.string('phoneNumber');
      const location = f.object('location');
      const web = f.object('web');
      const tags = f.stringArray('tags');
      const education = f.objectArray('education');
      const experience = f.objectArray('experience');
      const source = f.object('sourceDetails');
      const consent = f.boolean('consent');
      const internal = f.boolean('internal');
      f.string('messageToHiringManager');
      f.object('consentDecisions');
      f.objectArray('attachments');
      // Field problems join the file and answer problems below, so one 400 lists them all.
      const problems: Problem[] = problemsOf(() => f.done());
      const sourceDetails = readSource(source, problems);
      const body = f.body;
      const resume = body['resume'] === undefined || body['resume'] === null ? undefined : readFile(body['resume'], 'resume', problems);
      const avatar = body['avatar'] === undefined || body['avatar'] === null ? undefined : readFile(body['avatar'], 'avatar', problems);
      const extra = Array.isArray(body['attachments']) ? (body['attachments'] as unknown[]).map((a, i) => readFile(a, `attachments[${i}]`, problems)) : [];
      const answers = checkAnswers(questions, body['answers'], problems);
      if (problems.length > 0) throw SimError.fields(400, problems.map((x) => x.message).join('; '), problems);

      const input: CandidateInput = { firstName: firstName as string, lastName: lastName as string, email: email as string };
      if (phoneNumber !== undefined) input.phoneNumber = phoneNumber;
      if (location) input.location = location;
      if (web) input.web = web as Record<string, string>;
      if (tags) input.tags = tags;
      if (education) input.education = education;
      if (experience) input.experience = experience;
      // Internal postings label applicants as employees (documented for INTERNAL destinations).
      if (internal !== undefined || p.publication.visibility === 'INTERNAL') input.internal = internal ?? true;
      const created = createCandidate(state, input, p.job.id, sourceDetails);
      const c = structuredClone(created);
      recordConsent(state, c, consent === true);
      const files: [File64 | undefined, string][] = [[resume, 'RESUME'], [avatar, 'AVATAR'], ...extra.map((x): [File64 | undefined, string] => [x, 'GENERIC_FILE'])];
      for (const [file, type] of files) if (file) addAttachment(state, c, { ...file, type, jobId: p.job.id });
      if (questions.length > 0) setScreeningAnswers(state, c, p.job.id, toStoredAnswers(questions, answers));
      const createJoinLink = body['createJoinLink'] === true;
      return {
        status: 201,
        body: {
          id: c.id,
          createdOn: new Date(c.createdOn).toISOString(),
          candidatePortalUrl: `https://my.smartrecruiters.com/candidate/${state.companyId}/applications/${state.applicationId(c.id, p.job.id)}`,
          ...(createJoinLink ? { smartrJoinUrl: `https://my.smartrecruiters.com/join?candidate=${c.id}` } : {}),
        },
      };
    },
    getApplicationStatus: (req) => {
      const uuid = req.params['uuid'] ?? '';
      const p = findPosting(state, uuid);
      if (!p) throw notFound('Posting', uuid);
      const c = loadCandidate(state, req.params['candidateId'] ?? '');
      const app = c.applications.find((a) => a.jobId === p.job.id);
      if (!app) throw notFound('Application', `${c.id} to posting ${uuid}`);
      return { status: 200, body: { status: applyStatus(app.status) } };
    },
  };
  return { name: 'apply', handlers };
}
