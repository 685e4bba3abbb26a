import { z } from 'zod';
import { unifiedModel } from '../common/unified-record.js';

export const AttachmentType = z.enum(['RESUME', 'COVER_LETTER', 'OFFER_LETTER', 'OTHER']);

export const Attachment = unifiedModel('Attachment', 'A file on a candidate or on one of their applications.', {
  candidate_id: z.string(),
  application_id: z.string().nullable().meta({ description: 'Set when the file belongs to one application' }),
  file_name: z.string().nullable(),
  attachment_type: AttachmentType,
  remote_type: z.string().nullable(),
  content_type: z.string().nullable(),
  size_bytes: z.number().nullable(),
});
export type Attachment = z.infer<typeof Attachment>;

/** The non-file parts of an upload (multipart form fields). */
export const AttachmentUploadFields = z
  .object({
    candidate_id: z.string().min(1).max(200),
    job_id: z.string().min(1).max(200).optional().meta({ description: 'Attach to the application to this job instead of the candidate' }),
    attachment_type: AttachmentType.optional(),
  })
  .strict();
export type AttachmentUploadFields = z.infer<typeof AttachmentUploadFields>;
