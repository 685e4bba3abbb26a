import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isWebhookEventName, WEBHOOK_EVENT_NAMES, WEBHOOK_EVENT_PAYLOADS, WEBHOOK_HEADERS, WEBHOOK_SIGNATURE } from './index.js';

const derived = JSON.parse(
  readFileSync(new URL('../../specs/smartrecruiters/derived/webhook-events.json', import.meta.url), 'utf8'),
) as { events: { name: string; inStackOneList: boolean }[]; deliveryHeaders: Record<string, string>; payloads: Record<string, Record<string, string>> };

describe('WEBHOOK_EVENT_NAMES', () => {
  it('equals the 47 names of derived/webhook-events.json, in order', () => {
    expect([...WEBHOOK_EVENT_NAMES]).toEqual(derived.events.map((e) => e.name));
    expect(WEBHOOK_EVENT_NAMES).toHaveLength(47);
  });

  it('knows the 14 events of ACTIONS.md and rejects look-alikes', () => {
    expect(derived.events.filter((e) => e.inStackOneList)).toHaveLength(14);
    for (const e of derived.events.filter((x) => x.inStackOneList)) expect(isWebhookEventName(e.name)).toBe(true);
    expect(isWebhookEventName('Job.Created')).toBe(false);
    expect(isWebhookEventName('job.deleted')).toBe(false);
    expect(isWebhookEventName(' job.created')).toBe(false);
    expect(isWebhookEventName('toString')).toBe(false);
  });
});

describe('webhook payloads and headers', () => {
  it('give every event a payload of ids, agreeing with the SDK payloads derived/webhook-events.json quotes', () => {
    for (const name of WEBHOOK_EVENT_NAMES) expect(WEBHOOK_EVENT_PAYLOADS[name].fields.length, name).toBeGreaterThan(0);
    const sdkApplication = Object.keys(derived.payloads['application.*'] ?? {});
    expect(WEBHOOK_EVENT_PAYLOADS['application.status.updated'].fields).toEqual(sdkApplication);
    const sdkAttachment = Object.keys(derived.payloads['application attachment events'] ?? {});
    expect(WEBHOOK_EVENT_PAYLOADS['application.attachment.created'].fields).toEqual(sdkAttachment);
    // The most specific prefix wins: job approvals are not jobs, offer approvals are not offers.
    expect(WEBHOOK_EVENT_PAYLOADS['job.approval.created'].model).toBe('JobApprovalWebhookPayload');
    expect(WEBHOOK_EVENT_PAYLOADS['job.ad.postings.updated'].model).toBe('JobAdPostingsWebhookPayload');
    expect(WEBHOOK_EVENT_PAYLOADS['offer.approver.skipped'].model).toBe('OfferApprovalWebhookPayload');
    expect(WEBHOOK_EVENT_PAYLOADS['onboarding.assignments.high-priority.completed'].model).toBe('OnboardingHighPriorityAssignmentsCompletedWebhookPayload');
  });

  it('name every delivery header the derived list names, in lower case', () => {
    const documented = Object.keys(derived.deliveryHeaders).filter((h) => !h.includes(' '));
    expect(Object.values(WEBHOOK_HEADERS).filter((h) => h !== WEBHOOK_HEADERS.hookSecret).sort()).toEqual(documented.sort());
    for (const h of Object.values(WEBHOOK_HEADERS)) expect(h).toBe(h.toLowerCase());
    // The signed parts are delivery headers (and the body), so a verifier can read each one.
    for (const part of WEBHOOK_SIGNATURE.parts) {
      if (part !== 'body' && part !== 'timestamp') expect(Object.values(WEBHOOK_HEADERS)).toContain(part);
    }
  });
});
