import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createClient, SrConfigurationError, SrInvalidRequestError, type ClientOptions } from '../../src/client/index.js';

const SECRET = 'sec_do_not_print_4242';

function configError(options: unknown): SrConfigurationError {
  try {
    createClient(options as ClientOptions);
  } catch (err) {
    expect(err).toBeInstanceOf(SrConfigurationError);
    return err as SrConfigurationError;
  }
  throw new Error('createClient accepted bad options');
}

describe('createClient options', () => {
  it.each([
    ['missing auth', {}, /auth is missing/],
    ['unknown auth type', { auth: { type: 'basic' } }, /auth\.type must be/],
    ['empty api key', { auth: { type: 'api_key', apiKey: '' } }, /auth\.apiKey is empty/],
    ['whitespace api key', { auth: { type: 'api_key', apiKey: '   ' } }, /auth\.apiKey is empty/],
    ['api key with inner whitespace', { auth: { type: 'api_key', apiKey: 'abc def' } }, /auth\.apiKey contains whitespace/],
    ['non-string api key', { auth: { type: 'api_key', apiKey: 12345 } }, /auth\.apiKey must be a string \(got number\)/],
    ['missing client secret', { auth: { type: 'oauth_client_credentials', clientId: 'id1' } }, /auth\.clientSecret is missing/],
    ['missing client id', { auth: { type: 'oauth_client_credentials', clientSecret: SECRET } }, /auth\.clientId is missing/],
    ['bad baseUrl', { baseUrl: 'not a url', auth: { type: 'api_key', apiKey: 'k123' } }, /baseUrl is not a valid URL/],
    ['ftp baseUrl', { baseUrl: 'ftp://x.example', auth: { type: 'api_key', apiKey: 'k123' } }, /baseUrl must use http or https/],
    ['bad tokenUrl', { auth: { type: 'oauth_client_credentials', clientId: 'a', clientSecret: SECRET, tokenUrl: '::' } }, /auth\.tokenUrl/],
    ['negative timeout', { timeoutMs: -1, auth: { type: 'api_key', apiKey: 'k123' } }, /timeoutMs must be ≥ 1/],
    ['fractional retries', { retry: { maxRetries: 1.5 }, auth: { type: 'api_key', apiKey: 'k123' } }, /retry\.maxRetries must be an integer/],
    ['zero rate', { limits: { perSecond: 0 }, auth: { type: 'api_key', apiKey: 'k123' } }, /limits\.perSecond must be ≥ 1/],
    ['hook not a function', { hooks: { onRetry: 1 }, auth: { type: 'api_key', apiKey: 'k123' } }, /hooks\.onRetry must be a function/],
    ['logger without warn', { logger: { debug() {}, info() {}, error() {} }, auth: { type: 'api_key', apiKey: 'k123' } }, /logger\.warn/],
  ])('%s → SrConfigurationError naming the problem', (_name, options, message) => {
    const err = configError(options);
    expect(err.message).toMatch(message);
    expect(err.code).toBe('invalid_options');
    expect(err.status).toBe(0);
  });

  it('never echoes a malformed secret', () => {
    const bad = `${SECRET} trailing`;
    const err = configError({ auth: { type: 'oauth_client_credentials', clientId: 'a', clientSecret: bad } });
    expect(JSON.stringify(err)).not.toContain(SECRET);
    expect(inspect(err, { depth: 10 })).not.toContain(SECRET);
  });

  it('defaults the base URL to the real API', () => {
    expect(createClient({ auth: { type: 'api_key', apiKey: 'k123' } }).baseUrl).toBe('https://api.smartrecruiters.com');
    expect(createClient({ baseUrl: 'http://127.0.0.1:9/', auth: { type: 'api_key', apiKey: 'k123' } }).baseUrl).toBe('http://127.0.0.1:9');
  });

  it('refuses a request with a missing path parameter before any I/O', async () => {
    let calls = 0;
    const client = createClient({
      baseUrl: 'http://127.0.0.1:9',
      auth: { type: 'api_key', apiKey: 'k123' },
      fetch: (async () => {
        calls++;
        return new Response('{}');
      }) as typeof fetch,
    });
    const err = await client.request({ operation: { method: 'GET', path: '/candidates/{id}/tags' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SrInvalidRequestError);
    expect((err as Error).message).toMatch(/missing path parameter "id"/);
    const bodyOnGet = await client.request({ operation: { method: 'GET', path: '/jobs' }, body: { a: 1 } }).catch((e: unknown) => e);
    expect(bodyOnGet).toBeInstanceOf(SrInvalidRequestError);
    const credHeader = await client.request({ operation: { method: 'GET', path: '/jobs' }, headers: { Authorization: 'Bearer x' } }).catch((e: unknown) => e);
    expect(credHeader).toBeInstanceOf(SrInvalidRequestError);
    expect(calls).toBe(0);
  });
});
