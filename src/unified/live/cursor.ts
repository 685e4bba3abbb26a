import { createCipheriv, createDecipheriv, createHash, randomBytes, type KeyObject } from 'node:crypto';
import { badField } from './unified-error.js';

/** The HKDF purpose of the cursor key (derived from SRCONNECT_SECRET_KEY), shared by the server and the CLI. */
export const CURSOR_KEY_PURPOSE = 'unified list cursor';

/** What a cursor is bound to: it is only valid for the same account, list and filters. */
export interface CursorBinding {
  readonly accountId: string;
  readonly resource: string;
  readonly filters: Record<string, unknown>;
}

interface Sealed {
  readonly v: 1;
  readonly a: string;
  readonly r: string;
  /** Hash of the filters (they may hold an e-mail address; the cursor is opaque but kept small). */
  readonly f: string;
  readonly p: unknown;
}

const IV = 12;
const TAG = 16;
const MAX_CURSOR = 8192;

function filtersHash(filters: Record<string, unknown>): string {
  const canonical = JSON.stringify(Object.keys(filters).sort().map((k) => [k, filters[k]]));
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 22);
}

/**
 * An opaque, tamper-evident cursor: AES-256-GCM over the upstream position and what it is bound
 * to. Changing one byte fails authentication; a cursor of another account, list or filter set
 * opens but is refused naming which.
 */
export function sealCursor(key: KeyObject, binding: CursorBinding, position: unknown): string {
  const body: Sealed = { v: 1, a: binding.accountId, r: binding.resource, f: filtersHash(binding.filters), p: position };
  const iv = randomBytes(IV);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(JSON.stringify(body), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, data, cipher.getAuthTag()]).toString('base64url');
}

/** The position a cursor holds, or a 400 on `cursor` saying why it is refused. */
export function openCursor(key: KeyObject, binding: CursorBinding, cursor: string): unknown {
  const refuse = (why: string) => badField('cursor', why, 'invalid_cursor');
  if (cursor.length > MAX_CURSOR || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw refuse('not a cursor this server issued');
  const raw = Buffer.from(cursor, 'base64url');
  if (raw.length < IV + TAG + 2) throw refuse('not a cursor this server issued');
  let body: Sealed;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV));
    decipher.setAuthTag(raw.subarray(raw.length - TAG));
    const text = Buffer.concat([decipher.update(raw.subarray(IV, raw.length - TAG)), decipher.final()]).toString('utf8');
    body = JSON.parse(text) as Sealed;
  } catch {
    throw refuse('altered, or not issued by this server (or its SRCONNECT_SECRET_KEY changed); start again without cursor');
  }
  if (body.a !== binding.accountId) throw refuse('belongs to another account; start again without cursor');
  if (body.r !== binding.resource) throw refuse(`belongs to another list (${body.r}), not ${binding.resource}`);
  if (body.f !== filtersHash(binding.filters)) throw refuse('was issued with other filters or another limit; keep those of the first page, or start again without cursor');
  return body.p;
}
