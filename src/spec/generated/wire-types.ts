// Generated from specs/smartrecruiters/official-docs/*.json by scripts/generators/wire-types.ts — do not edit.
// Regenerate with `npm run generate`.
/* eslint-disable */

// SmartRecruiters' wire objects as the official field lists describe them. A field the docs mark
// always present is required; every other field is optional and may be null; extra fields pass.

/**
 * `AccessGroups` in official-docs/users.json.
 * Used by `GET /user-api/v201804/access-groups` (access-groups.all), `POST /user-api/v201804/access-groups/{accessGroupId}/users` (access-groups.users.assign).
 */
export type SrAccessGroups = {
  content?: Array<{
    id?: string | null;
    name?: string | null;
    [key: string]: unknown;
  }> | null;
  [key: string]: unknown;
};

/**
 * `Action` in official-docs/candidates.json.
 * No operation names it directly.
 */
export type SrAction = {
  url: unknown;
  method: "GET" | "POST" | "PUT" | "PATCH" | "OPTIONS" | "DELETE" | "HEAD" | "CONNECT";
  [key: string]: unknown;
};

/**
 * `AnswerRecord` in official-docs/applications.json.
 * No operation names it directly.
 */
export type SrAnswerRecord = {
  fields?: unknown;
  [key: string]: unknown;
};

/**
 * `Application` in official-docs/candidates.json.
 * Used by `GET /candidates/{id}/jobs/{jobId}` (candidates.getApplication).
 */
export type SrApplication = {
  status?: string | null;
  subStatus?: string | null;
  startsOn?: string | null;
  source?: string | null;
  reasonOfRejection?: {
    id?: string | null;
    label?: string | null;
    [key: string]: unknown;
  } | null;
  reasonOfWithdrawal?: {
    id?: string | null;
    label?: string | null;
    [key: string]: unknown;
  } | null;
  actions?: {
    sourceDetails?: {
      url?: string | null;
      method?: string | null;
      [key: string]: unknown;
    } | null;
    [key: string]: unknown;
  } | null;
  url?: string | null;
  [key: string]: unknown;
};

/**
 * `ApplicationStatusInfo` in official-docs/applications.json.
 * Used by `GET /postings/{uuid}/candidates/{candidateId}/status` (getApplicationStatus).
 */
export type SrApplicationStatusInfo = {
  /** doc example {"status":"IN-REVIEW"} uses a hyphen; the SDK enum spells IN_REVIEW and also lists OTHER. Which spelling the live API returns is not confirmed. */
  status?: "NEW" | "IN_REVIEW" | "INTERVIEW" | "OFFER" | "HIRE" | "REJECTED" | "WITHDRAWN" | "LEAD" | "TRANSFERRED" | "OTHER" | null;
  [key: string]: unknown;
};

/**
 * `ApplyApiError` in official-docs/applications.json.
 * No operation names it directly.
 */
export type SrApplyApiError = {
  id: unknown;
  code: "INVALID_REQUEST" | "INVALID_INPUT" | "DATA_VALIDATION_ERROR" | "RESOURCE_NOT_FOUND_ERROR" | "COMPANY_NOT_FOUND_ERROR" | "COMPANY_RETRIEVAL_ERROR" | "APPLY_API_ERROR" | "FILE_UPLOAD_ERROR" | "FILE_API_ERROR" | "INVALID_API_KEY_ERROR" | "UNAUTHORIZED" | "REST_CALL_TIMEOUT";
  message?: unknown;
  [key: string]: unknown;
};

/**
 * `ApplyApiRequest` in official-docs/applications.json.
 * Used by `POST /postings/{uuid}/candidates` (createCandidate).
 */
export type SrApplyApiRequest = {
  /** The candidate's first name */
  firstName: string;
  /** The candidate's last name */
  lastName: string;
  email: string;
  createJoinLink?: unknown;
  phoneNumber?: string | null;
  /** {country, countryCode, region, regionCode, city, lat (number), lng (number)} */
  location?: Record<string, unknown> | null;
  /** {skype, linkedIn, facebook, twitter, website} (all strings) */
  web?: Record<string, unknown> | null;
  tags?: string[] | null;
  /** [{institution, degree, major, current (boolean), startDate, endDate, location, description}] */
  education?: unknown[] | null;
  /** [{title, company, current (boolean), startDate, endDate, location, description}] */
  experience?: unknown[] | null;
  /** {sourceTypeId, sourceSubTypeId, sourceId} */
  sourceDetails?: Record<string, unknown> | null;
  /** {fileName, mimeType, fileContent (base64)} */
  resume?: Record<string, unknown> | null;
  /** {fileName, mimeType, fileContent (base64)}; do not send when configuration settings.avatarUploadAvailable is false */
  avatar?: Record<string, unknown> | null;
  /** [{fileName, mimeType, fileContent (base64)}]; help center: 2MB per file, PDF/DOC(X)/RTF/JPG/PNG */
  attachments?: unknown[] | null;
  /** [{id (question id), records:[{fields:{<fieldId>: [string]}}]}]; text/textarea/currency answers max 4000 bytes UTF-8 */
  answers?: unknown[] | null;
  messageToHiringManager?: string | null;
  /** consent to process personal data + acceptance of privacy policies (from GET /postings/{uuid}/configuration) */
  consent?: boolean | null;
  /** map <consent scope id> -> boolean */
  consentDecisions?: Record<string, unknown> | null;
  internal?: boolean | null;
  [key: string]: unknown;
};

/**
 * `ApplyApiResponse` in official-docs/applications.json.
 * Used by `POST /postings/{uuid}/candidates` (createCandidate).
 */
export type SrApplyApiResponse = {
  id?: string | null;
  createdOn?: string | null;
  candidatePortalUrl?: string | null;
  smartrJoinUrl?: unknown;
  [key: string]: unknown;
};

/**
 * `ApplyConfiguration` in official-docs/applications.json.
 * Used by `GET /postings/{uuid}/configuration` (getApplyConfigurationForPosting).
 */
export type SrApplyConfiguration = {
  /** Question[]: {id:string, label:string, repeatable:boolean, fields:Field[]}; model ScreeningQuestion */
  questions: SrScreeningQuestion[];
  /** ApplySettings {avatarUploadAvailable:boolean, conditionals:[{parentQuestionId:string, fieldId:string, valueIds:[string], conditionalQuestions:[string]}]}; model ApplySettings */
  settings: SrApplySettings;
  /** [{url:string, orgName:string}]; model PrivacyPolicy */
  privacyPolicies?: SrPrivacyPolicy[] | null;
  [key: string]: unknown;
};

/**
 * `ApplySettings` in official-docs/applications.json.
 * Used by `GET /postings/{uuid}/configuration` (getApplyConfigurationForPosting).
 */
export type SrApplySettings = {
  /** if false, do not pass the candidate's avatar */
  avatarUploadAvailable?: boolean | null;
  /** [{parentQuestionId, fieldId, valueIds[], conditionalQuestions[]}] (present when conditionalsIncluded=true) */
  conditionals?: unknown[] | null;
  [key: string]: unknown;
};

/**
 * `Approval (PP hint)` in official-docs/approvals.json.
 * No operation names it directly.
 */
export type SrApproval = {
  id?: string | null;
  type?: string | null;
  decisionMode?: string | null;
  status?: string | null;
  createdOn?: string | null;
  steps?: unknown[] | null;
  [key: string]: unknown;
};

/**
 * `ApprovalActionRequest (PP hint)` in official-docs/approvals.json.
 * No operation names it directly.
 */
export type SrApprovalActionRequest = {
  comment?: string | null;
  reasonId?: string | null;
  [key: string]: unknown;
};

/**
 * `ApprovalComment (PP hint)` in official-docs/approvals.json.
 * No operation names it directly.
 */
export type SrApprovalComment = {
  id?: string | null;
  text?: string | null;
  authorId?: string | null;
  date?: string | null;
  [key: string]: unknown;
};

/**
 * `ApprovalCommentRequest (PP hint)` in official-docs/approvals.json.
 * No operation names it directly.
 */
export type SrApprovalCommentRequest = {
  text: string;
  [key: string]: unknown;
};

/**
 * `ApprovalCreateRequest (PP hint)` in official-docs/approvals.json.
 * No operation names it directly.
 */
export type SrApprovalCreateRequest = {
  baseId: string;
  [key: string]: unknown;
};

/**
 * `Assignment` in official-docs/candidates.json.
 * Used by `POST /candidates` (candidates.add), `POST /candidates/cv` (candidates.resume.add), `GET /candidates/{id}` (candidates.get), `PATCH /candidates/{id}` (candidates.update), `POST /jobs/{jobId}/candidates` (candidates.addToJob), `POST /jobs/{jobId}/candidates/cv` (candidates.resume.addToJob).
 */
export type SrAssignment = {
  status?: string | null;
  subStatus?: string | null;
  startsOn?: string | null;
  source?: string | null;
  reasonOfRejection?: {
    id?: string | null;
    label?: string | null;
    [key: string]: unknown;
  } | null;
  reasonOfWithdrawal?: {
    id?: string | null;
    label?: string | null;
    [key: string]: unknown;
  } | null;
  actions?: {
    sourceDetails?: {
      url?: string | null;
      method?: string | null;
      [key: string]: unknown;
    } | null;
    [key: string]: unknown;
  } | null;
  /** present in Swagger example, not in SDK model */
  job?: {
    id?: string | null;
    title?: string | null;
    actions?: {
      details?: {
        url?: string | null;
        method?: string | null;
        [key: string]: unknown;
      } | null;
      positionDetails?: {
        url?: string | null;
        method?: string | null;
        [key: string]: unknown;
      } | null;
      [key: string]: unknown;
    } | null;
    [key: string]: unknown;
  } | null;
  [key: string]: unknown;
};

/**
 * `Attachment` in official-docs/applications.json.
 * Used by `GET /candidates/{id}/attachments` (candidates.attachments.list), `POST /candidates/{id}/attachments` (candidates.attachments.add).
 */
export type SrAttachment = {
  fileName: unknown;
  mimeType: unknown;
  fileContent: unknown;
  [key: string]: unknown;
};

/**
 * `Attachments` in official-docs/candidates.json.
 * Used by `GET /candidates/{id}/attachments` (candidates.attachments.list).
 */
export type SrAttachments = {
  totalFound: unknown;
  /** model Attachment (list item, see notes) */
  content: SrAttachment[];
  [key: string]: unknown;
};

/**
 * `AttendeeStatus` in official-docs/interviews.json.
 * Used by `PUT /interviews-api/v201904/interviews/{interviewId}/candidate/status` (statuses.candidate.put), `PUT /interviews-api/v201904/interviews/{interviewId}/timeslots/{timeslotId}/interviewers/{userId}/status` (statuses.interviewer.put), `PUT /interviews-api/v201904/interviews/{interviewId}/timeslots/{timeslotId}/candidateStatus` (statuses.timeslot-candidate.put).
 */
export type SrAttendeeStatus = {
  status: unknown;
  [key: string]: unknown;
};

/**
 * `CallbackBasicAuth` in official-docs/webhooks.json.
 * No operation names it directly.
 */
export type SrCallbackBasicAuth = {
  type?: "basic" | null;
  username?: unknown;
  password?: unknown;
  [key: string]: unknown;
};

/**
 * `CallbackHeaderAuth` in official-docs/webhooks.json.
 * No operation names it directly.
 */
export type SrCallbackHeaderAuth = {
  type?: "header" | null;
  /** Custom header name starting with "x-" */
  headerName?: unknown;
  headerValue?: unknown;
  [key: string]: unknown;
};

/**
 * `CallbackOAuth2Auth` in official-docs/webhooks.json.
 * No operation names it directly.
 */
export type SrCallbackOAuth2Auth = {
  type?: "oauth2" | null;
  /** OAuth2 client id used for token request */
  clientId?: unknown;
  /** OAuth2 client secret used for token request */
  clientSecret?: unknown;
  /** OAuth2 token service url. This serivce is expected to consume `application/x-www-form-urlencoded` content type. The payload will consist of `client_id=provided_client_id&client_secret=provided_client_secret&grant_type=client_credentials` A… */
  tokenServiceUrl?: unknown;
  [key: string]: unknown;
};

/**
 * `CallbackRequest` in official-docs/webhooks.json.
 * No operation names it directly.
 */
export type SrCallbackRequest = {
  status?: string | null;
  /** Requests sent before timestamp. Format ISO8601: yyyy-MM-ddTHH:mm:ss.SSSZZ */
  timestamp?: string | null;
  /** model CallbackRequestRequestDetails */
  requestDetails?: SrCallbackRequestRequestDetails | null;
  [key: string]: unknown;
};

/**
 * `CallbackRequestRequestDetails` in official-docs/webhooks.json.
 * No operation names it directly.
 */
export type SrCallbackRequestRequestDetails = {
  /** url to which callback was sent */
  url?: string | null;
  /** body of the request in form of stringified json. */
  body?: string | null;
  /** headers set for the request */
  headers?: {
    [key: string]: unknown;
  } | null;
  [key: string]: unknown;
};

/**
 * `CallbackRequests` in official-docs/webhooks.json.
 * Used by `GET /webhooks-api/v201907/subscriptions/{id}/callbacks-log` (subscriptions.searchCallbackLog).
 */
export type SrCallbackRequests = {
  [key: string]: unknown;
};

/**
 * `Candidate` in official-docs/candidates.json.
 * Used by `GET /candidates` (candidates.all).
 */
export type SrCandidate = {
  id: string;
  /** true, if the candidate has at least one internal application */
  internal: boolean;
  firstName: string;
  lastName: string;
  email?: string | null;
  createdOn: string;
  updatedOn?: string | null;
  /** model CandidateLocation */
  location?: SrCandidateLocation | null;
  averageRating?: number | null;
  tags?: string[] | null;
  consent?: {
    status?: string | null;
    [key: string]: unknown;
  } | null;
  /** model CandidatePrimaryAssignment */
  primaryAssignment?: SrCandidatePrimaryAssignment | null;
  secondaryAssignments?: Array<{
    job?: {
      id?: string | null;
      actions?: {
        details?: {
          url?: string | null;
          method?: string | null;
          [key: string]: unknown;
        } | null;
        [key: string]: unknown;
      } | null;
      [key: string]: unknown;
    } | null;
    [key: string]: unknown;
  }> | null;
  actions: {
    details?: {
      url?: string | null;
      method?: string | null;
      [key: string]: unknown;
    } | null;
    properties?: {
      url?: string | null;
      method?: string | null;
      [key: string]: unknown;
    } | null;
    [key: string]: unknown;
  };
  [key: string]: unknown;
};

/**
 * `CandidateAttachmentForJob` in official-docs/candidates.json.
 * Used by `GET /candidates/{id}/jobs/{jobId}/attachments` (candidates.attachments.listForJob), `POST /candidates/{id}/jobs/{jobId}/attachments` (candidates.attachments.addForJob).
 */
export type SrCandidateAttachmentForJob = {
  id: string;
  name: string;
  type: string;
  contentType: string;
  actions?: {
    download?: {
      url?: string | null;
      method?: string | null;
      [key: string]: unknown;
    } | null;
    remove?: {
      url?: string | null;
      method?: string | null;
      [key: string]: unknown;
    } | null;
    [key: string]: unknown;
  } | null;
  [key: string]: unknown;
};

/**
 * `CandidateAttachmentsForJob` in official-docs/candidates.json.
 * Used by `GET /candidates/{id}/jobs/{jobId}/attachments` (candidates.attachments.listForJob).
 */
export type SrCandidateAttachmentsForJob = {
  totalFound: number;
  /** model CandidateAttachmentForJob */
  content: SrCandidateAttachmentForJob[];
  [key: string]: unknown;
};

/**
 * `CandidateConsentDecisions` in official-docs/candidates.json.
 * Used by `GET /candidates/{id}/consents` (candidates.consent.decisions).
 */
export type SrCandidateConsentDecisions = {
  /** model ConsentDecision */
  decisions: SrConsentDecision[];
  recentPendingRequestCreatedOn?: string | null;
  [key: string]: unknown;
};

/**
 * `CandidateConsentStatus` in official-docs/candidates.json.
 * Used by `GET /candidates/{id}/consent` (candidates.consent.status).
 */
export type SrCandidateConsentStatus = {
  /** Available when `status` is `ACQUIRED` */
  date?: string | null;
  status: string;
  [key: string]: unknown;
};

/**
 * `CandidateDetails` in official-docs/candidates.json.
 * Used by `POST /candidates` (candidates.add), `POST /candidates/cv` (candidates.resume.add), `GET /candidates/{id}` (candidates.get), `PATCH /candidates/{id}` (candidates.update), `POST /jobs/{jobId}/candidates` (candidates.addToJob), `POST /jobs/{jobId}/candidates/cv` (candidates.resume.addToJob).
 */
export type SrCandidateDetails = {
  id?: string | null;
  internal?: boolean | null;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  phoneNumber?: string | null;
  /** model CandidateLocation */
  location?: SrCandidateLocation | null;
  /** model WebProfile */
  web?: SrWebProfile | null;
  createdOn?: string | null;
  updatedOn?: string | null;
  tags?: string[] | null;
  averageRating?: number | null;
  /** model Education */
  education?: SrEducation[] | null;
  /** model Experience */
  experience?: SrExperience[] | null;
  /** model Assignment */
  primaryAssignment?: SrAssignment | null;
  /** model Assignment */
  secondaryAssignments?: SrAssignment[] | null;
  actions?: {
    properties?: {
      url?: string | null;
      method?: string | null;
      [key: string]: unknown;
    } | null;
    attachments?: {
      url?: string | null;
      method?: string | null;
      [key: string]: unknown;
    } | null;
    consent?: {
      url?: string | null;
      method?: string | null;
      [key: string]: unknown;
    } | null;
    consents?: {
      url?: string | null;
      method?: string | null;
      [key: string]: unknown;
    } | null;
    [key: string]: unknown;
  } | null;
  [key: string]: unknown;
};

/**
 * `CandidateInput` in official-docs/candidates.json.
 * Used by `POST /candidates` (candidates.add), `POST /jobs/{jobId}/candidates` (candidates.addToJob).
 */
export type SrCandidateInput = {
  firstName: string;
  lastName: string;
  email: string;
  phoneNumber?: string | null;
  location?: Record<string, unknown> | null;
  web?: Record<string, unknown> | null;
  tags?: string[] | null;
  education?: unknown[] | null;
  experience?: unknown[] | null;
  /** {sourceTypeId, sourceSubTypeId (optional), sourceId}; values from GET /configuration/sources and /configuration/sources/{sourceTypeId}/values. Not defining the source defaults to the API source. */
  sourceDetails?: Record<string, unknown> | null;
  internal?: boolean | null;
  [key: string]: unknown;
};

/**
 * `CandidateLocation` in official-docs/candidates.json.
 * Used by `GET /candidates` (candidates.all), `POST /candidates` (candidates.add), `POST /candidates/cv` (candidates.resume.add), `GET /candidates/{id}` (candidates.get), `PATCH /candidates/{id}` (candidates.update), `POST /jobs/{jobId}/candidates` (candidates.addToJob) and 1 more.
 */
export type SrCandidateLocation = {
  country?: string | null;
  countryCode?: string | null;
  regionCode?: string | null;
  region?: string | null;
  city?: string | null;
  lat?: number | null;
  lng?: number | null;
  [key: string]: unknown;
};

/**
 * `CandidatePrimaryAssignment` in official-docs/candidates.json.
 * Used by `GET /candidates` (candidates.all).
 */
export type SrCandidatePrimaryAssignment = {
  job: {
    id?: string | null;
    title?: string | null;
    actions?: {
      details?: {
        url?: string | null;
        method?: string | null;
        [key: string]: unknown;
      } | null;
      [key: string]: unknown;
    } | null;
    [key: string]: unknown;
  };
  status: string;
  subStatus?: string | null;
  [key: string]: unknown;
};

/**
 * `CandidateProperties` in official-docs/candidates.json.
 * Used by `GET /candidates/{id}/properties` (candidates.properties.get), `GET /candidates/{id}/jobs/{jobId}/properties` (candidates.properties.getForJob).
 */
export type SrCandidateProperties = {
  content?: unknown;
  [key: string]: unknown;
};

/**
 * `CandidateProperty` in official-docs/candidates.json.
 * No operation names it directly.
 */
export type SrCandidateProperty = {
  id: unknown;
  label: unknown;
  type: unknown;
  value: unknown;
  /** Label of selected option for SINGLE_SELECT field type */
  valueLabel?: unknown;
  actions: unknown;
  [key: string]: unknown;
};

/**
 * `CandidatePropertyAvailability` in official-docs/configuration.json.
 * No operation names it directly.
 */
export type SrCandidatePropertyAvailability = {
  toUsers?: "ALL" | "FULL_ACCESS" | null;
  context?: unknown;
  forOrgFields?: unknown;
  [key: string]: unknown;
};

/**
 * `CandidatePropertyDefinition` in official-docs/configuration.json.
 * Used by `GET /configuration/candidate-properties` (configuration.candidate-properties.all), `GET /configuration/candidate-properties/{id}` (configuration.candidate-properties.get).
 */
export type SrCandidatePropertyDefinition = {
  id?: unknown;
  label?: unknown;
  type?: unknown;
  availability?: unknown;
  actions?: unknown;
  [key: string]: unknown;
};

/**
 * `CandidatePropertyDefinitionList` in official-docs/configuration.json.
 * Used by `GET /configuration/candidate-properties` (configuration.candidate-properties.all).
 */
export type SrCandidatePropertyDefinitionList = {
  totalFound?: unknown;
  content?: unknown[] | null;
  [key: string]: unknown;
};

/**
 * `CandidatePropertyInputValue` in official-docs/candidates.json.
 * Used by `PUT /candidates/{id}/properties/{propertyId}` (candidates.properties.values.update), `PUT /candidates/{id}/jobs/{jobId}/properties/{propertyId}` (candidates.properties.values.updateForJob).
 */
export type SrCandidatePropertyInputValue = {
  /** string, number, boolean or object */
  value?: unknown;
  [key: string]: unknown;
};

/**
 * `CandidatePropertyType` in official-docs/configuration.json.
 * No operation names it directly.
 */
export type SrCandidatePropertyType = {
  [key: string]: unknown;
};

/**
 * `CandidatePropertyValue` in official-docs/candidates.json.
 * Used by `GET /configuration/candidate-properties/{id}/values` (configuration.candidate-properties.values.all), `POST /configuration/candidate-properties/{id}/values` (configuration.candidate-properties.values.create), `GET /configuration/candidate-properties/{id}/values/{valueId}` (configuration.candidate-properties.values.get), `PUT /configuration/candidate-properties/{id}/values/{valueId}` (configuration.candidate-properties.values.update).
 */
export type SrCandidatePropertyValue = {
  id: unknown;
  /** string, number, boolean or object */
  value?: unknown;
  [key: string]: unknown;
};

/**
 * `CandidatePropertyValueLabel` in official-docs/configuration.json.
 * Used by `PUT /configuration/candidate-properties/{id}/values/{valueId}` (configuration.candidate-properties.values.update).
 */
export type SrCandidatePropertyValueLabel = {
  label: unknown;
  [key: string]: unknown;
};

/**
 * `CandidatePropertyValueList` in official-docs/configuration.json.
 * Used by `GET /configuration/candidate-properties/{id}/values` (configuration.candidate-properties.values.all).
 */
export type SrCandidatePropertyValueList = {
  totalFound?: unknown;
  content?: unknown[] | null;
  [key: string]: unknown;
};

/**
 * `Candidates` in official-docs/candidates.json.
 * Used by `GET /candidates` (candidates.all).
 */
export type SrCandidates = {
  limit: number;
  offset: number;
  nextPageId?: string | null;
  totalFound: number;
  /** model Candidate */
  content: SrCandidate[];
  [key: string]: unknown;
};

/**
 * `CandidateSource` in official-docs/candidates.json.
 * Used by `PUT /candidates/{id}/jobs/{jobId}/source` (candidates.source.update).
 */
export type SrCandidateSource = {
  sourceTypeId: unknown;
  sourceSubTypeId?: unknown;
  sourceId: unknown;
  [key: string]: unknown;
};

/**
 * `CandidateStatus` in official-docs/candidates.json.
 * Used by `PUT /candidates/{id}/jobs/{jobId}/status` (candidates.status.update), `PUT /candidates/{id}/status` (candidates.status.updatePrimary).
 */
export type SrCandidateStatus = {
  status: string;
  subStatus?: string | null;
  startsOn?: string | null;
  /** id of rejection (GET /configuration/rejection-reasons) or withdrawal (GET /configuration/withdrawal-reasons) reason. | id of rejection (GET /configuration/rejection-reasons) or withdrawal (GET /configuration/withdrawal-reasons) reason */
  reason?: string | null;
  [key: string]: unknown;
};

/**
 * `CandidateStatusHistoryList` in official-docs/candidates.json.
 * Used by `GET /candidates/{id}/status/history` (candidates.status.history.get), `GET /candidates/{id}/jobs/{jobId}/status/history` (candidates.status.history.getForJob).
 */
export type SrCandidateStatusHistoryList = {
  totalFound?: number | null;
  /** model CandidateStatusHistoryListElem */
  content?: SrCandidateStatusHistoryListElem[] | null;
  [key: string]: unknown;
};

/**
 * `CandidateStatusHistoryListElem` in official-docs/candidates.json.
 * Used by `GET /candidates/{id}/status/history` (candidates.status.history.get), `GET /candidates/{id}/jobs/{jobId}/status/history` (candidates.status.history.getForJob).
 */
export type SrCandidateStatusHistoryListElem = {
  changedOn?: string | null;
  status?: string | null;
  subStatus?: string | null;
  actions?: Record<string, {
    url?: string | null;
    method?: string | null;
    [key: string]: unknown;
  }> | null;
  [key: string]: unknown;
};

/**
 * `CandidateTags` in official-docs/candidates.json.
 * Used by `POST /candidates/{id}/tags` (candidates.tags.add), `GET /candidates/{id}/tags` (candidates.tags.get), `PUT /candidates/{id}/tags` (candidates.tags.replace).
 */
export type SrCandidateTags = {
  tags: unknown;
  [key: string]: unknown;
};

/**
 * `CompanyConfiguration` in official-docs/configuration.json.
 * Used by `GET /configuration/company` (configuration.company.my).
 */
export type SrCompanyConfiguration = {
  /** Identifier of a company. */
  identifier?: unknown;
  /** Company name. */
  name?: unknown;
  location?: unknown;
  /** URL to company website. */
  website?: unknown;
  industry?: unknown;
  /** URL to company logo. */
  logo?: unknown;
  [key: string]: unknown;
};

/**
 * `Compensation` in official-docs/jobs.json.
 * Used by `POST /jobs` (jobs.create), `GET /jobs/{jobId}` (jobs.get), `PATCH /jobs/{jobId}` (jobs.patch), `PUT /jobs/{jobId}` (jobs.update).
 */
export type SrCompensation = {
  min?: number | null;
  max?: number | null;
  currency?: string | null;
  [key: string]: unknown;
};

/**
 * `ConsentDecision` in official-docs/candidates.json.
 * Used by `GET /candidates/{id}/consents` (candidates.consent.decisions).
 */
export type SrConsentDecision = {
  status: string;
  scope: string;
  /** present when candidate has made a consent decision (i.e. `status` is `acquired` or `declined`) */
  decidedOn?: string | null;
  [key: string]: unknown;
};

/**
 * `ConsentRequest` in official-docs/candidates.json.
 * No operation names it directly.
 */
export type SrConsentRequest = {
  /** candidate id */
  id: unknown;
  [key: string]: unknown;
};

/**
 * `ConsentRequestsResults` in official-docs/candidates.json.
 * Used by `POST /candidates/consent-requests` (candidates.consent.request.batch).
 */
export type SrConsentRequestsResults = {
  results: unknown;
  [key: string]: unknown;
};

/**
 * `Department` in official-docs/configuration.json.
 * Used by `POST /configuration/departments` (configuration.department.create), `GET /configuration/departments` (configuration.department.all), `GET /configuration/departments/{id}` (configuration.department.get), `POST /jobs` (jobs.create), `GET /jobs/{jobId}` (jobs.get), `PATCH /jobs/{jobId}` (jobs.patch) and 1 more.
 */
export type SrDepartment = {
  id?: string | null;
  label: string;
  description?: string | null;
  [key: string]: unknown;
};

/**
 * `DepartmentList (Posting API)` in official-docs/postings.json.
 * Used by `GET /v1/companies/{companyIdentifier}/departments` (v1.listDepartments).
 */
export type SrDepartmentList = {
  totalFound?: number | null;
  content?: Array<{
    id?: string | null;
    label?: string | null;
    description?: string | null;
    [key: string]: unknown;
  }> | null;
  [key: string]: unknown;
};

/**
 * `Departments` in official-docs/configuration.json.
 * Used by `GET /configuration/departments` (configuration.department.all).
 */
export type SrDepartments = {
  totalFound?: unknown;
  /** model Department */
  content?: SrDepartment[] | null;
  [key: string]: unknown;
};

/**
 * `DependentJobProperties` in official-docs/configuration.json.
 * Used by `GET /configuration/job-properties/{id}/dependents` (configuration.job-properties.dependents.all), `POST /configuration/job-properties/{id}/dependents` (configuration.job-properties.dependents.create).
 */
export type SrDependentJobProperties = {
  totalFound: unknown;
  content: unknown[];
  [key: string]: unknown;
};

/**
 * `DependentJobPropertiesIds` in official-docs/configuration.json.
 * Used by `POST /configuration/job-properties/{id}/dependents` (configuration.job-properties.dependents.create).
 */
export type SrDependentJobPropertiesIds = {
  ids: unknown;
  [key: string]: unknown;
};

/**
 * `DependentJobPropertyValues` in official-docs/configuration.json.
 * Used by `GET /configuration/job-properties/{id}/values/{valueId}/dependents/{dependentId}/values` (configuration.job-properties.dependents.values.get).
 */
export type SrDependentJobPropertyValues = {
  totalFound?: unknown;
  content?: unknown[] | null;
  [key: string]: unknown;
};

/**
 * `DependentJobPropertyValuesRelations` in official-docs/configuration.json.
 * Used by `GET /configuration/job-properties/{id}/dependents/{dependentId}/values` (configuration.job-properties.dependents.values.all).
 */
export type SrDependentJobPropertyValuesRelations = {
  totalFound: unknown;
  content: unknown[];
  [key: string]: unknown;
};

/**
 * `Education` in official-docs/candidates.json.
 * Used by `POST /candidates` (candidates.add), `POST /candidates/cv` (candidates.resume.add), `GET /candidates/{id}` (candidates.get), `PATCH /candidates/{id}` (candidates.update), `POST /jobs/{jobId}/candidates` (candidates.addToJob), `POST /jobs/{jobId}/candidates/cv` (candidates.resume.addToJob).
 */
export type SrEducation = {
  institution: string;
  degree: string;
  major?: string | null;
  current?: boolean | null;
  startDate?: string | null;
  endDate?: string | null;
  location?: string | null;
  description?: string | null;
  [key: string]: unknown;
};

/**
 * `Event` in official-docs/webhooks.json.
 * Used by `POST /webhooks-api/v201907/subscriptions` (subscriptions.create), `GET /webhooks-api/v201907/subscriptions/{id}` (subscriptions.get).
 */
export type SrEvent = {
  name?: string | null;
  version?: string | null;
  [key: string]: unknown;
};

/**
 * `Experience` in official-docs/candidates.json.
 * Used by `POST /candidates` (candidates.add), `POST /candidates/cv` (candidates.resume.add), `GET /candidates/{id}` (candidates.get), `PATCH /candidates/{id}` (candidates.update), `POST /jobs/{jobId}/candidates` (candidates.addToJob), `POST /jobs/{jobId}/candidates/cv` (candidates.resume.addToJob).
 */
export type SrExperience = {
  title?: string | null;
  company?: string | null;
  current?: boolean | null;
  startDate?: string | null;
  endDate?: string | null;
  location?: string | null;
  description?: string | null;
  [key: string]: unknown;
};

/**
 * `HeadcountPatchRequest` in official-docs/jobs.json.
 * Used by `PATCH /jobs/{jobId}/headcount` (jobs.headcount.update).
 */
export type SrHeadcountPatchRequest = {
  salaryRange?: unknown;
  [key: string]: unknown;
};

/**
 * `HeadcountUpdateAccepted` in official-docs/jobs.json.
 * Used by `PATCH /jobs/{jobId}/headcount` (jobs.headcount.update).
 */
export type SrHeadcountUpdateAccepted = {
  status?: "PENDING" | null;
  [key: string]: unknown;
};

/**
 * `HiringProcess` in official-docs/configuration.json.
 * Used by `GET /configuration/hiring-processes` (configuration.hiring-process.all), `GET /configuration/hiring-processes/{id}` (configuration.hiring-process.get).
 */
export type SrHiringProcess = {
  id?: unknown;
  name?: unknown;
  active?: unknown;
  subStatuses?: unknown;
  [key: string]: unknown;
};

/**
 * `HiringProcesses` in official-docs/configuration.json.
 * Used by `GET /configuration/hiring-processes` (configuration.hiring-process.all).
 */
export type SrHiringProcesses = {
  totalFound: unknown;
  /** model HiringProcess */
  content: SrHiringProcess[];
  [key: string]: unknown;
};

/**
 * `HiringProcessSubStatuses` in official-docs/configuration.json.
 * No operation names it directly.
 */
export type SrHiringProcessSubStatuses = {
  IN_REVIEW?: unknown;
  INTERVIEW?: unknown;
  OFFERED?: unknown;
  [key: string]: unknown;
};

/**
 * `HiringTeamMember` in official-docs/jobs.json.
 * Used by `POST /jobs/{jobId}/hiring-team` (jobs.hiring-team.add).
 */
export type SrHiringTeamMember = {
  id: unknown;
  role: unknown;
  [key: string]: unknown;
};

/**
 * `HiringTeamMemberResponse` in official-docs/jobs.json.
 * Used by `POST /jobs/{jobId}/hiring-team` (jobs.hiring-team.add).
 */
export type SrHiringTeamMemberResponse = {
  role: unknown;
  actions?: unknown;
  [key: string]: unknown;
};

/**
 * `HiringTeamMemberRole` in official-docs/jobs.json.
 * No operation names it directly.
 */
export type SrHiringTeamMemberRole = {
  [key: string]: unknown;
};

/**
 * `HiringTeamMembers` in official-docs/jobs.json.
 * Used by `GET /jobs/{jobId}/hiring-team` (jobs.hiring-team.get).
 */
export type SrHiringTeamMembers = {
  totalFound?: number | null;
  content?: Array<{
    id?: string | null;
    actions?: {
      details?: {
        url?: string | null;
        method?: string | null;
        [key: string]: unknown;
      } | null;
      [key: string]: unknown;
    } | null;
    [key: string]: unknown;
  }> | null;
  [key: string]: unknown;
};

/**
 * `IdAttachmentsBody` in official-docs/candidates.json.
 * Used by `POST /candidates/{id}/attachments` (candidates.attachments.add).
 */
export type SrIdAttachmentsBody = {
  /** Type of attachment you want to upload. */
  attachmentType: "GENERIC_FILE" | "RESUME" | "COVER_LETTER";
  /** The file to upload. */
  file?: unknown;
  [key: string]: unknown;
};

/**
 * `Interview` in official-docs/interviews.json.
 * Used by `POST /interviews-api/v201904/interviews` (interviews.create), `GET /interviews-api/v201904/interviews/{interviewId}` (interviews.get).
 */
export type SrInterview = {
  id?: string | null;
  candidate: {
    id?: string | null;
    status?: string | null;
    [key: string]: unknown;
  };
  jobId: string;
  location?: string | null;
  organizerId: string;
  /** Name of the timezone as described in TZ database */
  timezone: string;
  /** model Timeslot */
  timeslots: SrTimeslot[];
  /** If not set it defaults to current time */
  createdOn?: string | null;
  refUrl?: string | null;
  source?: unknown;
  [key: string]: unknown;
};

/**
 * `Interviewer` in official-docs/interviews.json.
 * Used by `POST /interviews-api/v201904/interviews` (interviews.create), `GET /interviews-api/v201904/interviews/{interviewId}` (interviews.get), `POST /interviews-api/v201904/interviews/{interviewId}/timeslots` (timeslots.create), `GET /interviews-api/v201904/interviews/{interviewId}/timeslots/{timeslotId}` (timeslots.get), `PATCH /interviews-api/v201904/interviews/{interviewId}/timeslots/{timeslotId}` (timeslots.update).
 */
export type SrInterviewer = {
  id: string;
  status: string;
  [key: string]: unknown;
};

/**
 * `InterviewsList` in official-docs/interviews.json.
 * Used by `GET /interviews-api/v201904/interviews` (interviews.get-list).
 */
export type SrInterviewsList = {
  content?: unknown;
  [key: string]: unknown;
};

/**
 * `InterviewToUpdateInput` in official-docs/interviews.json.
 * Used by `PATCH /interviews-api/v201904/interviews/{interviewId}` (interviews.update).
 */
export type SrInterviewToUpdateInput = {
  /** type not documented (likely string) */
  location?: string | null;
  /** Name of the timezone as described in TZ database; type not documented (likely string) */
  timezone?: string | null;
  /** type not documented (likely object) */
  candidate?: {
    id?: string | null;
    status?: string | null;
    [key: string]: unknown;
  } | null;
  [key: string]: unknown;
};

/**
 * `JobAd` in official-docs/jobs.json.
 * Used by `POST /jobs` (jobs.create), `GET /jobs/{jobId}` (jobs.get), `PATCH /jobs/{jobId}` (jobs.patch), `PUT /jobs/{jobId}` (jobs.update).
 */
export type SrJobAd = {
  /** model JobAdSections */
  sections?: SrJobAdSections | null;
  language?: {
    code?: string | null;
    label?: string | null;
    labelNative?: string | null;
    [key: string]: unknown;
  } | null;
  [key: string]: unknown;
};

/**
 * `JobAdContent` in official-docs/jobs.json.
 * Used by `POST /jobs/{jobId}/jobads` (jobs.jobads.create), `PUT /jobs/{jobId}/jobads/{jobAdId}` (jobs.jobads.update).
 */
export type SrJobAdContent = {
  /** type not documented (likely string) */
  title: string;
  language?: unknown;
  /** type not documented (likely object) */
  jobAd?: {
    sections?: {
      companyDescription?: {
        title?: string | null;
        text?: string | null;
        [key: string]: unknown;
      } | null;
      jobDescription?: {
        title?: string | null;
        text?: string | null;
        [key: string]: unknown;
      } | null;
      qualifications?: {
        title?: string | null;
        text?: string | null;
        [key: string]: unknown;
      } | null;
      additionalInformation?: {
        title?: string | null;
        text?: string | null;
        [key: string]: unknown;
      } | null;
      videos?: {
        urls?: string[] | null;
        [key: string]: unknown;
      } | null;
      [key: string]: unknown;
    } | null;
    language?: {
      code?: string | null;
      label?: string | null;
      labelNative?: string | null;
      [key: string]: unknown;
    } | null;
    [key: string]: unknown;
  } | null;
  [key: string]: unknown;
};

/**
 * `JobAdInput` in official-docs/jobs.json.
 * No operation names it directly.
 */
export type SrJobAdInput = {
  /** type not documented (likely object) */
  sections?: {
    companyDescription?: {
      title?: string | null;
      text?: string | null;
      [key: string]: unknown;
    } | null;
    jobDescription?: {
      title?: string | null;
      text?: string | null;
      [key: string]: unknown;
    } | null;
    qualifications?: {
      title?: string | null;
      text?: string | null;
      [key: string]: unknown;
    } | null;
    additionalInformation?: {
      title?: string | null;
      text?: string | null;
      [key: string]: unknown;
    } | null;
    videos?: {
      urls?: string[] | null;
      [key: string]: unknown;
    } | null;
    [key: string]: unknown;
  } | null;
  /** type not documented (likely object) */
  language?: {
    code?: string | null;
    label?: string | null;
    labelNative?: string | null;
    [key: string]: unknown;
  } | null;
  [key: string]: unknown;
};

/**
 * `JobAdItem` in official-docs/jobs.json.
 * Used by `POST /jobs/{jobId}/jobads` (jobs.jobads.create), `GET /jobs/{jobId}/jobads/{jobAdId}` (jobs.jobads.get), `PUT /jobs/{jobId}/jobads/{jobAdId}` (jobs.jobads.update).
 */
export type SrJobAdItem = {
  /** type not documented (likely string) */
  id: string;
  /** type not documented (likely string) */
  title: string;
  language: unknown;
  /** type not documented (likely object) */
  jobAd: {
    sections?: {
      companyDescription?: {
        title?: string | null;
        text?: string | null;
        [key: string]: unknown;
      } | null;
      jobDescription?: {
        title?: string | null;
        text?: string | null;
        [key: string]: unknown;
      } | null;
      qualifications?: {
        title?: string | null;
        text?: string | null;
        [key: string]: unknown;
      } | null;
      additionalInformation?: {
        title?: string | null;
        text?: string | null;
        [key: string]: unknown;
      } | null;
      videos?: {
        urls?: string[] | null;
        [key: string]: unknown;
      } | null;
      [key: string]: unknown;
    } | null;
    language?: {
      code?: string | null;
      label?: string | null;
      labelNative?: string | null;
      [key: string]: unknown;
    } | null;
    [key: string]: unknown;
  };
  /** type not documented (likely string(date-time)) */
  createdOn: string;
  /** type not documented (likely string(date-time)) */
  updatedOn: string;
  applyUrl?: unknown;
  /** type not documented (likely string) */
  postingStatus: "PUBLISHED" | "NOT_PUBLISHED";
  default: unknown;
  /** type not documented (likely object) */
  actions: {
    hiringTeam?: {
      url?: string | null;
      method?: string | null;
      [key: string]: unknown;
    } | null;
    publications?: {
      url?: string | null;
      method?: string | null;
      [key: string]: unknown;
    } | null;
    positions?: {
      url?: string | null;
      method?: string | null;
      [key: string]: unknown;
    } | null;
    applyOnWeb?: {
      url?: string | null;
      method?: string | null;
      [key: string]: unknown;
    } | null;
    details?: {
      url?: string | null;
      method?: string | null;
      [key: string]: unknown;
    } | null;
    [key: string]: unknown;
  };
  /** type not documented (likely object) */
  creator: {
    id?: string | null;
    firstName?: string | null;
    lastName?: string | null;
    [key: string]: unknown;
  };
  visibility: "PUBLIC" | "INTERNAL" | "PRIVATE";
  [key: string]: unknown;
};

/**
 * `JobAdPublicationScheduled` in official-docs/jobs.json.
 * Used by `POST /jobs/{jobId}/jobads/{jobAdId}/postings` (jobs.jobads.postings.create).
 */
export type SrJobAdPublicationScheduled = {
  postingStatus?: "PENDING" | null;
  [key: string]: unknown;
};

/**
 * `JobAds` in official-docs/jobs.json.
 * Used by `GET /jobs/{jobId}/jobads` (jobs.jobads.all).
 */
export type SrJobAds = {
  [key: string]: unknown;
};

/**
 * `JobAdSections` in official-docs/jobs.json.
 * Used by `POST /jobs` (jobs.create), `GET /jobs/{jobId}` (jobs.get), `PATCH /jobs/{jobId}` (jobs.patch), `PUT /jobs/{jobId}` (jobs.update).
 */
export type SrJobAdSections = {
  companyDescription?: {
    title?: string | null;
    text?: string | null;
    [key: string]: unknown;
  } | null;
  jobDescription?: {
    title?: string | null;
    text?: string | null;
    [key: string]: unknown;
  } | null;
  qualifications?: {
    title?: string | null;
    text?: string | null;
    [key: string]: unknown;
  } | null;
  additionalInformation?: {
    title?: string | null;
    text?: string | null;
    [key: string]: unknown;
  } | null;
  videos?: {
    urls?: string[] | null;
    [key: string]: unknown;
  } | null;
  [key: string]: unknown;
};

/**
 * `JobAdUnpublishScheduled` in official-docs/jobs.json.
 * Used by `DELETE /jobs/{jobId}/jobads/{jobAdId}/postings` (jobs.jobads.postings.unpublish).
 */
export type SrJobAdUnpublishScheduled = {
  unpostingStatus?: "PENDING" | null;
  [key: string]: unknown;
};

/**
 * `JobApplication` in official-docs/applications.json.
 * Used by `GET /job-applications-api/v202112/job-applications/{jobApplicationId}` (job-applications.getById).
 */
export type SrJobApplication = {
  status?: unknown;
  subStatus?: unknown;
  sourceIdentifier?: unknown;
  createDate?: unknown;
  profileId?: unknown;
  jobId?: unknown;
  [key: string]: unknown;
};

/**
 * `JobApplicationStatus` in official-docs/applications.json.
 * No operation names it directly.
 */
export type SrJobApplicationStatus = {
  [key: string]: unknown;
};

/**
 * `JobApproval (SDK, from jobs-api GET /jobs/{jobId}/approvals/latest)` in official-docs/approvals.json.
 * Used by `GET /jobs/{jobId}/approvals/latest` (jobs.approvals.latest).
 */
export type SrJobApproval = {
  approvalRequestId?: unknown;
  positions?: unknown;
  salaryRange?: unknown;
  [key: string]: unknown;
};

/**
 * `JobApprovalPosition` in official-docs/jobs.json.
 * No operation names it directly.
 */
export type SrJobApprovalPosition = {
  id?: unknown;
  positionId?: unknown;
  type?: unknown;
  incumbentName?: unknown;
  positionOpenDate?: unknown;
  targetStartDate?: unknown;
  status?: unknown;
  [key: string]: unknown;
};

/**
 * `JobDetails` in official-docs/jobs.json.
 * Used by `POST /jobs` (jobs.create), `GET /jobs/{jobId}` (jobs.get), `PATCH /jobs/{jobId}` (jobs.patch), `PUT /jobs/{jobId}` (jobs.update).
 */
export type SrJobDetails = {
  id?: string | null;
  title?: string | null;
  refNumber?: string | null;
  createdOn?: string | null;
  /** Job modification date */
  updatedOn?: string | null;
  /** Indicates last activity associated with a job */
  lastActivityOn?: string | null;
  /** model Department */
  department?: SrDepartment | null;
  location?: {
    country?: string | null;
    countryCode?: string | null;
    regionCode?: string | null;
    region?: string | null;
    city?: string | null;
    address?: string | null;
    postalCode?: string | null;
    longitude?: string | null;
    latitude?: string | null;
    manual?: boolean | null;
    remote?: boolean | null;
    [key: string]: unknown;
  } | null;
  status?: string | null;
  postingStatus?: string | null;
  targetHiringDate?: string | null;
  industry?: {
    id?: string | null;
    label?: string | null;
    [key: string]: unknown;
  } | null;
  function?: {
    id?: string | null;
    label?: string | null;
    [key: string]: unknown;
  } | null;
  typeOfEmployment?: {
    id?: string | null;
    label?: string | null;
    [key: string]: unknown;
  } | null;
  experienceLevel?: {
    id?: string | null;
    label?: string | null;
    [key: string]: unknown;
  } | null;
  eeoCategory?: {
    id?: string | null;
    label?: string | null;
    [key: string]: unknown;
  } | null;
  template?: boolean | null;
  /** model UserIdentity */
  creator?: SrUserIdentity | null;
  /** model Compensation */
  compensation?: SrCompensation | null;
  /** model JobAd */
  jobAd?: SrJobAd | null;
  /** model JobProperty */
  properties?: SrJobProperty[] | null;
  actions?: {
    hiringTeam?: {
      url?: string | null;
      method?: string | null;
      [key: string]: unknown;
    } | null;
    publications?: {
      url?: string | null;
      method?: string | null;
      [key: string]: unknown;
    } | null;
    positions?: {
      url?: string | null;
      method?: string | null;
      [key: string]: unknown;
    } | null;
    applyOnWeb?: {
      url?: string | null;
      method?: string | null;
      [key: string]: unknown;
    } | null;
    details?: {
      url?: string | null;
      method?: string | null;
      [key: string]: unknown;
    } | null;
    [key: string]: unknown;
  } | null;
  [key: string]: unknown;
};

/**
 * `JobIdAttachmentsBody` in official-docs/candidates.json.
 * Used by `POST /candidates/{id}/jobs/{jobId}/attachments` (candidates.attachments.addForJob).
 */
export type SrJobIdAttachmentsBody = {
  /** Type of attachment you want to upload. */
  attachmentType: "GENERIC_FILE" | "RESUME" | "COVER_LETTER";
  /** File to upload. */
  file?: unknown;
  [key: string]: unknown;
};

/**
 * `JobInput` in official-docs/jobs.json.
 * Used by `POST /jobs` (jobs.create), `PUT /jobs/{jobId}` (jobs.update).
 */
export type SrJobInput = {
  /** legacy page: required */
  title: string;
  /** type not documented (likely string) */
  refNumber?: string | null;
  /** legacy example 2014-01-01T15:28:46.493Z */
  targetHiringDate?: string | null;
  /** type not documented (likely object) */
  department?: {
    id?: string | null;
    label?: string | null;
    description?: string | null;
    [key: string]: unknown;
  } | null;
  /** legacy: {countryCode (2-char lower case, e.g. us; required), regionCode (2-char upper case, e.g. CA; required in legacy), city (required)}; SDK JobLocationInput: countryCode (req), regionCode, address, postalCode, city (req), remote */
  location: Record<string, unknown>;
  /** {id} e.g. computer_software (legacy example) */
  industry: Record<string, unknown>;
  /** {id} e.g. engineering (legacy example) */
  function: Record<string, unknown>;
  /** {id} e.g. toe_perm (legacy example) */
  typeOfEmployment?: Record<string, unknown> | null;
  /** {id} e.g. mid_senior_level (legacy example) */
  experienceLevel: Record<string, unknown>;
  /** type not documented (likely object) */
  eeoCategory?: {
    id?: string | null;
    label?: string | null;
    [key: string]: unknown;
  } | null;
  template?: boolean | null;
  /** {min:number, max:number, currency:string} e.g. {10000, 12000, USD} (legacy example) */
  compensation?: Record<string, unknown> | null;
  /** {sections:{companyDescription:{title,text}, jobDescription:{title,text}, qualifications:{title,text}, additionalInformation:{title,text}}} (legacy example) */
  jobAd?: Record<string, unknown> | null;
  /** type not documented (likely array<object>) */
  properties?: Array<{
    id?: string | null;
    label?: string | null;
    value?: {
      id?: string | null;
      label?: string | null;
      [key: string]: unknown;
    } | null;
    [key: string]: unknown;
  }> | null;
  [key: string]: unknown;
};

/**
 * `JobLocationInput` in official-docs/jobs.json.
 * No operation names it directly.
 */
export type SrJobLocationInput = {
  countryCode: unknown;
  regionCode?: unknown;
  address?: unknown;
  postalCode?: unknown;
  city: unknown;
  remote?: unknown;
  [key: string]: unknown;
};

/**
 * `JobNote` in official-docs/jobs.json.
 * Used by `GET /jobs/{jobId}/note` (jobs.notes.get), `PUT /jobs/{jobId}/note` (jobs.notes.update).
 */
export type SrJobNote = {
  content: unknown;
  [key: string]: unknown;
};

/**
 * `JobPosition` in official-docs/jobs.json.
 * Used by `GET /jobs/{jobId}/positions` (jobs.positions.all), `POST /jobs/{jobId}/positions` (jobs.positions.create), `GET /jobs/{jobId}/positions/{positionId}` (jobs.positions.get), `PUT /jobs/{jobId}/positions/{positionId}` (jobs.positions.update).
 */
export type SrJobPosition = {
  id: unknown;
  positionId?: unknown;
  type?: unknown;
  incumbentName?: unknown;
  positionOpenDate?: unknown;
  targetStartDate?: unknown;
  status?: unknown;
  [key: string]: unknown;
};

/**
 * `JobPositionInput` in official-docs/jobs.json.
 * Used by `POST /jobs/{jobId}/positions` (jobs.positions.create), `PUT /jobs/{jobId}/positions/{positionId}` (jobs.positions.update).
 */
export type SrJobPositionInput = {
  positionId?: unknown;
  incumbentName?: unknown;
  type: "NEW" | "REPLACEMENT";
  positionOpenDate: unknown;
  targetStartDate: unknown;
  [key: string]: unknown;
};

/**
 * `JobPositions` in official-docs/jobs.json.
 * Used by `GET /jobs/{jobId}/positions` (jobs.positions.all).
 */
export type SrJobPositions = {
  totalFound: unknown;
  /** model JobPosition */
  content: SrJobPosition[];
  [key: string]: unknown;
};

/**
 * `JobProperty` in official-docs/jobs.json.
 * Used by `POST /jobs` (jobs.create), `GET /jobs/{jobId}` (jobs.get), `PATCH /jobs/{jobId}` (jobs.patch), `PUT /jobs/{jobId}` (jobs.update).
 */
export type SrJobProperty = {
  id: string;
  label?: string | null;
  value: {
    id?: string | null;
    label?: string | null;
    [key: string]: unknown;
  };
  [key: string]: unknown;
};

/**
 * `JobPropertyDefinition` in official-docs/configuration.json.
 * Used by `GET /configuration/job-properties` (configuration.job-properties.all), `POST /configuration/job-properties` (configuration.job-properties.create), `GET /configuration/job-properties/{id}` (configuration.job-properties.get), `PATCH /configuration/job-properties/{id}` (configuration.job-properties.update).
 */
export type SrJobPropertyDefinition = {
  id?: unknown;
  label: unknown;
  category: "job" | "organization";
  active?: unknown;
  visible: unknown;
  required?: unknown;
  actions?: unknown;
  [key: string]: unknown;
};

/**
 * `JobPropertyDefinitionCreationRequest` in official-docs/configuration.json.
 * Used by `POST /configuration/job-properties` (configuration.job-properties.create).
 */
export type SrJobPropertyDefinitionCreationRequest = {
  label: unknown;
  category: "job" | "organization";
  active?: unknown;
  visible: unknown;
  required?: unknown;
  [key: string]: unknown;
};

/**
 * `JobPropertyDefinitionList` in official-docs/configuration.json.
 * Used by `GET /configuration/job-properties` (configuration.job-properties.all).
 */
export type SrJobPropertyDefinitionList = {
  totalFound?: unknown;
  content?: unknown[] | null;
  [key: string]: unknown;
};

/**
 * `JobPropertyInput` in official-docs/jobs.json.
 * No operation names it directly.
 */
export type SrJobPropertyInput = {
  id: unknown;
  value: unknown;
  [key: string]: unknown;
};

/**
 * `JobPropertyValueDefinition` in official-docs/configuration.json.
 * Used by `GET /configuration/job-properties/{id}/values` (configuration.job-properties.values.get), `POST /configuration/job-properties/{id}/values` (configuration.job-properties.values.create), `PATCH /configuration/job-properties/{id}/values/{valueId}` (configuration.job-properties.values.update).
 */
export type SrJobPropertyValueDefinition = {
  id?: unknown;
  label: unknown;
  archived?: unknown;
  [key: string]: unknown;
};

/**
 * `JobPropertyValueDefinitionList` in official-docs/configuration.json.
 * Used by `GET /configuration/job-properties/{id}/values` (configuration.job-properties.values.get).
 */
export type SrJobPropertyValueDefinitionList = {
  totalFound?: unknown;
  content?: unknown[] | null;
  [key: string]: unknown;
};

/**
 * `Jobs` in official-docs/jobs.json.
 * Used by `GET /jobs` (jobs.all).
 */
export type SrJobs = {
  limit?: number | null;
  offset?: number | null;
  nextPageId?: string | null;
  totalFound?: number | null;
  /** model JobSummary */
  content?: SrJobSummary[] | null;
  [key: string]: unknown;
};

/**
 * `JobStatusHistory` in official-docs/jobs.json.
 * Used by `GET /jobs/{jobId}/status/history` (jobs.status.history.get).
 */
export type SrJobStatusHistory = {
  totalFound: unknown;
  /** model JobStatusHistoryContent */
  content: SrJobStatusHistoryContent[];
  [key: string]: unknown;
};

/**
 * `JobStatusHistoryContent` in official-docs/jobs.json.
 * Used by `GET /jobs/{jobId}/status/history` (jobs.status.history.get).
 */
export type SrJobStatusHistoryContent = {
  changedOn?: unknown;
  status: unknown;
  actions?: unknown;
  [key: string]: unknown;
};

/**
 * `JobStatusUpdate` in official-docs/jobs.json.
 * Used by `PUT /jobs/{jobId}/status` (jobs.status.update).
 */
export type SrJobStatusUpdate = {
  status: unknown;
  [key: string]: unknown;
};

/**
 * `JobSummary` in official-docs/jobs.json.
 * Used by `GET /jobs` (jobs.all).
 */
export type SrJobSummary = {
  id?: string | null;
  title?: string | null;
  refNumber?: string | null;
  createdOn?: string | null;
  /** Job modification date */
  updatedOn?: string | null;
  /** Indicates last activity associated with a job */
  lastActivityOn?: string | null;
  department?: {
    id?: string | null;
    label?: string | null;
    description?: string | null;
    [key: string]: unknown;
  } | null;
  location?: {
    country?: string | null;
    countryCode?: string | null;
    regionCode?: string | null;
    region?: string | null;
    city?: string | null;
    address?: string | null;
    postalCode?: string | null;
    longitude?: string | null;
    latitude?: string | null;
    manual?: boolean | null;
    remote?: boolean | null;
    [key: string]: unknown;
  } | null;
  status?: string | null;
  postingStatus?: string | null;
  language?: {
    code?: string | null;
    label?: string | null;
    labelNative?: string | null;
    [key: string]: unknown;
  } | null;
  actions?: {
    details?: {
      url?: string | null;
      method?: string | null;
      [key: string]: unknown;
    } | null;
    [key: string]: unknown;
  } | null;
  [key: string]: unknown;
};

/**
 * `LabelTranslation` in official-docs/configuration.json.
 * No operation names it directly.
 */
export type SrLabelTranslation = {
  label: unknown;
  language: unknown;
  [key: string]: unknown;
};

/**
 * `LabelTranslations` in official-docs/configuration.json.
 * Used by `PATCH /configuration/job-properties/{id}/translations` (configuration.job-properties.translations.patch), `PATCH /configuration/job-properties/{id}/values/{valueId}/translations` (configuration.job-properties.values.translations.patch).
 */
export type SrLabelTranslations = {
  [key: string]: unknown;
};

/**
 * `ListResult (Posting API, legacy doc)` in official-docs/postings.json.
 * No operation names it directly.
 */
export type SrListResult = {
  limit?: number | null;
  offset?: number | null;
  totalFound?: number | null;
  /** list of Posting; some fields might not be set, use `ref` for the full object */
  content?: unknown[] | null;
  [key: string]: unknown;
};

/**
 * `Offer` in official-docs/offers.json.
 * Used by `GET /candidates/{id}/jobs/{jobId}/offers` (candidates.offers.all), `GET /candidates/{id}/jobs/{jobId}/offers/{offerId}` (candidates.offers.get), `GET /offers` (candidates.offers.find).
 */
export type SrOffer = {
  id: string;
  status: "CREATED" | "PENDING_APPROVAL" | "APPROVED" | "NOT_APPROVED" | "PENDING_ACCEPTANCE" | "ACCEPTED" | "NOT_ACCEPTED" | "ABANDONED";
  createdOn: string;
  updatedOn: string;
  properties?: Record<string, string> | null;
  actions: {
    candidate?: {
      url?: string | null;
      method?: string | null;
      [key: string]: unknown;
    } | null;
    job?: {
      url?: string | null;
      method?: string | null;
      [key: string]: unknown;
    } | null;
    details?: {
      url?: string | null;
      method?: string | null;
      [key: string]: unknown;
    } | null;
    [key: string]: unknown;
  };
  [key: string]: unknown;
};

/**
 * `OfferPropertiesCategory` in official-docs/configuration.json.
 * No operation names it directly.
 */
export type SrOfferPropertiesCategory = {
  id?: unknown;
  properties?: unknown;
  [key: string]: unknown;
};

/**
 * `OfferPropertiesDefinition` in official-docs/configuration.json.
 * Used by `GET /configuration/offer-properties` (configuration.offer-properties.all).
 */
export type SrOfferPropertiesDefinition = {
  categories?: unknown;
  [key: string]: unknown;
};

/**
 * `OfferPropertyDefinition` in official-docs/configuration.json.
 * No operation names it directly.
 */
export type SrOfferPropertyDefinition = {
  key?: unknown;
  label?: unknown;
  required?: unknown;
  type?: "BOOLEAN" | "COUNTRY" | "CURRENCY" | "DATE" | "NUMBER" | "PERCENT" | "REGION" | "TEXT" | "USER" | "SELECT" | null;
  [key: string]: unknown;
};

/**
 * `Offers` in official-docs/offers.json.
 * Used by `GET /candidates/{id}/jobs/{jobId}/offers` (candidates.offers.all), `GET /offers` (candidates.offers.find).
 */
export type SrOffers = {
  limit?: number | null;
  offset?: number | null;
  totalFound: number;
  /** model Offer */
  content: SrOffer[];
  [key: string]: unknown;
};

/**
 * `OnboardingStatus` in official-docs/candidates.json.
 * Used by `GET /candidates/{id}/onboardingStatus` (candidates.onboarding.get), `PUT /candidates/{id}/onboardingStatus` (candidates.onboarding.update), `GET /candidates/{id}/jobs/{jobId}/onboardingStatus` (candidates.onboarding.getForJob), `PUT /candidates/{id}/jobs/{jobId}/onboardingStatus` (candidates.onboarding.updateForJob).
 */
export type SrOnboardingStatus = {
  onboardingStatus: "READY_TO_ONBOARD" | "ONBOARDING_SUCCESSFUL" | "ONBOARDING_FAILED";
  [key: string]: unknown;
};

/**
 * `PersonalDetails` in official-docs/candidates.json.
 * Used by `PATCH /candidates/{id}` (candidates.update).
 */
export type SrPersonalDetails = {
  /** type not documented (likely string) */
  firstName?: string | null;
  /** type not documented (likely string) */
  lastName?: string | null;
  /** type not documented (likely string) */
  email?: string | null;
  /** type not documented (likely string) */
  phoneNumber?: string | null;
  /** type not documented (likely object) */
  location?: {
    country?: string | null;
    countryCode?: string | null;
    regionCode?: string | null;
    region?: string | null;
    city?: string | null;
    lat?: number | null;
    lng?: number | null;
    [key: string]: unknown;
  } | null;
  /** type not documented (likely object) */
  web?: {
    skype?: string | null;
    linkedin?: string | null;
    facebook?: string | null;
    twitter?: string | null;
    website?: string | null;
    [key: string]: unknown;
  } | null;
  [key: string]: unknown;
};

/**
 * `Posting (Posting API list item, legacy doc)` in official-docs/postings.json.
 * Used by `GET /v1/companies/{companyIdentifier}/postings` (v1.listPostings).
 */
export type SrPosting = {
  /** unique string id associated with the posting */
  id?: string | null;
  /** universally unique id associated with the posting */
  uuid?: string | null;
  /** name of a job associated with the posting */
  name?: string | null;
  jobAdId?: string | null;
  /** whether posting is related to default job ad */
  defaultJobAd?: boolean | null;
  /** job reference number */
  refNumber?: string | null;
  /** {identifier, name} */
  company?: Record<string, unknown> | null;
  /** doc type 'date' */
  releasedDate?: string | null;
  /** {city, region, country (lower-case code e.g. "us"), remote:boolean, latitude:string, longitude:string} */
  location?: Record<string, unknown> | null;
  /** {id, label} */
  industry?: Record<string, unknown> | null;
  /** {id, label, description} */
  department?: Record<string, unknown> | null;
  /** {id, label} */
  function?: Record<string, unknown> | null;
  /** {label} (legacy example); Swagger example {id,label} */
  typeOfEmployment?: Record<string, unknown> | null;
  /** {id, label} (legacy example); Swagger example shows {id, name} */
  experienceLevel?: Record<string, unknown> | null;
  /** Swagger example [{fieldId, fieldLabel, valueId, valueLabel}] */
  customField?: unknown[] | null;
  /** URL of the full posting */
  ref?: string | null;
  /** Employee {name} */
  creator?: Record<string, unknown> | null;
  [key: string]: unknown;
};

/**
 * `PostingDetails (Posting API)` in official-docs/postings.json.
 * Used by `GET /v1/companies/{companyIdentifier}/postings/{postingId}` (v1.getPosting).
 */
export type SrPostingDetails = {
  id?: string | null;
  uuid?: string | null;
  name?: string | null;
  jobAdId?: string | null;
  applyUrl?: string | null;
  postingUrl?: string | null;
  referralUrl?: string | null;
  refNumber?: string | null;
  company?: {
    identifier?: string | null;
    name?: string | null;
    [key: string]: unknown;
  } | null;
  releasedDate?: string | null;
  location?: {
    country?: string | null;
    region?: string | null;
    city?: string | null;
    remote?: boolean | null;
    [key: string]: unknown;
  } | null;
  industry?: {
    id?: string | null;
    label?: string | null;
    [key: string]: unknown;
  } | null;
  department?: {
    id?: string | null;
    label?: string | null;
    description?: string | null;
    [key: string]: unknown;
  } | null;
  function?: {
    id?: string | null;
    label?: string | null;
    [key: string]: unknown;
  } | null;
  typeOfEmployment?: {
    id?: string | null;
    label?: string | null;
    [key: string]: unknown;
  } | null;
  experienceLevel?: {
    id?: string | null;
    name?: string | null;
    [key: string]: unknown;
  } | null;
  customField?: Array<{
    fieldId?: string | null;
    fieldLabel?: string | null;
    valueId?: string | null;
    valueLabel?: string | null;
    [key: string]: unknown;
  }> | null;
  ref?: string | null;
  creator?: {
    name?: string | null;
    [key: string]: unknown;
  } | null;
  jobAd?: {
    sections?: {
      companyDescription?: {
        title?: string | null;
        text?: string | null;
        [key: string]: unknown;
      } | null;
      jobDescription?: {
        title?: string | null;
        text?: string | null;
        [key: string]: unknown;
      } | null;
      qualifications?: {
        title?: string | null;
        text?: string | null;
        [key: string]: unknown;
      } | null;
      additionalInformation?: {
        title?: string | null;
        text?: string | null;
        [key: string]: unknown;
      } | null;
      videos?: {
        title?: string | null;
        urls?: string[] | null;
        [key: string]: unknown;
      } | null;
      [key: string]: unknown;
    } | null;
    [key: string]: unknown;
  } | null;
  active?: boolean | null;
  [key: string]: unknown;
};

/**
 * `PostingList (Posting API)` in official-docs/postings.json.
 * No operation names it directly.
 */
export type SrPostingList = {
  totalFound?: number | null;
  limit?: number | null;
  offset?: number | null;
  content?: Array<{
    id?: string | null;
    uuid?: string | null;
    name?: string | null;
    refNumber?: string | null;
    company?: {
      identifier?: string | null;
      name?: string | null;
      [key: string]: unknown;
    } | null;
    releasedDate?: string | null;
    location?: {
      country?: string | null;
      region?: string | null;
      city?: string | null;
      remote?: boolean | null;
      [key: string]: unknown;
    } | null;
    industry?: {
      id?: string | null;
      label?: string | null;
      [key: string]: unknown;
    } | null;
    department?: {
      id?: string | null;
      label?: string | null;
      description?: string | null;
      [key: string]: unknown;
    } | null;
    function?: {
      id?: string | null;
      label?: string | null;
      [key: string]: unknown;
    } | null;
    typeOfEmployment?: {
      id?: string | null;
      label?: string | null;
      [key: string]: unknown;
    } | null;
    experienceLevel?: {
      id?: string | null;
      name?: string | null;
      [key: string]: unknown;
    } | null;
    customField?: Array<{
      fieldId?: string | null;
      fieldLabel?: string | null;
      valueId?: string | null;
      valueLabel?: string | null;
      [key: string]: unknown;
    }> | null;
    ref?: string | null;
    creator?: {
      name?: string | null;
      [key: string]: unknown;
    } | null;
    language?: {
      code?: string | null;
      label?: string | null;
      labelNative?: string | null;
      [key: string]: unknown;
    } | null;
    [key: string]: unknown;
  }> | null;
  [key: string]: unknown;
};

/**
 * `PrivacyPolicy` in official-docs/applications.json.
 * Used by `GET /postings/{uuid}/configuration` (getApplyConfigurationForPosting).
 */
export type SrPrivacyPolicy = {
  url?: string | null;
  orgName?: string | null;
  [key: string]: unknown;
};

/**
 * `Properties` in official-docs/configuration.json.
 * Used by `GET /configuration/rejection-reasons` (configuration.reasons.rejection.all), `GET /configuration/withdrawal-reasons` (configuration.reasons.withdrawal.all).
 */
export type SrProperties = {
  totalFound?: unknown;
  content?: unknown[] | null;
  [key: string]: unknown;
};

/**
 * `Property` in official-docs/configuration.json.
 * No operation names it directly.
 */
export type SrProperty = {
  id: unknown;
  label?: unknown;
  [key: string]: unknown;
};

/**
 * `Publication` in official-docs/jobs.json.
 * Used by `POST /jobs/{jobId}/jobads/{jobAdId}/postings` (jobs.jobads.postings.create), `POST /jobs/{jobId}/publication` (jobs.publication.create).
 */
export type SrPublication = {
  aggregators?: unknown;
  visibility?: "PUBLIC" | "INTERNAL" | null;
  [key: string]: unknown;
};

/**
 * `PublicationList` in official-docs/jobs.json.
 * Used by `GET /jobs/{jobId}/jobads/{jobAdId}/postings` (jobs.jobads.postings.all), `GET /jobs/{jobId}/publication` (jobs.publication.all).
 */
export type SrPublicationList = {
  /** model PublicationListItem */
  content: SrPublicationListItem[];
  [key: string]: unknown;
};

/**
 * `PublicationListItem` in official-docs/jobs.json.
 * Used by `GET /jobs/{jobId}/jobads/{jobAdId}/postings` (jobs.jobads.postings.all), `GET /jobs/{jobId}/publication` (jobs.publication.all).
 */
export type SrPublicationListItem = {
  sourceName: unknown;
  type: unknown;
  publishedOn: unknown;
  unpublishedOn?: unknown;
  [key: string]: unknown;
};

/**
 * `Review` in official-docs/reviews.json.
 * Used by `GET /reviews-api/v201910/reviews` (reviews.getList), `POST /reviews-api/v201910/reviews` (reviews.create), `GET /reviews-api/v201910/reviews/{reviewId}` (reviews.get).
 */
export type SrReview = {
  id?: string | null;
  candidateId?: string | null;
  jobId?: string | null;
  reviewerId?: string | null;
  overallRating?: number | null;
  comment?: string | null;
  createdOn?: string | null;
  updatedOn?: string | null;
  [key: string]: unknown;
};

/**
 * `ReviewRequest (PP hint)` in official-docs/reviews.json.
 * No operation names it directly.
 */
export type SrReviewRequest = {
  rating: number;
  comment?: string | null;
  scorecardCriteriaScores?: unknown[] | null;
  [key: string]: unknown;
};

/**
 * `SalaryRange` in official-docs/jobs.json.
 * No operation names it directly.
 */
export type SrSalaryRange = {
  min?: unknown;
  max?: unknown;
  currency?: unknown;
  [key: string]: unknown;
};

/**
 * `ScorecardCriterion (PP hint)` in official-docs/reviews.json.
 * No operation names it directly.
 */
export type SrScorecardCriterion = {
  id?: string | null;
  label?: string | null;
  description?: string | null;
  weight?: number | null;
  required?: boolean | null;
  [key: string]: unknown;
};

/**
 * `ScreeningAnswer` in official-docs/candidates.json.
 * Used by `GET /candidates/{id}/jobs/{jobId}/screening-answers` (candidates.screening-answers.get).
 */
export type SrScreeningAnswer = {
  /** Id of Question to which answer was responded */
  id: unknown;
  type: "text" | "checkbox" | "languages" | "acknowledgement" | "textarea" | "select" | "files" | "info" | "eeo" | "radio" | "salaryExpectation" | "currency" | "work_shifts";
  /** UUID for custom questions or fixed value for predefined questions: - eeoInformation - ofccpDisability - ofccpVeteransForm - veteranStatus - disabilityStatus - ofccpReasonableAccommodation - ethnicity - ethnicGroupsDescriptions - todaysDate… */
  category: unknown;
  /** Question name visible to administrator on questions library list */
  name: unknown;
  /** Question text shown to candidate */
  label: unknown;
  /** Multiple records may be used for example for questions (Preferred Work Shifts, Languages) */
  records: unknown;
  [key: string]: unknown;
};

/**
 * `ScreeningAnswers` in official-docs/candidates.json.
 * Used by `GET /candidates/{id}/jobs/{jobId}/screening-answers` (candidates.screening-answers.get).
 */
export type SrScreeningAnswers = {
  totalFound: unknown;
  /** model ScreeningAnswer */
  content: SrScreeningAnswer[];
  [key: string]: unknown;
};

/**
 * `ScreeningQuestion` in official-docs/applications.json.
 * Used by `GET /postings/{uuid}/configuration` (getApplyConfigurationForPosting).
 */
export type SrScreeningQuestion = {
  /** Unique identifier of a question */
  id: string;
  /** General label of the question block */
  label: string;
  /** question may have multiple answer blocks (e.g. languages) */
  repeatable: boolean;
  /** simple questions: exactly one field; complex: two or more; model ScreeningQuestionField */
  fields: SrScreeningQuestionField[];
  [key: string]: unknown;
};

/**
 * `ScreeningQuestionAnswer` in official-docs/applications.json.
 * No operation names it directly.
 */
export type SrScreeningQuestionAnswer = {
  id: unknown;
  records: unknown;
  [key: string]: unknown;
};

/**
 * `ScreeningQuestionField` in official-docs/applications.json.
 * Used by `GET /postings/{uuid}/configuration` (getApplyConfigurationForPosting).
 */
export type SrScreeningQuestionField = {
  /** unique within the question */
  id: string;
  label: string;
  type: "INPUT_TEXT" | "SINGLE_SELECT" | "MULTI_SELECT" | "RADIO" | "CHECKBOX" | "TEXTAREA" | "INFORMATION";
  required: boolean;
  /** DIVERSITY questions must be displayed below all others */
  complianceType?: "DIVERSITY" | null;
  /** [{id:string, label:string}] */
  values: Array<{
    id?: string | null;
    label?: string | null;
    [key: string]: unknown;
  }>;
  [key: string]: unknown;
};

/**
 * `SecretKeyPayload` in official-docs/webhooks.json.
 * Used by `POST /webhooks-api/v201907/subscriptions/{id}/secret-key` (subscriptions.generateSecretKey), `GET /webhooks-api/v201907/subscriptions/{id}/secret-key` (subscriptions.getSecretKey).
 */
export type SrSecretKeyPayload = {
  secretKey?: string | null;
  [key: string]: unknown;
};

/**
 * `Source` in official-docs/configuration.json.
 * Used by `GET /configuration/sources/{sourceType}/values` (configuration.source.values.all), `GET /configuration/sources/{sourceType}/values/{sourceValueId}` (configuration.source.values.single).
 */
export type SrSource = {
  id: unknown;
  label: unknown;
  sourceSubType: unknown;
  actions: unknown;
  [key: string]: unknown;
};

/**
 * `SourceDefinition` in official-docs/configuration.json.
 * Used by `GET /configuration/sources/{sourceIdentifier}` (configuration.source.values.singleByIdentifier).
 */
export type SrSourceDefinition = {
  label: unknown;
  subType: unknown;
  type: unknown;
  [key: string]: unknown;
};

/**
 * `SourceDetails` in official-docs/applications.json.
 * No operation names it directly.
 */
export type SrSourceDetails = {
  sourceTypeId: unknown;
  sourceSubTypeId?: unknown;
  sourceId: unknown;
  [key: string]: unknown;
};

/**
 * `Sources` in official-docs/configuration.json.
 * Used by `GET /configuration/sources/{sourceType}/values` (configuration.source.values.all).
 */
export type SrSources = {
  totalFound: unknown;
  limit: unknown;
  offset: unknown;
  /** model Source */
  content: SrSource[];
  [key: string]: unknown;
};

/**
 * `SourceTypes` in official-docs/configuration.json.
 * Used by `GET /configuration/sources` (configuration.source.types).
 */
export type SrSourceTypes = {
  totalFound: unknown;
  /** model SourceTypesContent */
  content: SrSourceTypesContent[];
  [key: string]: unknown;
};

/**
 * `SourceTypesContent` in official-docs/configuration.json.
 * Used by `GET /configuration/sources` (configuration.source.types).
 */
export type SrSourceTypesContent = {
  id: unknown;
  label: unknown;
  actions: unknown;
  subtypes: unknown;
  [key: string]: unknown;
};

/**
 * `Subscription` in official-docs/webhooks.json.
 * Used by `POST /webhooks-api/v201907/subscriptions` (subscriptions.create), `GET /webhooks-api/v201907/subscriptions/{id}` (subscriptions.get).
 */
export type SrSubscription = {
  id?: string | null;
  callbackUrl: string;
  /** [{name:string, version:string}] e.g. {"name":"job.created","version":"1.0.0"} (help center); Swagger example shows version "v1"; model Event */
  events: SrEvent[];
  /** new subscriptions are "inactive" until PUT /subscriptions/{id}/activation succeeds */
  status?: "inactive" | "active" | null;
  [key: string]: unknown;
};

/**
 * `SubscriptionRequest` in official-docs/webhooks.json.
 * Used by `POST /webhooks-api/v201907/subscriptions` (subscriptions.create).
 */
export type SrSubscriptionRequest = {
  callbackUrl: unknown;
  events: unknown;
  alertingEmailAddress?: unknown;
  callbackAuthentication?: unknown;
  [key: string]: unknown;
};

/**
 * `Subscriptions` in official-docs/webhooks.json.
 * Used by `GET /webhooks-api/v201907/subscriptions` (subscriptions.getAll).
 */
export type SrSubscriptions = {
  [key: string]: unknown;
};

/**
 * `SystemRoles` in official-docs/users.json.
 * Used by `GET /user-api/v201804/system-roles` (system-roles.all).
 */
export type SrSystemRoles = {
  content?: Array<{
    id?: string | null;
    name?: string | null;
    [key: string]: unknown;
  }> | null;
  [key: string]: unknown;
};

/**
 * `Timeslot` in official-docs/interviews.json.
 * Used by `POST /interviews-api/v201904/interviews` (interviews.create), `GET /interviews-api/v201904/interviews/{interviewId}` (interviews.get), `POST /interviews-api/v201904/interviews/{interviewId}/timeslots` (timeslots.create), `GET /interviews-api/v201904/interviews/{interviewId}/timeslots/{timeslotId}` (timeslots.get), `PATCH /interviews-api/v201904/interviews/{interviewId}/timeslots/{timeslotId}` (timeslots.update).
 */
export type SrTimeslot = {
  id?: string | null;
  interviewType?: string | null;
  title?: string | null;
  place?: string | null;
  startsOn: string;
  endsOn: string;
  /** model Interviewer */
  interviewers: SrInterviewer[];
  candidateStatus?: unknown;
  [key: string]: unknown;
};

/**
 * `User` in official-docs/users.json. Named for what it is: the body of POST /user-api/v201804/users (create a user).
 * Used by `POST /user-api/v201804/users` (users-api/users.create).
 */
export type SrUserInput = {
  /** type not documented (likely string) */
  email?: string | null;
  /** type not documented (likely string) */
  firstName: string;
  /** type not documented (likely string) */
  lastName: string;
  /** type not documented (likely object) */
  systemRole: {
    id?: string | null;
    name?: string | null;
    [key: string]: unknown;
  };
  /** type not documented (likely string) */
  externalData?: string | null;
  /** type not documented (likely string) */
  ssoIdentifier?: string | null;
  /** User level login mode setting. Possible values are: - SSO - user can login only through SSO - PASSWORD - user can login only by password Notice: This setting _CAN_ be configured always, but it will be respected only if: - SSO is enabled at… */
  ssoLoginMode?: "SSO" | "PASSWORD" | null;
  /** type not documented (likely object) */
  language?: {
    code?: string | null;
    [key: string]: unknown;
  } | null;
  [key: string]: unknown;
};

/**
 * `UserEntity` in official-docs/users.json.
 * Used by `POST /user-api/v201804/users` (users-api/users.create), `GET /user-api/v201804/users/me` (users-api/users.me), `GET /user-api/v201804/users/{id}` (users-api/users.get), `PATCH /user-api/v201804/users/{id}` (users-api/users.update).
 */
export type SrUserEntity = {
  email?: string | null;
  firstName: string;
  lastName: string;
  systemRole: {
    id?: string | null;
    name?: string | null;
    [key: string]: unknown;
  };
  externalData?: string | null;
  ssoIdentifier?: string | null;
  /** User level login mode setting. Possible values are: - SSO - user can login only through SSO - PASSWORD - user can login only by password Notice: This setting _CAN_ be configured always, but it will be respected only if: - SSO is enabled at… */
  ssoLoginMode?: "SSO" | "PASSWORD" | null;
  language?: {
    code?: string | null;
    [key: string]: unknown;
  } | null;
  id?: string | null;
  active?: boolean | null;
  updatedOn?: string | null;
  location?: {
    country?: string | null;
    countryCode?: string | null;
    regionCode?: string | null;
    region?: string | null;
    city?: string | null;
    address?: string | null;
    postalCode?: string | null;
    longitude?: string | null;
    latitude?: string | null;
    [key: string]: unknown;
  } | null;
  accessGroups?: Array<{
    id?: string | null;
    name?: string | null;
    [key: string]: unknown;
  }> | null;
  seats?: unknown;
  [key: string]: unknown;
};

/**
 * `UserEntityAccessGroups` in official-docs/users.json.
 * No operation names it directly.
 */
export type SrUserEntityAccessGroups = {
  id?: unknown;
  name?: unknown;
  [key: string]: unknown;
};

/**
 * `UserId` in official-docs/users.json.
 * No operation names it directly.
 */
export type SrUserId = {
  [key: string]: unknown;
};

/**
 * `UserIdentity` in official-docs/jobs.json.
 * Used by `POST /jobs` (jobs.create), `GET /jobs/{jobId}` (jobs.get), `PATCH /jobs/{jobId}` (jobs.patch), `PUT /jobs/{jobId}` (jobs.update).
 */
export type SrUserIdentity = {
  id?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  [key: string]: unknown;
};

/**
 * `UserLanguage` in official-docs/users.json.
 * No operation names it directly.
 */
export type SrUserLanguage = {
  code: unknown;
  [key: string]: unknown;
};

/**
 * `UserListItem` in official-docs/users.json.
 * Used by `GET /user-api/v201804/users` (users-api/users.all).
 */
export type SrUserListItem = {
  email?: string | null;
  firstName: string;
  lastName: string;
  systemRole: {
    id?: string | null;
    name?: string | null;
    [key: string]: unknown;
  };
  externalData?: string | null;
  ssoIdentifier?: string | null;
  /** User level login mode setting. Possible values are: - SSO - user can login only through SSO - PASSWORD - user can login only by password Notice: This setting _CAN_ be configured always, but it will be respected only if: - SSO is enabled at… */
  ssoLoginMode?: "SSO" | "PASSWORD" | null;
  language: {
    code?: string | null;
    [key: string]: unknown;
  };
  id?: string | null;
  active?: boolean | null;
  updatedOn?: string | null;
  accessGroups?: Array<{
    id?: string | null;
    [key: string]: unknown;
  }> | null;
  seats?: unknown;
  [key: string]: unknown;
};

/**
 * `Users` in official-docs/users.json.
 * Used by `GET /user-api/v201804/users` (users-api/users.all).
 */
export type SrUsers = {
  limit?: number | null;
  nextPageId?: string | null;
  /** model UserListItem */
  content?: SrUserListItem[] | null;
  [key: string]: unknown;
};

/**
 * `WebProfile` in official-docs/candidates.json.
 * Used by `POST /candidates` (candidates.add), `POST /candidates/cv` (candidates.resume.add), `GET /candidates/{id}` (candidates.get), `PATCH /candidates/{id}` (candidates.update), `POST /jobs/{jobId}/candidates` (candidates.addToJob), `POST /jobs/{jobId}/candidates/cv` (candidates.resume.addToJob).
 */
export type SrWebProfile = {
  skype?: string | null;
  linkedin?: string | null;
  facebook?: string | null;
  twitter?: string | null;
  website?: string | null;
  [key: string]: unknown;
};

/** `JobWebhookPayload`: a webhook callback body (official-docs/webhooks.json `callback_payloads`, SDK). */
export type SrJobWebhookPayload = {
  id: unknown;
  [key: string]: unknown;
};

/** `JobAdWebhookPayload`: a webhook callback body (official-docs/webhooks.json `callback_payloads`, SDK). */
export type SrJobAdWebhookPayload = {
  job_id: unknown;
  job_ad_id: unknown;
  [key: string]: unknown;
};

/** `JobAdPostingsWebhookPayload`: a webhook callback body (official-docs/webhooks.json `callback_payloads`, SDK). */
export type SrJobAdPostingsWebhookPayload = {
  job_id: unknown;
  job_ad_id: unknown;
  [key: string]: unknown;
};

/** `PositionWebhookPayload`: a webhook callback body (official-docs/webhooks.json `callback_payloads`, SDK). */
export type SrPositionWebhookPayload = {
  job_id: unknown;
  position_id: unknown;
  [key: string]: unknown;
};

/** `ApplicationWebhookPayload`: a webhook callback body (official-docs/webhooks.json `callback_payloads`, SDK). */
export type SrApplicationWebhookPayload = {
  job_id: unknown;
  candidate_id: unknown;
  application_id: unknown;
  [key: string]: unknown;
};

/** `ApplicationAttachmentWebhookPayload`: a webhook callback body (official-docs/webhooks.json `callback_payloads`, SDK). */
export type SrApplicationAttachmentWebhookPayload = {
  job_id: unknown;
  candidate_id: unknown;
  application_id: unknown;
  attachment_id: unknown;
  [key: string]: unknown;
};

/** `ScreeningQuestionsAnswersWebhookPayload`: a webhook callback body (official-docs/webhooks.json `callback_payloads`, SDK). */
export type SrScreeningQuestionsAnswersWebhookPayload = {
  job_id: unknown;
  candidate_id: unknown;
  application_id: unknown;
  [key: string]: unknown;
};

/** `CandidateWebhookPayload`: a webhook callback body (official-docs/webhooks.json `callback_payloads`, SDK). */
export type SrCandidateWebhookPayload = {
  id: unknown;
  [key: string]: unknown;
};

/** `OfferWebhookPayload`: a webhook callback body (official-docs/webhooks.json `callback_payloads`, SDK). */
export type SrOfferWebhookPayload = {
  job_id: unknown;
  candidate_id: unknown;
  offer_id: unknown;
  [key: string]: unknown;
};

/** `OfferApprovalWebhookPayload`: a webhook callback body (official-docs/webhooks.json `callback_payloads`, SDK). */
export type SrOfferApprovalWebhookPayload = {
  approval_id: unknown;
  job_id: unknown;
  candidate_id: unknown;
  offer_id: unknown;
  [key: string]: unknown;
};

/** `JobApprovalWebhookPayload`: a webhook callback body (official-docs/webhooks.json `callback_payloads`, SDK). */
export type SrJobApprovalWebhookPayload = {
  approval_id: unknown;
  job_id: unknown;
  [key: string]: unknown;
};

/** `ReviewWebhookPayload`: a webhook callback body (official-docs/webhooks.json `callback_payloads`, SDK). */
export type SrReviewWebhookPayload = {
  application_id: unknown;
  review_id: unknown;
  [key: string]: unknown;
};

/** `OnboardingProcessWebhookPayload`: a webhook callback body (official-docs/webhooks.json `callback_payloads`, SDK). */
export type SrOnboardingProcessWebhookPayload = {
  onboarding_process_id: unknown;
  new_hire_id: unknown;
  [key: string]: unknown;
};

/** `OnboardingAssignmentsCompletedWebhookPayload`: a webhook callback body (official-docs/webhooks.json `callback_payloads`, SDK). */
export type SrOnboardingAssignmentsCompletedWebhookPayload = {
  onboarding_process_id: unknown;
  new_hire_id: unknown;
  [key: string]: unknown;
};

/** `OnboardingHighPriorityAssignmentsCompletedWebhookPayload`: a webhook callback body (official-docs/webhooks.json `callback_payloads`, SDK). */
export type SrOnboardingHighPriorityAssignmentsCompletedWebhookPayload = {
  onboarding_process_id: unknown;
  new_hire_id: unknown;
  [key: string]: unknown;
};

/** a user as every user call answers it (GET/PATCH /user-api/v201804/users/{id}, list items) (`UserEntity`). */
export type SrUser = SrUserEntity;

/** a job as GET /jobs/{jobId} answers it; list items are SrJobSummary (`JobDetails`). */
export type SrJob = SrJobDetails;

/** a company location as jobs carry it; candidates carry SrCandidateLocation (`JobDetails.location`). */
export type SrLocation = NonNullable<SrJobDetails["location"]>;

/** a system role (`{ id, name }`), as users carry it and GET /user-api/v201804/system-roles lists it (`UserEntity.systemRole`). */
export type SrSystemRole = NonNullable<SrUserEntity["systemRole"]>;

/** an access group (`{ id, name }`), as users carry them and GET /user-api/v201804/access-groups lists them (`UserEntityAccessGroups`). */
export type SrAccessGroup = SrUserEntityAccessGroups;

/** one item of GET /configuration/rejection-reasons (and withdrawal reasons): `Properties` of `Property` (`Property`). */
export type SrRejectReason = SrProperty;

/** a candidate's consent status (GET /candidates/{id}/consent) (`CandidateConsentStatus`). */
export type SrConsent = SrCandidateConsentStatus;

/** one entry of a candidate's status history on a job (`CandidateStatusHistoryListElem`). */
export type SrStatusHistoryEntry = SrCandidateStatusHistoryListElem;

/** one entry of a job's status history (`JobStatusHistoryContent`). */
export type SrJobStatusHistoryEntry = SrJobStatusHistoryContent;

/** a review of a candidate (SmartRecruiters calls scorecards reviews) (`Review`). */
export type SrScorecard = SrReview;

/** The documented 2xx answer of each operation, by operation key (answers without documented fields are absent). */
export interface SrOperationAnswers {
  "createCandidate": SrApplyApiResponse;
  "getApplyConfigurationForPosting": SrApplyConfiguration;
  "getApplicationStatus": SrApplicationStatusInfo;
  "configuration.company.my": SrCompanyConfiguration;
  "configuration.job-properties.all": SrJobPropertyDefinitionList;
  "configuration.job-properties.create": SrJobPropertyDefinition;
  "configuration.job-properties.get": SrJobPropertyDefinition;
  "configuration.job-properties.update": SrJobPropertyDefinition;
  "configuration.job-properties.values.get": SrJobPropertyValueDefinitionList;
  "configuration.job-properties.values.create": SrJobPropertyValueDefinition;
  "configuration.job-properties.values.update": SrJobPropertyValueDefinition;
  "configuration.job-properties.dependents.all": SrDependentJobProperties;
  "configuration.job-properties.dependents.create": SrDependentJobProperties;
  "configuration.job-properties.dependents.values.all": SrDependentJobPropertyValuesRelations;
  "configuration.job-properties.dependents.values.get": SrDependentJobPropertyValues;
  "configuration.department.create": SrDepartment;
  "configuration.department.all": SrDepartments;
  "configuration.department.get": SrDepartment;
  "configuration.hiring-process.all": SrHiringProcesses;
  "configuration.hiring-process.get": SrHiringProcess;
  "configuration.offer-properties.all": SrOfferPropertiesDefinition;
  "configuration.candidate-properties.all": SrCandidatePropertyDefinitionList;
  "configuration.candidate-properties.get": SrCandidatePropertyDefinition;
  "configuration.candidate-properties.values.all": SrCandidatePropertyValueList;
  "configuration.candidate-properties.values.create": SrCandidatePropertyValue;
  "configuration.candidate-properties.values.get": SrCandidatePropertyValue;
  "configuration.candidate-properties.values.update": SrCandidatePropertyValue;
  "configuration.source.types": SrSourceTypes;
  "configuration.source.values.all": SrSources;
  "configuration.source.values.single": SrSource;
  "configuration.source.values.singleByIdentifier": SrSourceDefinition;
  "configuration.reasons.rejection.all": SrProperties;
  "configuration.reasons.withdrawal.all": SrProperties;
  "types.get": Array<string>;
  "interviews.get-list": SrInterviewsList;
  "interviews.create": SrInterview;
  "interviews.get": SrInterview;
  "timeslots.create": SrTimeslot;
  "timeslots.get": SrTimeslot;
  "jobs.positions.all": SrJobPositions;
  "jobs.positions.create": SrJobPosition;
  "jobs.positions.get": SrJobPosition;
  "jobs.positions.update": SrJobPosition;
  "jobs.jobads.create": SrJobAdItem;
  "jobs.jobads.get": SrJobAdItem;
  "jobs.jobads.update": SrJobAdItem;
  "jobs.jobads.postings.create": SrJobAdPublicationScheduled;
  "jobs.jobads.postings.all": SrPublicationList;
  "jobs.jobads.postings.unpublish": SrJobAdUnpublishScheduled;
  "jobs.publication.all": SrPublicationList;
  "jobs.hiring-team.get": SrHiringTeamMembers;
  "jobs.hiring-team.add": SrHiringTeamMemberResponse;
  "jobs.notes.get": SrJobNote;
  "jobs.notes.update": SrJobNote;
  "jobs.headcount.update": SrHeadcountUpdateAccepted;
  "jobs.all": SrJobs;
  "jobs.create": SrJobDetails;
  "jobs.get": SrJobDetails;
  "jobs.patch": SrJobDetails;
  "jobs.update": SrJobDetails;
  "jobs.status.update": SrJobStatusUpdate;
  "jobs.status.history.get": SrJobStatusHistory;
  "jobs.approvals.latest": SrJobApproval;
  "candidates.tags.add": SrCandidateTags;
  "candidates.tags.get": SrCandidateTags;
  "candidates.tags.replace": SrCandidateTags;
  "candidates.onboarding.get": SrOnboardingStatus;
  "candidates.onboarding.getForJob": SrOnboardingStatus;
  "candidates.all": SrCandidates;
  "candidates.add": SrCandidateDetails;
  "candidates.resume.add": SrCandidateDetails;
  "candidates.consent.request.batch": SrConsentRequestsResults;
  "candidates.consent.status": SrCandidateConsentStatus;
  "candidates.consent.decisions": SrCandidateConsentDecisions;
  "candidates.get": SrCandidateDetails;
  "candidates.update": SrCandidateDetails;
  "candidates.attachments.list": SrAttachments;
  "candidates.attachments.add": SrAttachment;
  "candidates.attachments.listForJob": SrCandidateAttachmentsForJob;
  "candidates.attachments.addForJob": SrCandidateAttachmentForJob;
  "candidates.status.history.get": SrCandidateStatusHistoryList;
  "candidates.status.history.getForJob": SrCandidateStatusHistoryList;
  "candidates.properties.get": SrCandidateProperties;
  "candidates.properties.getForJob": SrCandidateProperties;
  "candidates.screening-answers.get": SrScreeningAnswers;
  "candidates.addToJob": SrCandidateDetails;
  "candidates.resume.addToJob": SrCandidateDetails;
  "candidates.getApplication": SrApplication;
  "job-applications.getById": SrJobApplication;
  "reviews.getList": Array<SrReview>;
  "reviews.create": SrReview;
  "reviews.get": SrReview;
  "users-api/users.all": SrUsers;
  "users-api/users.create": SrUserEntity;
  "users-api/users.me": SrUserEntity;
  "users-api/users.get": SrUserEntity;
  "users-api/users.update": SrUserEntity;
  "system-roles.all": SrSystemRoles;
  "access-groups.all": SrAccessGroups;
  "access-groups.users.assign": SrAccessGroups;
  "subscriptions.create": SrSubscription;
  "subscriptions.get": SrSubscription;
  "subscriptions.generateSecretKey": SrSecretKeyPayload;
  "subscriptions.getSecretKey": SrSecretKeyPayload;
  "candidates.offers.all": SrOffers;
  "candidates.offers.get": SrOffer;
  "candidates.offers.find": SrOffers;
  "v1.listPostings": {
    totalFound?: number | null;
    content?: SrPosting[] | null;
    [key: string]: unknown;
  };
  "v1.getPosting": SrPostingDetails;
  "v1.listDepartments": SrDepartmentList;
}
