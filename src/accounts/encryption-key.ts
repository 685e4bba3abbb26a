import { createHmac, createSecretKey, hkdfSync, randomBytes, type KeyObject } from 'node:crypto';
import { AccountError } from './account-error.js';

/** The key that encrypts stored credentials, derived from SRCONNECT_SECRET_KEY. */
export interface EncryptionKey {
  /** A public fingerprint (not the key): stored beside each blob so a different key is named as such. */
  readonly id: string;
  /** AES-256 key material; a KeyObject so it never prints or serialises. */
  readonly key: KeyObject;
}

export const MIN_SECRET_LENGTH = 32;
const MIN_DISTINCT_CHARS = 8;
const SALT = 'srconnect/credentials/v1';

/**
 * HKDF-SHA256 (RFC 5869), not scrypt: the secret is a machine secret (`srconnect keygen` prints
 * 256 random bits), not a password, so stretching buys nothing while costing every CLI run and
 * server start ~100 ms; HKDF also separates the encryption key and the fingerprint by `info`.
 * Human-looking weak secrets are refused instead (too short, too few distinct characters).
 */
export function encryptionKeyFrom(secret: string | undefined): EncryptionKey {
  if (typeof secret !== 'string' || secret.trim() === '') {
    throw keyError('SRCONNECT_SECRET_KEY is not set; run `srconnect keygen` and export its output');
  }
  if (secret.length < MIN_SECRET_LENGTH) {
    throw keyError(`SRCONNECT_SECRET_KEY must be at least ${MIN_SECRET_LENGTH} characters (got ${secret.length}); run \`srconnect keygen\``);
  }
  if (new Set(secret).size < MIN_DISTINCT_CHARS) {
    throw keyError(`SRCONNECT_SECRET_KEY has fewer than ${MIN_DISTINCT_CHARS} distinct characters; use \`srconnect keygen\``);
  }
  const ikm = Buffer.from(secret, 'utf8');
  const material = Buffer.from(hkdfSync('sha256', ikm, SALT, 'aes-256-gcm credentials key', 32));
  const fingerprint = Buffer.from(hkdfSync('sha256', ikm, SALT, 'key id', 32));
  const id = `k1_${createHmac('sha256', fingerprint).update('srconnect key id').digest('hex').slice(0, 16)}`;
  const key = createSecretKey(material);
  material.fill(0);
  return { id, key };
}

/**
 * A 256-bit key for another purpose than credentials (e.g. signing unified list cursors), derived
 * from the same SRCONNECT_SECRET_KEY with its own HKDF `info`, so no two purposes share a key.
 */
export function derivedKeyFrom(secret: string | undefined, purpose: string): KeyObject {
  encryptionKeyFrom(secret);
  const material = Buffer.from(hkdfSync('sha256', Buffer.from(secret as string, 'utf8'), SALT, `srconnect ${purpose}`, 32));
  const key = createSecretKey(material);
  material.fill(0);
  return key;
}

/** A fresh SRCONNECT_SECRET_KEY: 32 random bytes, base64url (43 characters). */
export function generateSecretKey(): string {
  return randomBytes(32).toString('base64url');
}

function keyError(message: string): AccountError {
  return new AccountError({ status: 500, code: 'invalid_secret_key', message, field: 'SRCONNECT_SECRET_KEY' });
}
