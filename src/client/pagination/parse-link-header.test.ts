import { describe, expect, it } from 'vitest';
import { nextLinkFrom } from './parse-link-header.js';

describe('nextLinkFrom', () => {
  it.each([
    ['<https://a/x?p=2>; rel="next"', 'https://a/x?p=2'],
    ['<https://a/x?p=1>; rel="prev", <https://a/x?p=3&q=a,b>; rel=next', 'https://a/x?p=3&q=a,b'],
    ['<https://a/x>; rel="self"', undefined],
    ['<https://a/y>; title="t"; rel="next last"', 'https://a/y'],
    ['', undefined],
  ])('%s', (header, expected) => {
    expect(nextLinkFrom(header)).toBe(expected);
  });
});
