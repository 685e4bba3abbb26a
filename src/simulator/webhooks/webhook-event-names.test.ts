import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isWebhookEventName, WEBHOOK_EVENT_NAMES } from './webhook-event-names.js';

const derived = JSON.parse(
  readFileSync(new URL('../../../specs/smartrecruiters/derived/webhook-events.json', import.meta.url), 'utf8'),
) as { events: { name: string; inStackOneList: boolean }[] };

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
  });
});
