import { describe, expect, it } from 'vitest';
import { AccountError } from './account-error.js';
import { encryptionKeyFrom, generateSecretKey, MIN_SECRET_LENGTH } from './encryption-key.js';
import { openCredentials, sealCredentials } from './seal-credentials.js';

const binding = { accountId: 'acc_0123456789abcdef0123456789abcdef', baseUrl: 'https://api.smartrecruiters.com', authType: 'api_key' as const };

describe('encryptionKeyFrom', () => {
  it('refuses a missing, short or low-variety secret with a clear, field-named error', () => {
    const cases: [unknown, RegExp][] = [
      [undefined, /not set/],
      ['', /not set/],
      ['   ', /not set/],
      ['a1b2c3d4e5f6g7h8'.padEnd(MIN_SECRET_LENGTH - 1, 'x'), /at least 32 characters \(got 31\)/],
      ['ab'.repeat(40), /distinct characters/],
    ];
    for (const [secret, message] of cases) {
      let err: unknown;
      try {
        encryptionKeyFrom(secret as string);
      } catch (e) {
        err = e;
      }
      expect(err, String(secret)).toBeInstanceOf(AccountError);
      expect(err).toMatchObject({ status: 500, code: 'invalid_secret_key', field: 'SRCONNECT_SECRET_KEY' });
      expect((err as Error).message).toMatch(message);
    }
  });

  it('accepts exactly 32 varied characters; the same secret always gives the same key id, another secret another', () => {
    const secret = 'abcdefgh12345678ABCDEFGH!@#$%^&*';
    expect(secret).toHaveLength(32);
    expect(encryptionKeyFrom(secret).id).toBe(encryptionKeyFrom(secret).id);
    expect(encryptionKeyFrom(secret).id).toMatch(/^k1_[0-9a-f]{16}$/);
    expect(encryptionKeyFrom(`${secret}x`).id).not.toBe(encryptionKeyFrom(secret).id);
  });

  it('the key never prints: its id is not derived reversibly and the object hides the bytes', () => {
    const secret = generateSecretKey();
    const key = encryptionKeyFrom(secret);
    const printed = `${JSON.stringify(key)} ${String(key.key)} ${key.id}`;
    expect(printed).not.toContain(secret);
    expect(printed).not.toContain(key.key.export().toString('hex'));
  });
});

describe('generateSecretKey', () => {
  it('gives 256 random bits as 43 base64url characters, different every time, usable as a key', () => {
    const keys = new Set(Array.from({ length: 50 }, generateSecretKey));
    expect(keys.size).toBe(50);
    for (const k of keys) {
      expect(k).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(() => encryptionKeyFrom(k)).not.toThrow();
    }
  });
});

describe('sealCredentials / openCredentials', () => {
  const key = encryptionKeyFrom(generateSecretKey());
  const auth = { type: 'api_key' as const, api_key: 'the-api-key-value' };

  it('round-trips, with a fresh nonce every time and no plaintext in the blob', () => {
    const a = sealCredentials(key, binding, auth);
    const b = sealCredentials(key, binding, auth);
    expect(a.nonce.equals(b.nonce)).toBe(false);
    expect(a.ciphertext.equals(b.ciphertext)).toBe(false);
    expect(a.ciphertext.toString('latin1')).not.toContain('the-api-key-value');
    expect(openCredentials(key, binding, a)).toEqual(auth);
  });

  it('fails, never crashes, on any change of binding, nonce, tag or a single ciphertext bit', () => {
    const sealed = sealCredentials(key, binding, auth);
    const flip = (buf: Buffer, i: number): Buffer => {
      const c = Buffer.from(buf);
      c[i] = (c[i] as number) ^ 1;
      return c;
    };
    const variants = [
      { b: { ...binding, accountId: 'acc_0123456789abcdef0123456789abcdee' }, s: sealed },
      { b: { ...binding, baseUrl: 'https://evil.example' }, s: sealed },
      { b: { ...binding, authType: 'oauth_client_credentials' as const }, s: sealed },
      { b: binding, s: { ...sealed, nonce: flip(sealed.nonce, 0) } },
      { b: binding, s: { ...sealed, nonce: sealed.nonce.subarray(0, 11) } },
      { b: binding, s: { ...sealed, ciphertext: Buffer.alloc(0) } },
      { b: binding, s: { ...sealed, keyId: 'k1_0000000000000000' } },
      ...Array.from({ length: sealed.ciphertext.length }, (_, i) => ({ b: binding, s: { ...sealed, ciphertext: flip(sealed.ciphertext, i) } })),
    ];
    for (const v of variants) {
      expect(() => openCredentials(key, v.b, v.s)).toThrow(expect.objectContaining({ code: 'credentials_undecryptable' }));
    }
  });

  it('another secret cannot open it and says which keys differ', () => {
    const sealed = sealCredentials(key, binding, auth);
    const other = encryptionKeyFrom(generateSecretKey());
    expect(() => openCredentials(other, binding, sealed)).toThrow(new RegExp(`encrypted with key ${key.id} but SRCONNECT_SECRET_KEY gives key ${other.id}`));
    // Even with the key id forged to match, the tag check refuses.
    expect(() => openCredentials(other, binding, { ...sealed, keyId: other.id })).toThrow(/integrity check failed/);
  });
});
