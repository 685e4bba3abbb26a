/**
 * The 47 webhook event names SmartRecruiters accepts in a subscription, in the order of
 * specs/smartrecruiters/derived/webhook-events.json. Copied here because the published build
 * holds only src/; a unit test checks this list against that file so the two cannot drift.
 */
export const WEBHOOK_EVENT_NAMES = [
  'job.created',
  'job.updated',
  'job.status.updated',
  'job.hiring-team.updated',
  'job.ad.created',
  'job.ad.updated',
  'job.ad.postings.updated',
  'position.created',
  'position.updated',
  'position.deleted',
  'application.created',
  'application.status.updated',
  'application.fields.updated',
  'application.onboarding-status.updated',
  'application.attachment.created',
  'application.source.updated',
  'candidate.created',
  'candidate.updated',
  'candidate.deleted',
  'offer.created',
  'offer.updated',
  'offer.approval.created',
  'offer.approval.approved',
  'offer.approval.rejected',
  'offer.approval.abandoned',
  'offer.approval.step.approved',
  'offer.approval.step.rejected',
  'offer.approver.skipped',
  'offer.approver.delegated',
  'offer.approval.comment.created',
  'job.approval.created',
  'job.approval.approved',
  'job.approval.rejected',
  'job.approval.abandoned',
  'job.approval.step.approved',
  'job.approval.step.rejected',
  'job.approver.skipped',
  'job.approver.delegated',
  'job.approval.comment.created',
  'review.created',
  'review.updated',
  'review.deleted',
  'application.screening-answers.created',
  'application.screening-answers.updated',
  'onboarding.process.started',
  'onboarding.assignments.high-priority.completed',
  'onboarding.assignments.completed',
] as const;

export type WebhookEventName = (typeof WEBHOOK_EVENT_NAMES)[number];

const known: ReadonlySet<string> = new Set(WEBHOOK_EVENT_NAMES);

/** True when `name` is one of the 47 documented event names (exact, case-sensitive). */
export function isWebhookEventName(name: string): name is WebhookEventName {
  return known.has(name);
}

/** The version every subscribed event carries (help-center example: `{"name":"job.created","version":"1.0.0"}`). */
export const WEBHOOK_EVENT_VERSION = '1.0.0';
