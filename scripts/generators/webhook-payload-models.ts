/**
 * Which SDK callback payload model (official-docs/webhooks.json `callback_payloads`) each webhook
 * event carries. Hand-kept: the SDK names the models after the events' resources but never links
 * them. First matching prefix wins; the generator fails on an event no rule covers, on a rule that
 * matches no event and on a model the docs do not have.
 */
export const WEBHOOK_PAYLOAD_MODELS: readonly { readonly prefix: string; readonly model: string }[] = [
  { prefix: 'job.ad.postings.', model: 'JobAdPostingsWebhookPayload' },
  { prefix: 'job.ad.', model: 'JobAdWebhookPayload' },
  { prefix: 'job.approval.', model: 'JobApprovalWebhookPayload' },
  { prefix: 'job.approver.', model: 'JobApprovalWebhookPayload' },
  { prefix: 'job.', model: 'JobWebhookPayload' },
  { prefix: 'position.', model: 'PositionWebhookPayload' },
  { prefix: 'application.attachment.', model: 'ApplicationAttachmentWebhookPayload' },
  { prefix: 'application.screening-answers.', model: 'ScreeningQuestionsAnswersWebhookPayload' },
  { prefix: 'application.', model: 'ApplicationWebhookPayload' },
  { prefix: 'candidate.', model: 'CandidateWebhookPayload' },
  { prefix: 'offer.approval.', model: 'OfferApprovalWebhookPayload' },
  { prefix: 'offer.approver.', model: 'OfferApprovalWebhookPayload' },
  { prefix: 'offer.', model: 'OfferWebhookPayload' },
  { prefix: 'review.', model: 'ReviewWebhookPayload' },
  { prefix: 'onboarding.process.', model: 'OnboardingProcessWebhookPayload' },
  { prefix: 'onboarding.assignments.high-priority.', model: 'OnboardingHighPriorityAssignmentsCompletedWebhookPayload' },
  { prefix: 'onboarding.assignments.', model: 'OnboardingAssignmentsCompletedWebhookPayload' },
];
