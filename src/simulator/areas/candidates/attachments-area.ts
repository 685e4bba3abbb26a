import { SimError, notFound } from '../../core/sim-error.js';
import type { Area, AreaContext, Handler, SimRequest, SimResponse } from '../../core/types.js';
import type { AttachmentRecord, CandidateRecord } from '../../state/candidate-record.js';
import { addAttachment, removeAttachment } from '../../state/document-mutations.js';
import type { SimState } from '../../state/sim-state.js';
import { attachmentBytes, attachmentOwner, contentDisposition } from '../shared/attachment-files.js';
import { loadCandidate, requireApplication } from '../shared/record-lookups.js';
import { multipartFields, requireFile, textPart } from '../shared/upload-part.js';

/** `attachmentType` values of IdAttachmentsBody / JobIdAttachmentsBody. */
export const ATTACHMENT_TYPES = ['GENERIC_FILE', 'RESUME', 'COVER_LETTER'] as const;

/**
 * `CandidateAttachmentForJob`, plus `size`/`createdOn` (useful to a careful client) and the SDK
 * `Attachment` names `fileName`/`mimeType`. `fileContent` is never echoed: the bytes are served
 * by the `download` action instead of base64 inside every list.
 */
export function attachmentView(state: SimState, base: string, c: CandidateRecord, a: AttachmentRecord): Record<string, unknown> {
  return {
    id: a.id,
    name: a.name,
    type: a.type,
    contentType: a.contentType,
    fileName: a.name,
    mimeType: a.contentType,
    size: attachmentBytes(state, c, a).length,
    createdOn: new Date(a.createdOn).toISOString(),
    ...(a.jobId ? { job: { id: a.jobId } } : {}),
    actions: {
      download: { url: `${base}/candidates/${c.id}/attachments/${a.id}`, method: 'GET' },
      remove: { url: `${base}/candidates/attachments/${a.id}`, method: 'DELETE' },
    },
  };
}

function download(state: SimState, c: CandidateRecord, a: AttachmentRecord): SimResponse {
  const bytes = attachmentBytes(state, c, a);
  return {
    status: 200,
    body: bytes,
    headers: { 'Content-Type': a.contentType, 'Content-Disposition': contentDisposition(a.name), 'Content-Length': String(bytes.length) },
  };
}

function upload(state: SimState, req: SimRequest, c: CandidateRecord, jobId?: string): SimResponse {
  const fields = multipartFields(req.body);
  // Both parts are checked before either is reported, so one 400 names every bad part.
  const errors: SimError[] = [];
  const attempt = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (e) {
      if (!(e instanceof SimError)) throw e;
      errors.push(e);
      return undefined;
    }
  };
  const type = attempt(() => textPart(fields, 'attachmentType', { required: true, enum: ATTACHMENT_TYPES }));
  const file = attempt(() => requireFile(fields));
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1 || !file || !type) {
    const problems = errors.flatMap((e) => e.body.errors.map((x) => ({ code: x.code, message: x.message })));
    throw SimError.fields(400, problems.map((p) => p.message).join('; '), problems);
  }
  const a = addAttachment(state, c, { name: file.fileName || 'file', type, contentType: file.mimeType, content: file.content, ...(jobId ? { jobId } : {}) });
  return { status: 201, body: attachmentView(state, req.baseUrl, c, a) };
}

/**
 * Candidate files: real multipart uploads stored as bytes, lists, downloads with the uploaded
 * content type and name, and delete. Job-context lists show the job's files plus profile-level
 * ones (a resume belongs to every application of the candidate).
 */
export function attachmentsArea({ state }: AreaContext): Area {
  const candidate = (req: SimRequest) => loadCandidate(state, req.params['id'] ?? '');
  const list = (req: SimRequest, c: CandidateRecord, items: AttachmentRecord[]): SimResponse => {
    const content = items.map((a) => attachmentView(state, req.baseUrl, c, a));
    return { status: 200, body: { totalFound: content.length, content } };
  };
  const owned = (req: SimRequest) => {
    const id = req.params['attachmentId'] ?? '';
    const found = attachmentOwner(state, id);
    if (!found) throw notFound('Attachment', id);
    return found;
  };

  const handlers: Record<string, Handler> = {
    'candidates.attachments.list': (req) => {
      const c = candidate(req);
      return list(req, c, c.attachments);
    },
    'candidates.attachments.listForJob': (req) => {
      const c = candidate(req);
      const jobId = req.params['jobId'] ?? '';
      requireApplication(state, c, jobId);
      return list(req, c, c.attachments.filter((a) => a.jobId === undefined || a.jobId === jobId));
    },
    'candidates.attachments.add': (req) => upload(state, req, candidate(req)),
    'candidates.attachments.addForJob': (req) => {
      const c = candidate(req);
      const jobId = req.params['jobId'] ?? '';
      requireApplication(state, c, jobId);
      return upload(state, req, c, jobId);
    },
    'candidates.attachments.get': (req) => {
      const c = candidate(req);
      const id = req.params['attachmentId'] ?? '';
      const a = c.attachments.find((x) => x.id === id);
      if (!a) throw notFound('Attachment', id);
      return download(state, c, a);
    },
    'candidates.attachments.getForJob': (req) => {
      const { candidate: c, attachment } = owned(req);
      return download(state, c, attachment);
    },
    'candidates.attachments.deleteForJob': (req) => {
      const { candidate: c, attachment } = owned(req);
      removeAttachment(state, c, attachment.id);
      return { status: 204 };
    },
  };
  return { name: 'attachments', handlers };
}
