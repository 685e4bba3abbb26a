import { describe, expect, it } from 'vitest';
import { Redactor } from './redactor.js';

describe('Redactor', () => {
  it('masks known secrets and credential-shaped text', () => {
    const r = new Redactor(['my-api-key-123']);
    r.add('tok_abc/def');
    const out = r.redact(
      'key my-api-key-123 tok_abc%2Fdef ?client_secret=s3cr3t&x=1 access_token=zzz Authorization: Bearer eyJ.abc.def {"access_token":"qq"} X-SmartToken: other',
    );
    for (const leaked of ['my-api-key-123', 'tok_abc%2Fdef', 's3cr3t', 'zzz', 'eyJ.abc.def', '"qq"', 'other']) expect(out).not.toContain(leaked);
    expect(out).toContain('x=1');
  });

  it('copies errors down the cause chain without their other properties', () => {
    const r = new Redactor(['sekret-value']);
    const inner = Object.assign(new Error('connect to ?access_token=sekret-value failed'), { code: 'ECONNRESET', headers: { a: 'sekret-value' } });
    const outer = new TypeError('fetch failed', { cause: inner });
    const copy = r.redactError(outer) as Error & { cause: Error & { code: string; headers?: unknown } };
    expect(copy.cause.code).toBe('ECONNRESET');
    expect(copy.cause.headers).toBeUndefined();
    expect(JSON.stringify({ m: copy.cause.message, s: copy.stack })).not.toContain('sekret-value');
  });
});
