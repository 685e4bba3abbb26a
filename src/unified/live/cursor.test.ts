import { createSecretKey, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openCursor, sealCursor, type CursorBinding } from './cursor.js';
import { UnifiedError } from './unified-error.js';

const key = createSecretKey(randomBytes(32));
const binding: CursorBinding = { accountId: 'acc_1', resource: 'ats/candidates', filters: { status: 'NEW', limit: 10 } };

function refusal(fn: () => unknown): UnifiedError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UnifiedError) return e;
    throw e;
  }
  throw new Error('accepted');
}

describe('cursor', () => {
  it('round-trips the position and hides it', () => {
    const c = sealCursor(key, binding, { up: 'YzE6MToy', skip: 3 });
    expect(openCursor(key, { ...binding, filters: { limit: 10, status: 'NEW' } }, c)).toEqual({ up: 'YzE6MToy', skip: 3 });
    expect(Buffer.from(c, 'base64url').toString('latin1')).not.toContain('YzE6');
  });

  it('refuses every single-byte change', () => {
    const c = sealCursor(key, binding, { up: 'abc' });
    const raw = Buffer.from(c, 'base64url');
    for (let i = 0; i < raw.length; i++) {
      const t = Buffer.from(raw);
      t[i] = (t[i] as number) ^ 1;
      const e = refusal(() => openCursor(key, binding, t.toString('base64url')));
      expect(e).toMatchObject({ status: 400, code: 'invalid_cursor', field: 'cursor' });
    }
  });

  it('names why: another account, another list, other filters, another key, junk', () => {
    const c = sealCursor(key, binding, 1);
    expect(refusal(() => openCursor(key, { ...binding, accountId: 'acc_2' }, c)).message).toMatch(/another account/);
    expect(refusal(() => openCursor(key, { ...binding, resource: 'ats/jobs' }, c)).message).toMatch(/another list \(ats\/candidates\)/);
    expect(refusal(() => openCursor(key, { ...binding, filters: { status: 'HIRED', limit: 10 } }, c)).message).toMatch(/other filters/);
    expect(refusal(() => openCursor(createSecretKey(randomBytes(32)), binding, c)).message).toMatch(/altered/);
    for (const junk of ['', 'x', '../../etc', 'a'.repeat(9000), '%%%', c.slice(0, 20)]) expect(refusal(() => openCursor(key, binding, junk)).field).toBe('cursor');
  });
});
