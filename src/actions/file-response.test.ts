import { describe, expect, it } from 'vitest';
import { fileResponseData } from './file-response.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('fileResponseData', () => {
  it('returns a file as base64 with its name, type and size', () => {
    const headers = new Headers({ 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="cv 2025.pdf"' });
    expect(fileResponseData(bytes('%PDF-1.4'), headers)).toEqual({ filename: 'cv 2025.pdf', content_type: 'application/pdf', size: 8, content_base64: 'JVBERi0xLjQ=' });
  });

  it('prefers the RFC 5987 filename*, and survives a malformed one', () => {
    const ok = new Headers({ 'content-type': 'text/plain', 'content-disposition': `attachment; filename="x.txt"; filename*=UTF-8''%C5%BC%C3%B3%C5%82w.txt` });
    expect(fileResponseData(bytes('a'), ok)).toMatchObject({ filename: 'żółw.txt' });
    const bad = new Headers({ 'content-type': 'text/plain', 'content-disposition': `attachment; filename="x.txt"; filename*=UTF-8''%E0%A4%A` });
    expect(fileResponseData(bytes('a'), bad)).toMatchObject({ filename: 'x.txt' });
  });

  it('passes a JSON answer through as JSON', () => {
    expect(fileResponseData(bytes('{"url":"https://x"}'), new Headers({ 'content-type': 'application/json; charset=utf-8' }))).toEqual({ url: 'https://x' });
  });
});
