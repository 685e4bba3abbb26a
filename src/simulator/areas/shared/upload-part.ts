import { SimError } from '../../core/sim-error.js';

/**
 * Largest file a multipart upload may carry. The Candidates API docs state no limit; 10 MB is
 * a careful server's choice (the Application API documents 2 MB per base64 file, see apply-area).
 */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** A file part of a multipart body, as core/read-body.ts parses it. */
export interface UploadedFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly size: number;
  readonly content: Buffer;
}

/** The multipart fields object, or `{}` when the request had no body at all. */
export function multipartFields(body: unknown): Record<string, unknown> {
  if (body === undefined) return {};
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new SimError(400, 'INVALID_FIELD', 'body: must be multipart/form-data');
  return body as Record<string, unknown>;
}

function isFile(v: unknown): v is UploadedFile {
  return typeof v === 'object' && v !== null && Buffer.isBuffer((v as UploadedFile).content) && typeof (v as UploadedFile).fileName === 'string';
}

/** The file part `name`: 400 when missing, not a file, or empty; 413 past `MAX_UPLOAD_BYTES`. */
export function requireFile(fields: Record<string, unknown>, name = 'file', maxBytes = MAX_UPLOAD_BYTES): UploadedFile {
  const v = fields[name];
  if (v === undefined) throw new SimError(400, 'MISSING_FIELD', `${name}: is required (a multipart file part named "${name}")`);
  if (!isFile(v)) throw new SimError(400, 'INVALID_FIELD', `${name}: must be a file part (with a filename), got a text field`);
  if (v.size === 0) throw new SimError(400, 'INVALID_FIELD', `${name}: the file "${v.fileName}" is empty`);
  if (v.size > maxBytes) throw new SimError(413, 'PAYLOAD_TOO_LARGE', `${name}: the file "${v.fileName}" is ${v.size} bytes; the limit is ${maxBytes} bytes`);
  return v;
}

/** A text part; 400 naming it when it is a file or not one of `options.enum`. */
export function textPart(fields: Record<string, unknown>, name: string, options: { required?: boolean; enum?: readonly string[] } = {}): string | undefined {
  const v = fields[name];
  if (v === undefined || v === '') {
    if (options.required) throw new SimError(400, 'MISSING_FIELD', `${name}: is required`);
    return undefined;
  }
  if (typeof v !== 'string') throw new SimError(400, 'INVALID_FIELD', `${name}: must be a text field, got a file`);
  if (options.enum && !options.enum.includes(v)) throw new SimError(400, 'INVALID_FIELD', `${name}: must be one of ${options.enum.join(', ')}, got "${v}"`);
  return v;
}

/** A boolean text part (`true`/`false`). */
export function booleanPart(fields: Record<string, unknown>, name: string): boolean | undefined {
  const v = textPart(fields, name);
  if (v === undefined) return undefined;
  if (v !== 'true' && v !== 'false') throw new SimError(400, 'INVALID_FIELD', `${name}: must be true or false, got "${v}"`);
  return v === 'true';
}
