import { describe, expect, it } from 'vitest';
import { resolveProxyPath, splitProxyTarget } from './resolve-proxy-path.js';

describe('resolveProxyPath', () => {
  it('keeps ordinary paths and queries as they are', () => {
    expect(resolveProxyPath('candidates', '')).toEqual({ ok: true, path: '/candidates' });
    expect(resolveProxyPath('candidates/abc-123/attachments', 'limit=5&status=NEW&status=HIRED')).toEqual({
      ok: true,
      path: '/candidates/abc-123/attachments?limit=5&status=NEW&status=HIRED',
    });
    expect(resolveProxyPath('jobs/', '')).toEqual({ ok: true, path: '/jobs/' });
    expect(resolveProxyPath('users', 'email=a%40b.com&q={x}')).toEqual({ ok: true, path: '/users?email=a%40b.com&q=%7Bx%7D' });
    expect(resolveProxyPath('candidates/Mart%C3%ADnez%20Jr', '')).toEqual({ ok: true, path: '/candidates/Mart%C3%ADnez%20Jr' });
    // `..;` is not a dot segment for any URL parser: kept, encoded.
    expect(resolveProxyPath('a/..;', '')).toEqual({ ok: true, path: '/a/..%3B' });
  });

  const escapes = [
    '',
    '..',
    '../x',
    'a/../../b',
    '.',
    './candidates',
    'candidates/.',
    '%2e%2e/x',
    '%2E%2E',
    '.%2e/x',
    '%2e',
    'a%2fb',
    '..%2f..%2fetc',
    '%2F%2Fevil.example',
    '/evil.example/x',
    '//evil.example',
    'a//b',
    'http://evil.example/x',
    'http:%2F%2Fevil.example',
    'https:/evil.example',
    '@evil.example',
    'user@evil.example/x',
    '%40evil.example',
    '\\evil.example',
    '%5cevil.example',
    '%5C%5Cevil.example/x',
    'a\\..\\b',
    'a%00b',
    'a%0d%0aHost:%20evil',
    '%zz',
    'a%',
    'a%3f=1',
    'a%23frag',
  ];
  it.each(escapes)('refuses %j with a reason', (rest) => {
    const d = resolveProxyPath(rest, '');
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.reason.length).toBeGreaterThan(10);
  });

  it('refuses a fragment in the query', () => {
    expect(resolveProxyPath('candidates', 'a=1#@evil').ok).toBe(false);
  });

  it('whatever it accepts stays on the base host and under it', () => {
    const base = 'https://api.smartrecruiters.com';
    for (const rest of ['candidates', 'a/b/c', 'a%20b', 'a/x:y', 'jobs/', '~user', "it's"]) {
      const d = resolveProxyPath(rest, 'q=http://evil.example/@x');
      expect(d.ok).toBe(true);
      if (d.ok) expect(new URL(base + d.path).host).toBe('api.smartrecruiters.com');
    }
  });
});

describe('splitProxyTarget', () => {
  it('splits the raw target after the account id', () => {
    expect(splitProxyTarget('/proxy/acc_1/candidates/x?limit=1')).toEqual({ accountId: 'acc_1', rest: 'candidates/x', query: 'limit=1' });
    expect(splitProxyTarget('/proxy/acc_1')).toEqual({ accountId: 'acc_1', rest: '', query: '' });
    expect(splitProxyTarget('/proxy/acc_1/../acc_2/x')).toEqual({ accountId: 'acc_1', rest: '../acc_2/x', query: '' });
    expect(splitProxyTarget('/other')).toBeUndefined();
    expect(splitProxyTarget('http://evil/proxy/a/b')).toBeUndefined();
  });
});
