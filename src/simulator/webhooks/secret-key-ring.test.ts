import { describe, expect, it } from 'vitest';
import { MAX_LIVE_SECRET_KEYS, REPLACED_KEY_LIFETIME_MS, SecretKeyRing } from './secret-key-ring.js';

describe('SecretKeyRing', () => {
  it('has no key until one is generated', () => {
    const ring = new SecretKeyRing();
    expect(ring.current(0)).toBeUndefined();
    expect(ring.live(0)).toEqual([]);
  });

  it('keeps a replaced key live for 24 h, then drops it', () => {
    const ring = new SecretKeyRing();
    const first = ring.generate(1_000);
    const second = ring.generate(2_000);
    if (!first.ok || !second.ok) throw new Error('generate failed');
    expect(first.value).toMatch(/^[A-Za-z0-9]{21}$/);
    expect(first.value).not.toBe(second.value);
    expect(ring.current(2_000)).toBe(second.value);
    expect(ring.live(2_000 + REPLACED_KEY_LIFETIME_MS - 1)).toEqual([second.value, first.value]);
    expect(ring.live(2_000 + REPLACED_KEY_LIFETIME_MS)).toEqual([second.value]);
    expect(ring.current(10 * REPLACED_KEY_LIFETIME_MS)).toBe(second.value);
  });

  it('refuses a 17th live key and accepts again once old ones expire', () => {
    const ring = new SecretKeyRing();
    for (let i = 0; i < MAX_LIVE_SECRET_KEYS; i++) expect(ring.generate(i).ok).toBe(true);
    const refused = ring.generate(100);
    expect(refused).toMatchObject({ ok: false, reason: 'too_many_keys' });
    expect(ring.live(100)).toHaveLength(MAX_LIVE_SECRET_KEYS);
    expect(ring.generate(100 + REPLACED_KEY_LIFETIME_MS).ok).toBe(true);
    expect(ring.live(100 + REPLACED_KEY_LIFETIME_MS)).toHaveLength(2);
  });
});
