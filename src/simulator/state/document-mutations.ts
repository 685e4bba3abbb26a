import type { AttachmentRecord, CandidateRecord } from './candidate-record.js';
import { documentsOf, type StoredAnswer } from './candidate-documents.js';
import type { SimState } from './sim-state.js';

// Companions of candidate-mutations.ts for files, screening answers and consent: every change
// goes through here so the record, the byte store and the webhook events stay in step.

function touch(state: SimState, c: CandidateRecord): void {
  c.updatedOn = Math.max(state.now(), c.updatedOn + 1);
  state.candidates.put(c);
}

export interface NewAttachment {
  readonly name: string;
  readonly type: string;
  readonly contentType: string;
  readonly content: Buffer;
  readonly jobId?: string;
}

/**
 * Stores a file on a candidate. A job-context file announces `application.attachment.created`
 * (the SDK's ApplicationAttachmentWebhookPayload); a profile-level one `candidate.updated`.
 */
export function addAttachment(state: SimState, c: CandidateRecord, file: NewAttachment): AttachmentRecord {
  const now = state.now();
  const docs = documentsOf(state);
  const record: AttachmentRecord = {
    id: docs.newAttachmentId(c.id, now),
    name: file.name,
    type: file.type,
    contentType: file.contentType,
    size: file.content.length,
    createdOn: now,
    ...(file.jobId ? { jobId: file.jobId } : {}),
  };
  docs.files.set(record.id, { candidateId: c.id, content: file.content });
  c.attachments.push(record);
  touch(state, c);
  if (file.jobId) {
    state.emit(
      'application.attachment.created',
      { job_id: file.jobId, candidate_id: c.id, application_id: state.applicationId(c.id, file.jobId), attachment_id: record.id },
      `/candidates/${c.id}/jobs/${file.jobId}/attachments`,
    );
  } else state.emit('candidate.updated', { id: c.id }, `/candidates/${c.id}`);
  return record;
}

export function removeAttachment(state: SimState, c: CandidateRecord, attachmentId: string): void {
  c.attachments = c.attachments.filter((a) => a.id !== attachmentId);
  documentsOf(state).files.delete(attachmentId);
  touch(state, c);
  state.emit('candidate.updated', { id: c.id }, `/candidates/${c.id}`);
}

/** Records answers to a job's screening questions (`application.screening-answers.created|updated`). */
export function setScreeningAnswers(state: SimState, c: CandidateRecord, jobId: string, answers: StoredAnswer[]): void {
  const docs = documentsOf(state);
  const key = `${c.id}/${jobId}`;
  const existed = docs.answers.has(key);
  docs.answers.set(key, answers);
  state.emit(
    existed ? 'application.screening-answers.updated' : 'application.screening-answers.created',
    { job_id: jobId, candidate_id: c.id, application_id: state.applicationId(c.id, jobId) },
    `/candidates/${c.id}/jobs/${jobId}/screening-answers`,
  );
}

export type ConsentRequestOutcome = { ok: true } | { ok: false; code: string; message: string };

/**
 * Sends a consent request: a candidate without a decision becomes PENDING; one who already
 * consented is left alone and the request is refused, since SmartRecruiters would not ask again.
 */
export function requestConsent(state: SimState, c: CandidateRecord): ConsentRequestOutcome {
  if (c.consentStatus === 'ACQUIRED') return { ok: false, code: 'CONSENT_ALREADY_ACQUIRED', message: `Candidate ${c.id} has already given consent` };
  const docs = documentsOf(state);
  docs.consent.set(c.id, { ...docs.consent.get(c.id), pendingSince: state.now() });
  c.consentStatus = 'PENDING';
  touch(state, c);
  state.emit('candidate.updated', { id: c.id }, `/candidates/${c.id}`);
  return { ok: true };
}

/** Records the candidate's own consent decision (given when applying through the Application API). */
export function recordConsent(state: SimState, c: CandidateRecord, given: boolean): void {
  const docs = documentsOf(state);
  docs.consent.set(c.id, given ? { decidedOn: state.now() } : {});
  c.consentStatus = given ? 'ACQUIRED' : 'REQUIRED';
  touch(state, c);
}
