// Generated from specs/smartrecruiters/official-docs/webhooks.json by scripts/generators/webhook-events.ts — do not edit.
// Regenerate with `npm run generate`.
/* eslint-disable */
import type { SrApplicationAttachmentWebhookPayload, SrApplicationWebhookPayload, SrCandidateWebhookPayload, SrJobAdPostingsWebhookPayload, SrJobAdWebhookPayload, SrJobApprovalWebhookPayload, SrJobWebhookPayload, SrOfferApprovalWebhookPayload, SrOfferWebhookPayload, SrOnboardingAssignmentsCompletedWebhookPayload, SrOnboardingHighPriorityAssignmentsCompletedWebhookPayload, SrOnboardingProcessWebhookPayload, SrPositionWebhookPayload, SrReviewWebhookPayload, SrScreeningQuestionsAnswersWebhookPayload } from './wire-types.js';

/** The 47 event names SmartRecruiters accepts in a subscription, in the docs' order. */
export const WEBHOOK_EVENT_NAMES = [
  "job.created",
  "job.updated",
  "job.status.updated",
  "job.hiring-team.updated",
  "job.ad.created",
  "job.ad.updated",
  "job.ad.postings.updated",
  "position.created",
  "position.updated",
  "position.deleted",
  "application.created",
  "application.status.updated",
  "application.fields.updated",
  "application.onboarding-status.updated",
  "application.attachment.created",
  "application.source.updated",
  "candidate.created",
  "candidate.updated",
  "candidate.deleted",
  "offer.created",
  "offer.updated",
  "offer.approval.created",
  "offer.approval.approved",
  "offer.approval.rejected",
  "offer.approval.abandoned",
  "offer.approval.step.approved",
  "offer.approval.step.rejected",
  "offer.approver.skipped",
  "offer.approver.delegated",
  "offer.approval.comment.created",
  "job.approval.created",
  "job.approval.approved",
  "job.approval.rejected",
  "job.approval.abandoned",
  "job.approval.step.approved",
  "job.approval.step.rejected",
  "job.approver.skipped",
  "job.approver.delegated",
  "job.approval.comment.created",
  "review.created",
  "review.updated",
  "review.deleted",
  "application.screening-answers.created",
  "application.screening-answers.updated",
  "onboarding.process.started",
  "onboarding.assignments.high-priority.completed",
  "onboarding.assignments.completed",
] as const;

export type WebhookEventName = (typeof WEBHOOK_EVENT_NAMES)[number];

/** Per event: its callback payload model and that model's fields (ids only; `link` points at the resource). */
export const WEBHOOK_EVENT_PAYLOADS: Readonly<Record<WebhookEventName, { readonly model: string; readonly fields: readonly string[] }>> = {
  "job.created": {"model":"JobWebhookPayload","fields":["id"]},
  "job.updated": {"model":"JobWebhookPayload","fields":["id"]},
  "job.status.updated": {"model":"JobWebhookPayload","fields":["id"]},
  "job.hiring-team.updated": {"model":"JobWebhookPayload","fields":["id"]},
  "job.ad.created": {"model":"JobAdWebhookPayload","fields":["job_id","job_ad_id"]},
  "job.ad.updated": {"model":"JobAdWebhookPayload","fields":["job_id","job_ad_id"]},
  "job.ad.postings.updated": {"model":"JobAdPostingsWebhookPayload","fields":["job_id","job_ad_id"]},
  "position.created": {"model":"PositionWebhookPayload","fields":["job_id","position_id"]},
  "position.updated": {"model":"PositionWebhookPayload","fields":["job_id","position_id"]},
  "position.deleted": {"model":"PositionWebhookPayload","fields":["job_id","position_id"]},
  "application.created": {"model":"ApplicationWebhookPayload","fields":["job_id","candidate_id","application_id"]},
  "application.status.updated": {"model":"ApplicationWebhookPayload","fields":["job_id","candidate_id","application_id"]},
  "application.fields.updated": {"model":"ApplicationWebhookPayload","fields":["job_id","candidate_id","application_id"]},
  "application.onboarding-status.updated": {"model":"ApplicationWebhookPayload","fields":["job_id","candidate_id","application_id"]},
  "application.attachment.created": {"model":"ApplicationAttachmentWebhookPayload","fields":["job_id","candidate_id","application_id","attachment_id"]},
  "application.source.updated": {"model":"ApplicationWebhookPayload","fields":["job_id","candidate_id","application_id"]},
  "candidate.created": {"model":"CandidateWebhookPayload","fields":["id"]},
  "candidate.updated": {"model":"CandidateWebhookPayload","fields":["id"]},
  "candidate.deleted": {"model":"CandidateWebhookPayload","fields":["id"]},
  "offer.created": {"model":"OfferWebhookPayload","fields":["job_id","candidate_id","offer_id"]},
  "offer.updated": {"model":"OfferWebhookPayload","fields":["job_id","candidate_id","offer_id"]},
  "offer.approval.created": {"model":"OfferApprovalWebhookPayload","fields":["approval_id","job_id","candidate_id","offer_id"]},
  "offer.approval.approved": {"model":"OfferApprovalWebhookPayload","fields":["approval_id","job_id","candidate_id","offer_id"]},
  "offer.approval.rejected": {"model":"OfferApprovalWebhookPayload","fields":["approval_id","job_id","candidate_id","offer_id"]},
  "offer.approval.abandoned": {"model":"OfferApprovalWebhookPayload","fields":["approval_id","job_id","candidate_id","offer_id"]},
  "offer.approval.step.approved": {"model":"OfferApprovalWebhookPayload","fields":["approval_id","job_id","candidate_id","offer_id"]},
  "offer.approval.step.rejected": {"model":"OfferApprovalWebhookPayload","fields":["approval_id","job_id","candidate_id","offer_id"]},
  "offer.approver.skipped": {"model":"OfferApprovalWebhookPayload","fields":["approval_id","job_id","candidate_id","offer_id"]},
  "offer.approver.delegated": {"model":"OfferApprovalWebhookPayload","fields":["approval_id","job_id","candidate_id","offer_id"]},
  "offer.approval.comment.created": {"model":"OfferApprovalWebhookPayload","fields":["approval_id","job_id","candidate_id","offer_id"]},
  "job.approval.created": {"model":"JobApprovalWebhookPayload","fields":["approval_id","job_id"]},
  "job.approval.approved": {"model":"JobApprovalWebhookPayload","fields":["approval_id","job_id"]},
  "job.approval.rejected": {"model":"JobApprovalWebhookPayload","fields":["approval_id","job_id"]},
  "job.approval.abandoned": {"model":"JobApprovalWebhookPayload","fields":["approval_id","job_id"]},
  "job.approval.step.approved": {"model":"JobApprovalWebhookPayload","fields":["approval_id","job_id"]},
  "job.approval.step.rejected": {"model":"JobApprovalWebhookPayload","fields":["approval_id","job_id"]},
  "job.approver.skipped": {"model":"JobApprovalWebhookPayload","fields":["approval_id","job_id"]},
  "job.approver.delegated": {"model":"JobApprovalWebhookPayload","fields":["approval_id","job_id"]},
  "job.approval.comment.created": {"model":"JobApprovalWebhookPayload","fields":["approval_id","job_id"]},
  "review.created": {"model":"ReviewWebhookPayload","fields":["application_id","review_id"]},
  "review.updated": {"model":"ReviewWebhookPayload","fields":["application_id","review_id"]},
  "review.deleted": {"model":"ReviewWebhookPayload","fields":["application_id","review_id"]},
  "application.screening-answers.created": {"model":"ScreeningQuestionsAnswersWebhookPayload","fields":["job_id","candidate_id","application_id"]},
  "application.screening-answers.updated": {"model":"ScreeningQuestionsAnswersWebhookPayload","fields":["job_id","candidate_id","application_id"]},
  "onboarding.process.started": {"model":"OnboardingProcessWebhookPayload","fields":["onboarding_process_id","new_hire_id"]},
  "onboarding.assignments.high-priority.completed": {"model":"OnboardingHighPriorityAssignmentsCompletedWebhookPayload","fields":["onboarding_process_id","new_hire_id"]},
  "onboarding.assignments.completed": {"model":"OnboardingAssignmentsCompletedWebhookPayload","fields":["onboarding_process_id","new_hire_id"]},
};

/** The callback body of each event. */
export interface WebhookPayloads {
  "job.created": SrJobWebhookPayload;
  "job.updated": SrJobWebhookPayload;
  "job.status.updated": SrJobWebhookPayload;
  "job.hiring-team.updated": SrJobWebhookPayload;
  "job.ad.created": SrJobAdWebhookPayload;
  "job.ad.updated": SrJobAdWebhookPayload;
  "job.ad.postings.updated": SrJobAdPostingsWebhookPayload;
  "position.created": SrPositionWebhookPayload;
  "position.updated": SrPositionWebhookPayload;
  "position.deleted": SrPositionWebhookPayload;
  "application.created": SrApplicationWebhookPayload;
  "application.status.updated": SrApplicationWebhookPayload;
  "application.fields.updated": SrApplicationWebhookPayload;
  "application.onboarding-status.updated": SrApplicationWebhookPayload;
  "application.attachment.created": SrApplicationAttachmentWebhookPayload;
  "application.source.updated": SrApplicationWebhookPayload;
  "candidate.created": SrCandidateWebhookPayload;
  "candidate.updated": SrCandidateWebhookPayload;
  "candidate.deleted": SrCandidateWebhookPayload;
  "offer.created": SrOfferWebhookPayload;
  "offer.updated": SrOfferWebhookPayload;
  "offer.approval.created": SrOfferApprovalWebhookPayload;
  "offer.approval.approved": SrOfferApprovalWebhookPayload;
  "offer.approval.rejected": SrOfferApprovalWebhookPayload;
  "offer.approval.abandoned": SrOfferApprovalWebhookPayload;
  "offer.approval.step.approved": SrOfferApprovalWebhookPayload;
  "offer.approval.step.rejected": SrOfferApprovalWebhookPayload;
  "offer.approver.skipped": SrOfferApprovalWebhookPayload;
  "offer.approver.delegated": SrOfferApprovalWebhookPayload;
  "offer.approval.comment.created": SrOfferApprovalWebhookPayload;
  "job.approval.created": SrJobApprovalWebhookPayload;
  "job.approval.approved": SrJobApprovalWebhookPayload;
  "job.approval.rejected": SrJobApprovalWebhookPayload;
  "job.approval.abandoned": SrJobApprovalWebhookPayload;
  "job.approval.step.approved": SrJobApprovalWebhookPayload;
  "job.approval.step.rejected": SrJobApprovalWebhookPayload;
  "job.approver.skipped": SrJobApprovalWebhookPayload;
  "job.approver.delegated": SrJobApprovalWebhookPayload;
  "job.approval.comment.created": SrJobApprovalWebhookPayload;
  "review.created": SrReviewWebhookPayload;
  "review.updated": SrReviewWebhookPayload;
  "review.deleted": SrReviewWebhookPayload;
  "application.screening-answers.created": SrScreeningQuestionsAnswersWebhookPayload;
  "application.screening-answers.updated": SrScreeningQuestionsAnswersWebhookPayload;
  "onboarding.process.started": SrOnboardingProcessWebhookPayload;
  "onboarding.assignments.high-priority.completed": SrOnboardingHighPriorityAssignmentsCompletedWebhookPayload;
  "onboarding.assignments.completed": SrOnboardingAssignmentsCompletedWebhookPayload;
}
