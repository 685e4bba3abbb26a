import type { IncomingMessage } from 'node:http';
import type { BodyMode } from '../../spec/index.js';
import { SimError } from './sim-error.js';

export const MAX_BODY_BYTES = 20 * 1024 * 1024;

/** Reads the whole request body; answers 413 past the cap instead of buffering without end. */
export async function readRawBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new SimError(413, 'PAYLOAD_TOO_LARGE', `body: larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch (err) {
    throw new SimError(400, 'INVALID_JSON', `body: malformed JSON (${(err as Error).message})`);
  }
}

async function parseMultipart(raw: Buffer, contentType: string): Promise<Record<string, unknown>> {
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new SimError(400, 'INVALID_MULTIPART', 'body: malformed multipart/form-data');
  }
  const out: Record<string, unknown> = {};
  for (const [name, value] of form.entries()) {
    out[name] =
      typeof value === 'string'
        ? value
        : { fileName: value.name, mimeType: value.type || 'application/octet-stream', size: value.size, content: Buffer.from(await value.arrayBuffer()) };
  }
  return out;
}

/**
 * Parses the body the way the operation declares it. A body sent with the wrong content type gets
 * 415; malformed JSON gets 400. An empty body is allowed here; handlers decide what they require.
 */
export async function parseBody(mode: BodyMode, raw: Buffer, contentType: string | undefined): Promise<unknown> {
  if (mode === 'none' || raw.length === 0) return undefined;
  const type = mediaType(contentType);
  if (mode === 'json' || mode === 'json-patch') {
    const ok = type === 'application/json' || type.endsWith('+json');
    if (!ok) throw new SimError(415, 'UNSUPPORTED_MEDIA_TYPE', `Content-Type: expected application/json, got "${type || 'none'}"`);
    const value = parseJson(raw);
    if (mode === 'json-patch' && type === 'application/json-patch+json' && !Array.isArray(value)) {
      throw new SimError(400, 'INVALID_FIELD', 'body: a JSON Patch document must be an array of operations');
    }
    return value;
  }
  if (mode === 'multipart') {
    if (type !== 'multipart/form-data') {
      throw new SimError(415, 'UNSUPPORTED_MEDIA_TYPE', `Content-Type: expected multipart/form-data, got "${type || 'none'}"`);
    }
    return parseMultipart(raw, contentType ?? '');
  }
  if (type !== 'application/x-www-form-urlencoded') {
    throw new SimError(415, 'UNSUPPORTED_MEDIA_TYPE', `Content-Type: expected application/x-www-form-urlencoded, got "${type || 'none'}"`);
  }
  return Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
}
