import { describe, expect, it } from 'vitest';
import { outputWarnings } from './output-warnings.js';

const issues = (n: number) => Array.from({ length: n }, (_, i) => ({ path: `a.${i}`, message: `expected string, received number` }));

describe('outputWarnings', () => {
  it('nothing for an answer that matched or was not checked', () => {
    expect(outputWarnings('get_candidate', { ok: true, reason: 'matched' })).toEqual([]);
    expect(outputWarnings('get_candidate', { ok: true, reason: 'not_checked' })).toEqual([]);
  });

  it('one line per issue up to the cap, exactly at the cap no "more" line, above it a count', () => {
    expect(outputWarnings('x', { ok: false, reason: 'schema_mismatch', issues: issues(1) })).toEqual([
      'srconnect: warning: x answer does not match the documented output at a.0: expected string, received number',
    ]);
    expect(outputWarnings('x', { ok: false, reason: 'schema_mismatch', issues: issues(5) })).toHaveLength(5);
    const many = outputWarnings('x', { ok: false, reason: 'schema_mismatch', issues: issues(10_000) });
    expect(many).toHaveLength(6);
    expect(many[5]).toBe('srconnect: warning: … and 9995 more');
  });

  it('a hostile path (newlines, escapes, huge) stays on one short line', () => {
    const [line] = outputWarnings('x', { ok: false, reason: 'schema_mismatch', issues: [{ path: 'a\n\u001b[31mb' + 'c'.repeat(10_000), message: 'm\r\nn' }] });
    expect([...(line as string)].filter((c) => c.charCodeAt(0) < 0x20)).toEqual([]);
    expect((line as string).length).toBeLessThan(600);
    expect(line).toMatch(/: m n$/);
  });
});
