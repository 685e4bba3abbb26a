import type { AttachmentRecord, CandidateRecord } from '../../state/candidate-record.js';
import { documentsOf, seededAttachmentIndex } from '../../state/candidate-documents.js';
import { resumePdf } from '../../state/seeded-resume.js';
import type { SimState } from '../../state/sim-state.js';

/** The bytes of an attachment: what was uploaded, or the seeded resume PDF built from the profile. */
export function attachmentBytes(state: SimState, c: CandidateRecord, a: AttachmentRecord): Buffer {
  const stored = documentsOf(state).files.get(a.id);
  if (stored) return stored.content;
  const lines = [`${c.firstName} ${c.lastName}`, c.email, c.phoneNumber, ...(c.web['linkedin'] ? [c.web['linkedin']] : [])];
  for (const e of c.experience) lines.push(`${String(e['title'] ?? '')} at ${String(e['company'] ?? '')}`);
  for (const e of c.education) lines.push(`${String(e['degree'] ?? '')} ${String(e['major'] ?? '')}, ${String(e['institution'] ?? '')}`);
  return resumePdf(lines.filter(Boolean));
}

/** The live candidate that owns an attachment id, with the attachment, or undefined. */
export function attachmentOwner(state: SimState, attachmentId: string): { candidate: CandidateRecord; attachment: AttachmentRecord } | undefined {
  const stored = documentsOf(state).files.get(attachmentId);
  let index = stored ? state.candidates.indexOf(stored.candidateId) : seededAttachmentIndex(attachmentId);
  if (index >= 0 && !state.candidates.isLive(index)) index = -1;
  if (index < 0) return undefined;
  const candidate = structuredClone(state.candidates.get(index));
  const attachment = candidate.attachments.find((a) => a.id === attachmentId);
  return attachment ? { candidate, attachment } : undefined;
}

/** `Content-Disposition` with an ASCII fallback and the RFC 5987 UTF-8 name. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
