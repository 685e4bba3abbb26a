import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signatureHeader, signWebhookV1 } from './sign-webhook.js';

// The worked example of the official page reference/subscriptionsgeneratesecretkey-1.
const documented = {
  key: 'HeBVky2bccvvkcXPimH8c',
  input: {
    timestamp: '1574080897',
    rawBody: '{"job_id":"jid","candidate_id":"cid"}',
    eventId: '123',
    eventName: 'application.created',
    eventVersion: 'v201910',
    link: '<http://smartrecruiters.com/endpoint>; rel=self',
  },
  signature: '2e9291f10d44ca10204a4cd81b05d73b6a316b2b605d4e2e0e0b37b40198ce1f',
};

describe('signWebhookV1', () => {
  it('reproduces the documented example signature', () => {
    expect(signWebhookV1(documented.key, documented.input)).toBe(documented.signature);
  });

  it('uses empty strings for missing headers, keeping every dot', () => {
    const input = { timestamp: '1', rawBody: '{}', eventId: '', eventName: 'job.created', eventVersion: '', link: '' };
    const expected = createHmac('sha256', 'k').update('1.{}..job.created..').digest('hex');
    expect(signWebhookV1('k', input)).toBe(expected);
  });

  it('changes when any element changes', () => {
    const base = signWebhookV1(documented.key, documented.input);
    for (const field of Object.keys(documented.input) as (keyof typeof documented.input)[]) {
      const changed = { ...documented.input, [field]: `${documented.input[field]}x` };
      expect(signWebhookV1(documented.key, changed), field).not.toBe(base);
    }
  });
});

describe('signatureHeader', () => {
  it('joins one v1 value per key with ";" in key order', () => {
    const header = signatureHeader([documented.key, 'second-key'], documented.input);
    const parts = header.split(';');
    expect(parts).toHaveLength(2);
    expect(parts[0]).toBe(`v1=${documented.signature}`);
    expect(parts[1]).toBe(`v1=${signWebhookV1('second-key', documented.input)}`);
  });
});
