import { randomBytes } from 'node:crypto';

/** How long a replaced key keeps signing (official page: "still active for 24 hours"). */
export const REPLACED_KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** "You can have up to 16 non-expired secret keys." */
export const MAX_LIVE_SECRET_KEYS = 16;

interface SecretKey {
  readonly value: string;
  readonly createdAt: number;
  /** null while it is the current key. */
  expiresAt: number | null;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * The secret keys of one subscription. Creating a key deprecates the current one, which then
 * signs for 24 more hours; expired keys drop off.
 */
export class SecretKeyRing {
  private keys: SecretKey[] = [];

  /** Adds a new current key, or says why not (the 16-key ceiling). */
  generate(now: number): { ok: true; value: string } | { ok: false; reason: 'too_many_keys'; message: string } {
    this.prune(now);
    if (this.keys.length >= MAX_LIVE_SECRET_KEYS) {
      return {
        ok: false,
        reason: 'too_many_keys',
        message: `a subscription can have at most ${MAX_LIVE_SECRET_KEYS} non-expired secret keys; replaced keys expire 24 hours after replacement`,
      };
    }
    for (const key of this.keys) key.expiresAt ??= now + REPLACED_KEY_LIFETIME_MS;
    const value = randomKey(21);
    this.keys.push({ value, createdAt: now, expiresAt: null });
    return { ok: true, value };
  }

  /** The newest key, if any. */
  current(now: number): string | undefined {
    this.prune(now);
    return this.keys.at(-1)?.value;
  }

  /** Every key that still signs, newest first. */
  live(now: number): string[] {
    this.prune(now);
    return this.keys.map((k) => k.value).reverse();
  }

  private prune(now: number): void {
    this.keys = this.keys.filter((k) => k.expiresAt === null || k.expiresAt > now);
  }
}

function randomKey(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      // 248 = 4 * 62: rejecting the top bytes keeps every character equally likely.
      if (byte < 248 && out.length < length) out += ALPHABET[byte % 62];
    }
  }
  return out;
}
