import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountError } from './account-error.js';
import { validateBaseUrl, validateLinkInput, validateUpdateInput } from './validate-account-input.js';

describe('validateLinkInput / validateUpdateInput (property-based)', () => {
  it('any input either validates or is a 400 AccountError naming a field; never another error', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), fc.boolean(), (name, auth, baseUrl, asObject) => {
        const input = asObject ? { name, auth, base_url: baseUrl } : name;
        for (const validate of [validateLinkInput, validateUpdateInput]) {
          try {
            validate(input);
          } catch (err) {
            expect(err).toBeInstanceOf(AccountError);
            expect((err as AccountError).status).toBe(400);
            expect((err as AccountError).field).toMatch(/^(body|name|auth|auth\.\w+|base_url)$/);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('every accepted base_url is http(s), without credentials, query or fragment, and re-validates to itself', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string()), (raw) => {
        let url: string;
        try {
          url = validateBaseUrl(raw);
        } catch (err) {
          expect(err).toMatchObject({ status: 400, code: 'invalid_base_url', field: 'base_url' });
          return;
        }
        const parsed = new URL(url);
        expect(['http:', 'https:']).toContain(parsed.protocol);
        expect(parsed.username + parsed.password + parsed.search + parsed.hash).toBe('');
        expect(url.endsWith('/')).toBe(false);
        expect(validateBaseUrl(url)).toBe(url);
      }),
      { numRuns: 500 },
    );
  });

  it('a secret in a rejected credential never appears in the message', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 6 }).map((s) => `${s} sekrit`), (secret) => {
        try {
          validateLinkInput({ name: 'x', auth: { type: 'api_key', api_key: secret } });
        } catch (err) {
          expect((err as Error).message).not.toContain(secret);
        }
      }),
    );
  });
});
