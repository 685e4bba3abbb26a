import { describe, expect, it } from 'vitest';
import { ActionInputError, ActionWalkError, UnknownActionError } from '../actions/index.js';
import { SrAuthenticationError, SrConnectionError, SrNotFoundError, SrRateLimitError, SrServerError, SrValidationError } from '../client/index.js';
import { CliError } from './cli-error.js';
import { describeFailure } from './describe-failure.js';
import { integerOption } from './option-parsers.js';

const at = { method: 'GET', path: '/candidates/x' };

describe('describeFailure', () => {
  it.each([
    [new CliError('bad flag'), 2],
    [new CliError('no credentials', 'auth'), 3],
    [new ActionInputError('get_candidate', [{ path: 'id', rule: 'required', received: 'undefined' }]), 2],
    [new UnknownActionError('nope', []), 2],
    [new SrAuthenticationError({ status: 401, message: 'SmartRecruiters 401', ...at }), 3],
    [new SrNotFoundError({ status: 404, message: 'SmartRecruiters 404', ...at }), 4],
    [new SrRateLimitError({ status: 429, message: 'SmartRecruiters 429', ...at }), 5],
    [new SrConnectionError({ code: 'timeout', message: 'timed out', ...at }), 5],
    [new SrServerError({ status: 503, message: 'SmartRecruiters 503', ...at }), 5],
    [new SrServerError({ status: 500, message: 'SmartRecruiters 500', ...at }), 1],
    [new SrServerError({ status: 501, message: 'SmartRecruiters 501', ...at }), 1],
    [new SrValidationError({ status: 400, message: 'SmartRecruiters 400', ...at }), 1],
    [new ActionWalkError('search_candidates', [], 0, undefined, new SrServerError({ status: 504, message: 'x', ...at })), 5],
    [new ActionWalkError('search_candidates', [], 2, '6', new SrNotFoundError({ status: 404, message: 'x', ...at })), 4],
    [new TypeError('a bug'), 1],
    ['a string', 1],
    [null, 1],
    [undefined, 1],
    [{ weird: true }, 1],
  ] as const)('%o → exit %i, one line', (err, exit) => {
    const r = describeFailure(err, { host: 'api.example:443' });
    expect(r.exit).toBe(exit);
    expect(r.line).toMatch(/^srconnect: \S/);
    expect(r.line).not.toContain('\n');
  });

  it('names the host, and the attempts when the client counted them', () => {
    const err = new SrConnectionError({ code: 'timeout', message: 'SmartRecruiters GET /candidates/x timed out after 150 ms', ...at });
    expect(describeFailure(err, { host: 'h:1', attempts: new Map([['GET /candidates/x', 5]]) }).line).toBe(
      'srconnect: SmartRecruiters GET /candidates/x timed out after 150 ms (5 attempts to h:1)',
    );
    expect(describeFailure(err, { host: 'h:1', attempts: new Map([['GET /candidates/x', 1]]) }).line).toMatch(/\(1 attempt to h:1\)$/);
    expect(describeFailure(err, { host: 'h:1' }).line).toMatch(/\(host h:1\)$/);
    // Not a client error: no host to name.
    expect(describeFailure(new CliError('x'), { host: 'h:1' }).line).toBe('srconnect: x');
  });

  it('a multi-line message from a server stays one line', () => {
    const err = new SrValidationError({ status: 400, message: 'SmartRecruiters 400 on GET /x: line one\n  line two\r\nthree', ...at });
    expect(describeFailure(err).line).toBe('srconnect: SmartRecruiters 400 on GET /x: line one line two three');
  });
});

describe('integerOption', () => {
  const parse = integerOption('--n', 1, 100);
  it.each(['1', '100', ' 7 '])('accepts %j', (v) => expect(parse(v)).toBe(Number(v)));
  it.each(['0', '101', '5abc', '1e2', '1.5', '', ' ', '0x10', '-1', 'NaN', 'Infinity', '99999999999999999999'])('refuses %j', (v) => {
    expect(() => parse(v)).toThrow(/--n must be an integer between 1 and 100/);
  });
});
