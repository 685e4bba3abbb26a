import { z } from 'zod';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** A file given inline: SmartRecruiters wants multipart, callers (JSON, CLI, MCP) send base64. */
export const fileInputSchema = z
  .strictObject({
    filename: z.string().min(1),
    content_base64: z.string().min(4).regex(BASE64, 'standard base64 (A-Z a-z 0-9 + /, padded with =)'),
    content_type: z.string().min(1).optional(),
  })
  .describe('file content as base64; sent as a multipart part');

export type FileInput = z.infer<typeof fileInputSchema>;

const TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  rtf: 'application/rtf',
  txt: 'text/plain',
  html: 'text/html',
  odt: 'application/vnd.oasis.opendocument.text',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

/** The declared content type, or one guessed from the file extension. */
export function contentTypeOf(file: FileInput): string {
  if (file.content_type) return file.content_type;
  const ext = /\.([A-Za-z0-9]+)$/.exec(file.filename)?.[1]?.toLowerCase() ?? '';
  return TYPES[ext] ?? 'application/octet-stream';
}

export function decodeBase64(content: string): Uint8Array {
  return new Uint8Array(Buffer.from(content, 'base64'));
}
