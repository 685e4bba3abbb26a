import type { Attachment } from '../ats/attachment.js';

/** SmartRecruiters' upload types are RESUME, COVER_LETTER and GENERIC_FILE: an offer letter is uploaded as a generic file. */
export function fromAttachmentType(type: Attachment['attachment_type'] | undefined): string {
  return type === 'RESUME' || type === 'COVER_LETTER' ? type : 'GENERIC_FILE';
}

/** The multipart framing around a file sent as is: the `attachmentType` part, then the `file` part's header; and the closing line. */
export function multipartFraming(boundary: string, attachmentType: string, file?: { name: string; contentType: string }): { head: string; tail: string } {
  const type = `--${boundary}\r\nContent-Disposition: form-data; name="attachmentType"\r\n\r\n${attachmentType}\r\n`;
  if (!file) return { head: type, tail: '' };
  const safeName = file.name.replace(/["\r\n\\]/g, '_');
  return {
    head: `${type}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${safeName}"\r\nContent-Type: ${file.contentType}\r\n\r\n`,
    tail: `\r\n--${boundary}--\r\n`,
  };
}
