import type { Attachment } from '../ats/attachment.js';
import type { SrCandidateAttachmentForJob } from '../../spec/index.js';
import { applicationKey, base, num, str, type MapOptions, type Wire } from './read-wire.js';

const TYPES: Record<string, Attachment['attachment_type']> = { RESUME: 'RESUME', CV: 'RESUME', COVER_LETTER: 'COVER_LETTER', OFFER_LETTER: 'OFFER_LETTER' };

/** The id of an attachment: `candidateId:attachmentId`, so a get knows whose files to read. */
export function attachmentKey(candidateId: string, attachmentId: string): string {
  return `${candidateId}:${attachmentId}`;
}

/** A SmartRecruiters attachment of a candidate (or of their application to `jobId`) as a unified Attachment. */
export function toAttachment(candidateId: string, raw: SrCandidateAttachmentForJob | Wire, opts: MapOptions & { jobId?: string } = {}): Attachment {
  const remote = str(raw.id) ?? '';
  const type = str(raw.type) ?? str(raw.attachmentType);
  const key = attachmentKey(candidateId, remote);
  return {
    ...base(key, raw.createdOn, raw.updatedOn ?? raw.createdOn, raw, opts),
    remote_id: remote,
    candidate_id: candidateId,
    application_id: opts.jobId ? applicationKey(candidateId, opts.jobId) : null,
    file_name: str(raw.name) ?? str(raw.fileName),
    attachment_type: (type && TYPES[type]) || 'OTHER',
    remote_type: type,
    content_type: str(raw.contentType) ?? str(raw.mimeType),
    size_bytes: num(raw.size),
  };
}
