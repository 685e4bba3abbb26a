import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AccountError } from './account-error.js';
import type { AccountAuthInput, AuthType } from './account-types.js';
import type { EncryptionKey } from './encryption-key.js';

/** What a blob is bound to: decrypting it under any other account, host or auth type fails. */
export interface CredentialsBinding {
  readonly accountId: string;
  readonly baseUrl: string;
  readonly authType: AuthType;
}

export interface SealedCredentials {
  /** Ciphertext with the 16-byte GCM tag appended. */
  readonly ciphertext: Buffer;
  readonly nonce: Buffer;
  readonly keyId: string;
}

const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/**
 * The additional authenticated data. Binding the base URL too means someone who can write the
 * database cannot point an account at their own host and have us send it the decrypted secret.
 */
function aad(b: CredentialsBinding): Buffer {
  return Buffer.from(JSON.stringify(['srconnect.credentials.v1', b.accountId, b.baseUrl, b.authType]), 'utf8');
}

/** AES-256-GCM with a fresh random 96-bit nonce per encryption. */
export function sealCredentials(key: EncryptionKey, binding: CredentialsBinding, auth: AccountAuthInput): SealedCredentials {
  if (auth.type !== binding.authType) throw new Error('sealCredentials: auth type does not match its binding');
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad(binding));
  const plain = Buffer.from(JSON.stringify(auth), 'utf8');
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  plain.fill(0);
  return { ciphertext, nonce, keyId: key.id };
}

/** Decrypts, or throws AccountError 'credentials_undecryptable' saying why (never a crash, never the secret). */
export function openCredentials(key: EncryptionKey, binding: CredentialsBinding, sealed: SealedCredentials): AccountAuthInput {
  const fail = (why: string): never => {
    throw new AccountError({
      status: 500,
      code: 'credentials_undecryptable',
      message: `the stored credentials of account ${binding.accountId} cannot be decrypted: ${why}`,
    });
  };
  if (sealed.keyId !== key.id) {
    fail(`they were encrypted with key ${sealed.keyId} but SRCONNECT_SECRET_KEY gives key ${key.id}; start with the secret they were stored under, or link the account again`);
  }
  if (sealed.nonce.length !== NONCE_BYTES || sealed.ciphertext.length <= TAG_BYTES) fail('the stored blob is malformed');
  let plain: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.key, sealed.nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad(binding));
    decipher.setAuthTag(sealed.ciphertext.subarray(sealed.ciphertext.length - TAG_BYTES));
    plain = Buffer.concat([decipher.update(sealed.ciphertext.subarray(0, sealed.ciphertext.length - TAG_BYTES)), decipher.final()]);
  } catch {
    return fail('the integrity check failed (the blob was altered, or belongs to another account or base URL); link the account again');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(plain.toString('utf8'));
  } finally {
    plain.fill(0);
  }
  const auth = parsed as AccountAuthInput;
  if (!parsed || typeof parsed !== 'object' || auth.type !== binding.authType) fail('the decrypted credentials do not match the account');
  return auth;
}
