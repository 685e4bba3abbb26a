// srconnect/unified: the common models (zod schemas and their types) and the pure
// SmartRecruiters ⇄ unified mappers. No I/O: a TypeScript user gets `Candidate` and friends
// without the server.
export { recordBase, unifiedModel, CustomFields, RemoteData, Ref, Timestamp } from './common/unified-record.js';
export {
  Candidate,
  CandidateCreateInput,
  CandidateUpdateInput,
  EmailAddress,
  PhoneNumber,
  Url,
  PostalLocation,
  SourceInput,
} from './ats/candidate.js';
export { Application, ApplicationStage, ApplicationStageInput, ApplicationOutcome, StatusChange } from './ats/application.js';
export { Job, JobLocation, JobStatus, Compensation, HiringTeamMember } from './ats/job.js';
export { Attachment, AttachmentType, AttachmentUploadFields } from './ats/attachment.js';
export { Interview } from './ats/interview.js';
export { Offer } from './ats/offer.js';
export { Scorecard, ScorecardCreateInput, OverallRecommendation } from './ats/scorecard.js';
export { Department } from './ats/department.js';
export { Location } from './ats/location.js';
export { JobStage } from './ats/job-stage.js';
export { RejectReason } from './ats/reject-reason.js';
export { Consent } from './ats/consent.js';
export { User, UserCreateInput, UserUpdateInput, UserRoleInput } from './user-directory/user.js';
export { Role } from './user-directory/role.js';
export { Group } from './user-directory/group.js';

export { applicationKey, splitApplicationKey, type MapOptions } from './smartrecruiters/read-wire.js';
export { toCandidate, assignmentsOf, propertiesToCustomFields } from './smartrecruiters/to-candidate.js';
export { toApplication } from './smartrecruiters/to-application.js';
export { toJob } from './smartrecruiters/to-job.js';
export { toAttachment, attachmentKey } from './smartrecruiters/to-attachment.js';
export { toInterview } from './smartrecruiters/to-interview.js';
export { toOffer } from './smartrecruiters/to-offer.js';
export { toScorecard } from './smartrecruiters/to-scorecard.js';
export { toDepartment } from './smartrecruiters/to-department.js';
export { toLocation } from './smartrecruiters/to-location.js';
export { toJobStages, stageId, CANDIDATE_STATUSES } from './smartrecruiters/to-job-stage.js';
export { toRejectReason } from './smartrecruiters/to-reject-reason.js';
export { toConsent } from './smartrecruiters/to-consent.js';
export { toUser } from './smartrecruiters/to-user.js';
export { toRole } from './smartrecruiters/to-role.js';
export { toGroup } from './smartrecruiters/to-group.js';
export { fromCandidateCreateInput, fromCandidateUpdateInput, defaultSource } from './smartrecruiters/from-candidate-input.js';
export { fromApplicationStageInput } from './smartrecruiters/from-application-stage-input.js';
export { fromUserCreateInput, fromUserUpdateInput, fromUserRoleInput } from './smartrecruiters/from-user-input.js';
export { fromScorecardCreateInput } from './smartrecruiters/from-scorecard-input.js';

// Live reads and writes through an account's client (no I/O of their own).
export { UnifiedError } from './live/unified-error.js';
export { sealCursor, openCursor, CURSOR_KEY_PURPOSE, type CursorBinding } from './live/cursor.js';
export { FILTER_NAMES, MAX_LIMIT, DEFAULT_LIMIT, type FilterName, type ListFilters, type ListRequest, type ListAnswer, type GetRequest, type UnifiedResource } from './live/list-request.js';
export { parseListQuery, parseIncludeRemoteData, listQueryDocs, COMMON_LIST_PARAMS, type ParsedListQuery } from './live/list-query.js';
export { runList, type UnifiedPage } from './live/run-list.js';
export { unifiedResources, findUnifiedResource } from './live/unified-resources.js';
export { createCandidate, updateCandidate, type WriteContext } from './live/writes/candidate-writes.js';
export { moveApplication } from './live/writes/application-writes.js';
export { createUser, updateUser, setUserRole, setUserActive } from './live/writes/user-writes.js';
export { createScorecard } from './live/writes/scorecard-writes.js';
export { fromAttachmentType, multipartFraming } from './smartrecruiters/from-attachment-input.js';
export { candidates } from './live/resources/candidates.js';
export { applications } from './live/resources/applications.js';
