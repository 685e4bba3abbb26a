// Generated from the action catalogue (built from specs/ by src/actions/build-catalogue.ts) by scripts/generators/action-types.ts — do not edit.
// Regenerate with `npm run generate`.
/* eslint-disable */
import type { ActionResult, ExecuteActionOptions } from '../execute-action.js';
import type { FileInput } from '../file-input.js';
import type { FileOutput } from '../file-response.js';

/** Any JSON value: what a field the docs do not type accepts. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** One RFC 6902 operation. */
export interface JsonPatchOperation {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  path: string;
  value?: unknown;
  from?: string;
  [key: string]: unknown;
}

/** The flat input of each action: path and query params top-level, the body under `body`, a file under `file`. */
export interface ActionInputs {
  /** Get Application Configuration For Posting — `GET /postings/{uuid}/configuration` */
  get_application_configuration_for_posting: {
    /** Posting UUID */
    uuid: string;
    /** whether conditional screening questions should be enabled (OP); type from SDK postings_api is unknown */
    conditionalsIncluded?: boolean;
  };
  /** Create Candidate Application — `POST /postings/{uuid}/candidates` */
  create_candidate_application: {
    /** Posting UUID */
    uuid: string;
    body: {
      /** The candidate's first name */
      firstName: string;
      /** The candidate's last name */
      lastName: string;
      email: string;
      createJoinLink?: JsonValue;
      phoneNumber?: string;
      /** {country, countryCode, region, regionCode, city, lat (number), lng (number)} */
      location?: Record<string, unknown>;
      /** {skype, linkedIn, facebook, twitter, website} (all strings) */
      web?: Record<string, unknown>;
      tags?: string[];
      /** [{institution, degree, major, current (boolean), startDate, endDate, location, description}] */
      education?: Record<string, unknown>[];
      /** [{title, company, current (boolean), startDate, endDate, location, description}] */
      experience?: Record<string, unknown>[];
      /** {sourceTypeId, sourceSubTypeId, sourceId} */
      sourceDetails?: Record<string, unknown>;
      /** {fileName, mimeType, fileContent (base64)} */
      resume?: Record<string, unknown>;
      /** {fileName, mimeType, fileContent (base64)}; do not send when configuration settings.avatarUploadAvailable is false */
      avatar?: Record<string, unknown>;
      /** [{fileName, mimeType, fileContent (base64)}]; help center: 2MB per file, PDF/DOC(X)/RTF/JPG/PNG */
      attachments?: Record<string, unknown>[];
      /** [{id (question id), records:[{fields:{<fieldId>: [string]}}]}]; text/textarea/currency answers max 4000 bytes UTF-8 */
      answers?: Record<string, unknown>[];
      messageToHiringManager?: string;
      /** consent to process personal data + acceptance of privacy policies (from GET /postings/{uuid}/configuration) */
      consent?: boolean;
      /** map <consent scope id> -> boolean */
      consentDecisions?: Record<string, unknown>;
      internal?: boolean;
      [key: string]: unknown;
    };
  };
  /** Get Application Status — `GET /postings/{uuid}/candidates/{candidateId}/status` */
  get_application_status: {
    /** Posting UUID */
    uuid: string;
    candidateId: string;
  };
  /** Get Job Application — `GET /job-applications-api/v202112/job-applications/{jobApplicationId}` */
  get_job_application: {
    /** ID of job application */
    jobApplicationId: string;
  };
  /** Delete Job Application — `DELETE /job-applications-api/v202112/job-applications/{jobApplicationId}` */
  delete_job_application: {
    jobApplicationId: string;
  };
  /** List Pending Approvals — `GET /approvals-api/v201910/approvals` */
  list_pending_approvals: {
    /** Identifier for the paged list of approval requests. To get the first page, leave it blank. */
    pageId?: string;
  };
  /** Get Approval Request — `GET /approvals-api/v201910/approvals/{approvalRequestId}` */
  get_approval_request: {
    approvalRequestId: string;
  };
  /** Create Approval Request — `POST /approvals-api/v201910/approvals` */
  create_approval_request: {
    body?: Record<string, unknown> | unknown[];
  };
  /** Approve Approval Request — `POST /approvals-api/v201910/approvals/{approvalRequestId}/approve-decisions` */
  approve_approval_request: {
    approvalRequestId: string;
    body?: Record<string, unknown> | unknown[];
  };
  /** Reject Approval Request — `POST /approvals-api/v201910/approvals/{approvalRequestId}/reject-decisions` */
  reject_approval_request: {
    /** Approval request identifier */
    approvalRequestId: string;
    body?: Record<string, unknown> | unknown[];
  };
  /** List Approval Comments — `GET /approvals-api/v201910/approvals/{approvalRequestId}/comments` */
  list_approval_comments: {
    approvalRequestId: string;
  };
  /** Add Approval Comment — `POST /approvals-api/v201910/approvals/{approvalRequestId}/comments` */
  add_approval_comment: {
    approvalRequestId: string;
    body?: Record<string, unknown> | unknown[];
  };
  /** Search Candidates — `GET /candidates` */
  search_candidates: {
    /** keyword search (see Help Center 'Searching candidates via Candidate API'); case insensitive */
    q?: string;
    /** number of elements to return. max value is 100 */
    limit?: number;
    /** page identifier; absent on first page; next value from nextPageId or Link rel=next */
    pageId?: string;
    /** job filter to display candidates who applied for a job [id]; can be used repeatedly; */
    jobId?: string | (string)[];
    /** keyword search in candidate location data; case insensitive */
    location?: string | (string)[];
    /** average rating filter to display candidates with a specific average rating (integer); can be used repeatedly; e.g. 4 — deprecated */
    averageRating?: number | (number)[];
    /** status in the context of a job */
    status?: ("LEAD" | "NEW" | "IN_REVIEW" | "INTERVIEW" | "OFFERED" | "HIRED" | "REJECTED" | "WITHDRAWN" | "TRANSFERRED") | ("LEAD" | "NEW" | "IN_REVIEW" | "INTERVIEW" | "OFFERED" | "HIRED" | "REJECTED" | "WITHDRAWN" | "TRANSFERRED")[];
    /** official page renders 'array of objects'; SDK enum ConsentStatus */
    consentStatus?: ("REQUIRED" | "PENDING" | "ACQUIRED") | ("REQUIRED" | "PENDING" | "ACQUIRED")[];
    /** works only together with `status` */
    subStatus?: string;
    /** case insensitive */
    tag?: string | (string)[];
    /** ISO8601, Format: yyyy-MM-ddTHH:mm:ss.SSSZZ */
    updatedAfter?: string;
    /** candidate's onboarding status */
    onboardingStatus?: "READY_TO_ONBOARD" | "ONBOARDING_SUCCESSFUL" | "ONBOARDING_FAILED";
    /** candidate's property id (1-N) */
    propertyId?: string | (string)[];
    /** candidate's property value id (1-N) */
    propertyValueId?: string | (string)[];
    /** candidate's source type (1-N) */
    sourceType?: string | (string)[];
    /** candidate's source subtype (1-N) */
    sourceSubType?: string | (string)[];
    /** candidate's source value id (1-N) */
    sourceValueId?: string | (string)[];
    /** screening question category (1-N) */
    questionCategory?: string | (string)[];
    /** screening question field id (1-N) */
    questionFieldId?: string | (string)[];
    /** screening question field value id (1-N) */
    questionFieldValueId?: string | (string)[];
  };
  /** Get Candidate — `GET /candidates/{id}` */
  get_candidate: {
    /** candidate identifier */
    id: string;
  };
  /** Create Candidate — `POST /candidates` */
  create_candidate: {
    body: {
      firstName: string;
      lastName: string;
      email: string;
      phoneNumber?: string;
      location?: Record<string, unknown>;
      web?: Record<string, unknown>;
      tags?: string[];
      education?: Record<string, unknown>[];
      experience?: Record<string, unknown>[];
      /** {sourceTypeId, sourceSubTypeId (optional), sourceId}; values from GET /configuration/sources and /configuration/sources/{sourceTypeId}/values. Not defining the source defaults to the API source. */
      sourceDetails?: Record<string, unknown>;
      internal?: boolean;
      [key: string]: unknown;
    };
  };
  /** Update Candidate — `PATCH /candidates/{id}` */
  update_candidate: {
    /** candidate identifier */
    id: string;
    body?: {
      /** type not documented (likely string) */
      firstName?: JsonValue;
      /** type not documented (likely string) */
      lastName?: JsonValue;
      /** type not documented (likely string) */
      email?: JsonValue;
      /** type not documented (likely string) */
      phoneNumber?: JsonValue;
      /** type not documented (likely object) */
      location?: JsonValue;
      /** type not documented (likely object) */
      web?: JsonValue;
      [key: string]: unknown;
    };
  };
  /** Delete Candidate — `DELETE /candidates/{id}` */
  delete_candidate: {
    /** candidate identifier */
    id: string;
  };
  /** Get Candidate Tags — `GET /candidates/{id}/tags` */
  get_candidate_tags: {
    /** candidate identifier */
    id: string;
  };
  /** Add Candidate Tags — `POST /candidates/{id}/tags` */
  add_candidate_tags: {
    /** candidate identifier */
    id: string;
    body: {
      tags: JsonValue;
      [key: string]: unknown;
    };
  };
  /** Update Candidate Tags — `PUT /candidates/{id}/tags` */
  update_candidate_tags: {
    /** candidate identifier */
    id: string;
    body: {
      tags: JsonValue;
      [key: string]: unknown;
    };
  };
  /** Delete Candidate Tags — `DELETE /candidates/{id}/tags` */
  delete_candidate_tags: {
    /** candidate identifier */
    id: string;
  };
  /** Get Candidate Onboarding Status — `GET /candidates/{id}/onboardingStatus` */
  get_candidate_onboarding_status: {
    /** candidate identifier */
    id: string;
  };
  /** Get Candidate Onboarding Status For Job — `GET /candidates/{id}/jobs/{jobId}/onboardingStatus` */
  get_candidate_onboarding_status_for_job: {
    /** candidate identifier */
    id: string;
    /** job identifier */
    jobId: string;
  };
  /** Update Candidate Onboarding Status For Job — `PUT /candidates/{id}/jobs/{jobId}/onboardingStatus` */
  update_candidate_onboarding_status_for_job: {
    /** candidate identifier */
    id: string;
    /** job identifier */
    jobId: string;
    body: {
      onboardingStatus: "READY_TO_ONBOARD" | "ONBOARDING_SUCCESSFUL" | "ONBOARDING_FAILED";
      [key: string]: unknown;
    };
  };
  /** List Candidate Attachments — `GET /candidates/{id}/attachments` */
  list_candidate_attachments: {
    /** candidate identifier */
    id: string;
  };
  /** Get Candidate Attachment — `GET /candidates/attachments/{attachmentId}` */
  get_candidate_attachment: {
    /** attachment identifier */
    attachmentId: string;
  };
  /** List Candidate Attachments For Job — `GET /candidates/{id}/jobs/{jobId}/attachments` */
  list_candidate_attachments_for_job: {
    /** candidate identifier */
    id: string;
    /** job identifier */
    jobId: string;
  };
  /** Upload Candidate Attachment For Job — `POST /candidates/{id}/jobs/{jobId}/attachments` */
  upload_candidate_attachment_for_job: {
    /** candidate identifier */
    id: string;
    /** job identifier */
    jobId: string;
    body: {
      /** Type of attachment you want to upload. */
      attachmentType: "GENERIC_FILE" | "RESUME" | "COVER_LETTER";
    };
    file: FileInput;
  };
  /** Delete Candidate Attachment — `DELETE /candidates/attachments/{attachmentId}` */
  delete_candidate_attachment: {
    /** attachment identifier */
    attachmentId: string;
  };
  /** Get Candidate Status — `GET /candidate-status-api/status/{applicationUuid}` */
  get_candidate_status: {
    applicationUuid: string;
  };
  /** Update Candidate Status — `PUT /candidates/{id}/jobs/{jobId}/status` */
  update_candidate_status: {
    /** candidate identifier */
    id: string;
    /** job identifier */
    jobId: string;
    body: {
      status: "LEAD" | "NEW" | "IN_REVIEW" | "INTERVIEW" | "OFFERED" | "HIRED" | "REJECTED" | "WITHDRAWN" | "TRANSFERRED";
      subStatus?: string;
      startsOn?: string;
      /** id of rejection (GET /configuration/rejection-reasons) or withdrawal (GET /configuration/withdrawal-reasons) reason. | id of rejection (GET /configuration/rejection-reasons) or withdrawal (GET /configuration/withdrawal-reasons) reason */
      reason?: string;
      [key: string]: unknown;
    };
  };
  /** Get Candidate Status History For Job — `GET /candidates/{id}/jobs/{jobId}/status/history` */
  get_candidate_status_history_for_job: {
    /** candidate identifier */
    id: string;
    /** job identifier */
    jobId: string;
  };
  /** Get Candidate Properties For Job — `GET /candidates/{id}/jobs/{jobId}/properties` */
  get_candidate_properties_for_job: {
    /** candidate identifier */
    id: string;
    /** job identifier */
    jobId: string;
    /** context for candidate properties to display */
    context?: "PROFILE" | "OFFER_FORM" | "HIRE_FORM" | "OFFER_APPROVAL_FORM";
  };
  /** Get Candidate Consent Status — `GET /candidates/{id}/consent` */
  get_candidate_consent_status: {
    /** candidate identifier */
    id: string;
  };
  /** Get Candidate Consent Decisions — `GET /candidates/{id}/consents` */
  get_candidate_consent_decisions: {
    /** candidate identifier */
    id: string;
  };
  /** Update Candidate Source — `PUT /candidates/{id}/jobs/{jobId}/source` */
  update_candidate_source: {
    /** candidate identifier */
    id: string;
    /** job identifier */
    jobId: string;
    body: {
      sourceTypeId: JsonValue;
      sourceSubTypeId?: JsonValue;
      sourceId: JsonValue;
      [key: string]: unknown;
    };
  };
  /** Get Candidate Screening Answers — `GET /candidates/{id}/jobs/{jobId}/screening-answers` */
  get_candidate_screening_answers: {
    /** candidate identifier */
    id: string;
    /** job identifier */
    jobId: string;
  };
  /** Create A New Candidate And Assign To A Job — `POST /jobs/{jobId}/candidates` */
  create_a_new_candidate_and_assign_to_a_job: {
    /** job identifier */
    jobId: string;
    body: {
      firstName: string;
      lastName: string;
      email: string;
      phoneNumber?: string;
      location?: Record<string, unknown>;
      web?: Record<string, unknown>;
      tags?: string[];
      education?: Record<string, unknown>[];
      experience?: Record<string, unknown>[];
      /** {sourceTypeId, sourceSubTypeId (optional), sourceId}; values from GET /configuration/sources and /configuration/sources/{sourceTypeId}/values. Not defining the source defaults to the API source. */
      sourceDetails?: Record<string, unknown>;
      internal?: boolean;
      [key: string]: unknown;
    };
  };
  /** Get Candidate Application — `GET /candidates/{id}/jobs/{jobId}` */
  get_candidate_application: {
    /** candidate identifier */
    id: string;
    /** job identifier */
    jobId: string;
  };
  /** Delete Candidate Application — `DELETE /candidates/{id}/jobs/{jobId}` */
  delete_candidate_application: {
    id: string;
    jobId: string;
  };
  /** Parse Resume — `POST /candidates/cv/parse` */
  parse_resume: {
    file: FileInput;
  };
  /** List Access Groups — `GET /configuration/access-groups` */
  list_access_groups: {
    /** pageId */
    pageId?: string;
    /** pageSize */
    pageSize?: number;
  };
  /** Get Access Group — `GET /configuration/access-groups/{accessGroupId}` */
  get_access_group: {
    accessGroupId: string;
  };
  /** Create Access Group — `POST /configuration/access-groups` */
  create_access_group: {
    body?: Record<string, unknown> | unknown[];
  };
  /** Update Access Group — `PUT /configuration/access-groups/{accessGroupId}` */
  update_access_group: {
    accessGroupId: string;
    body?: Record<string, unknown> | unknown[];
  };
  /** Get Company Information — `GET /configuration/company` */
  get_company_information: Record<string, never>;
  /** List Job Properties — `GET /configuration/job-properties` */
  list_job_properties: Record<string, never>;
  /** Create Job Property — `POST /configuration/job-properties` */
  create_job_property: {
    body: {
      label: JsonValue;
      category: "job" | "organization";
      active?: JsonValue;
      visible: JsonValue;
      required?: JsonValue;
      [key: string]: unknown;
    };
  };
  /** Get Job Property — `GET /configuration/job-properties/{id}` */
  get_job_property: {
    /** job property identifier */
    id: string;
  };
  /** Get Job Property Values — `GET /configuration/job-properties/{id}/values` */
  get_job_property_values: {
    /** job property identifier */
    id: string;
  };
  /** Create Job Property Value — `POST /configuration/job-properties/{id}/values` */
  create_job_property_value: {
    /** job property identifier */
    id: string;
    body: {
      id?: JsonValue;
      label: JsonValue;
      archived?: JsonValue;
      [key: string]: unknown;
    };
  };
  /** Archive Job Property Value — `PUT /configuration/job-properties/{id}/archive-values/{valueId}` */
  archive_job_property_value: {
    /** job property identifier */
    id: string;
    /** job property's value identifier */
    valueId: string;
    body?: Record<string, unknown> | unknown[];
  };
  /** Activate Job Property — `PUT /configuration/job-properties/{id}/activation` */
  activate_job_property: {
    /** job property identifier */
    id: string;
    body?: Record<string, unknown> | unknown[];
  };
  /** Get Job Property Dependents — `GET /configuration/job-properties/{id}/dependents` */
  get_job_property_dependents: {
    /** job property identifier */
    id: string;
  };
  /** Create Job Property Dependents — `POST /configuration/job-properties/{id}/dependents` */
  create_job_property_dependents: {
    /** job property identifier */
    id: string;
    body: {
      ids: JsonValue;
      [key: string]: unknown;
    };
  };
  /** Get Job Property Dependent Values — `GET /configuration/job-properties/{id}/dependents/{dependentId}/values` */
  get_job_property_dependent_values: {
    /** job property identifier */
    id: string;
    /** job property's dependent identifier */
    dependentId: string;
  };
  /** Get Job Property Value Dependents — `GET /configuration/job-properties/{id}/values/{valueId}/dependents/{dependentId}/values` */
  get_job_property_value_dependents: {
    /** job property identifier */
    id: string;
    /** job property's value identifier */
    valueId: string;
    /** job property's dependent identifier */
    dependentId: string;
  };
  /** Add Job Property Dependent Value — `POST /configuration/job-properties/{id}/values/{valueId}/dependents/{dependentId}/values` */
  add_job_property_dependent_value: {
    /** job property identifier */
    id: string;
    /** job property's value identifier */
    valueId: string;
    /** job property's dependent identifier */
    dependentId: string;
    body?: Record<string, unknown> | unknown[];
  };
  /** List Departments — `GET /configuration/departments` */
  list_departments: Record<string, never>;
  /** Get Department — `GET /configuration/departments/{id}` */
  get_department: {
    /** Identifier of a department */
    id: string;
  };
  /** Create Department — `POST /configuration/departments` */
  create_department: {
    body: {
      id?: string;
      label: string;
      description?: string;
      [key: string]: unknown;
    };
  };
  /** List Hiring Processes — `GET /configuration/hiring-processes` */
  list_hiring_processes: Record<string, never>;
  /** Get Hiring Process — `GET /configuration/hiring-processes/{id}` */
  get_hiring_process: {
    /** Identifier of a hiring process */
    id: string;
  };
  /** List Offer Properties — `GET /configuration/offer-properties` */
  list_offer_properties: Record<string, never>;
  /** List Candidate Properties — `GET /configuration/candidate-properties` */
  list_candidate_properties: Record<string, never>;
  /** Get Candidate Property — `GET /configuration/candidate-properties/{id}` */
  get_candidate_property: {
    /** candidate property identifier */
    id: string;
  };
  /** Get Candidate Property Values — `GET /configuration/candidate-properties/{id}/values` */
  get_candidate_property_values: {
    /** candidate property identifier */
    id: string;
  };
  /** Create Candidate Property Value — `POST /configuration/candidate-properties/{id}/values` */
  create_candidate_property_value: {
    /** candidate property identifier */
    id: string;
    body?: Record<string, unknown> | unknown[];
  };
  /** Update Candidate Property Value Label — `PUT /configuration/candidate-properties/{id}/values/{valueId}` */
  update_candidate_property_value_label: {
    /** candidate property identifier */
    id: string;
    /** candidate property's value identifier */
    valueId: string;
    body: {
      label: JsonValue;
      [key: string]: unknown;
    };
  };
  /** Get Candidate Property Value — `GET /configuration/candidate-properties/{id}/values/{valueId}` */
  get_candidate_property_value: {
    /** candidate property identifier */
    id: string;
    /** candidate property's value identifier */
    valueId: string;
  };
  /** Get Source Types — `GET /configuration/sources` */
  get_source_types: Record<string, never>;
  /** Get Source Values — `GET /configuration/sources/{sourceType}/values` */
  get_source_values: {
    /** Source type from /configuration/sources */
    sourceType: string;
    /** Source SubType from /configuration/sources */
    sourceSubType?: string;
    /** number of elements to return. max value is 100 */
    limit?: number;
    /** number of elements to skip while processing result */
    offset?: number;
  };
  /** Get Source Value — `GET /configuration/sources/{sourceType}/values/{sourceValueId}` */
  get_source_value: {
    /** Source type from /configuration/sources */
    sourceType: string;
    /** Source id */
    sourceValueId: string;
    /** Source SubType from /configuration/sources */
    sourceSubType?: string;
  };
  /** Get Source By Identifier — `GET /configuration/sources/{sourceIdentifier}` */
  get_source_by_identifier: {
    /** Source identifier */
    sourceIdentifier: string;
  };
  /** List Rejection Reasons — `GET /configuration/rejection-reasons` */
  list_rejection_reasons: Record<string, never>;
  /** List Withdrawal Reasons — `GET /configuration/withdrawal-reasons` */
  list_withdrawal_reasons: Record<string, never>;
  /** List Career Sites — `GET /configuration/career-sites` */
  list_career_sites: Record<string, never>;
  /** Get Career Site — `GET /configuration/career-sites/{careerSiteId}` */
  get_career_site: {
    careerSiteId: string;
  };
  /** List Predefined Locations — `GET /configuration/predefined-locations` */
  list_predefined_locations: {
    pageId?: string;
    pageSize?: number;
    /** Comma-separated list of identifiers to filter by */
    identifiers?: string | (string)[];
  };
  /** Create Predefined Location — `POST /configuration/predefined-locations` */
  create_predefined_location: {
    body?: Record<string, unknown> | unknown[];
  };
  /** Get Predefined Location — `GET /configuration/predefined-locations/{id}` */
  get_predefined_location: {
    id: string;
  };
  /** Update Predefined Location — `PUT /configuration/predefined-locations/{id}` */
  update_predefined_location: {
    id: string;
    body?: Record<string, unknown> | unknown[];
  };
  /** Delete Predefined Location — `DELETE /configuration/predefined-locations/{id}` */
  delete_predefined_location: {
    id: string;
  };
  /** Get Managed Hiring Process Steps — `GET /interview-templates/managed-steps/jobs/{jobId}` */
  get_managed_hiring_process_steps: {
    jobId: string;
  };
  /** Get Interview Template — `GET /interview-templates/templates/{id}` */
  get_interview_template: {
    id: string;
  };
  /** Update Interview Template — `PUT /interview-templates/templates/{id}` */
  update_interview_template: {
    id: string;
    body?: Record<string, unknown> | unknown[];
  };
  /** Delete Interview Template — `DELETE /interview-templates/templates/{id}` */
  delete_interview_template: {
    id: string;
  };
  /** List Interview Templates — `GET /interview-templates/templates` */
  list_interview_templates: {
    page?: number;
    pageSize?: number;
  };
  /** Create Interview Template — `POST /interview-templates/templates` */
  create_interview_template: {
    body?: Record<string, unknown> | unknown[];
  };
  /** Get Job Interview Templates — `GET /interview-templates/job-templates/jobs/{jobId}/hiringStages/{hiringStage}` */
  get_job_interview_templates: {
    jobId: string;
    hiringStage: string;
  };
  /** List Job Interview Templates — `GET /interview-templates/job-templates/jobs/{jobId}` */
  list_job_interview_templates: {
    jobId: string;
  };
  /** Get Application Interview Templates — `GET /interview-templates/job-templates/job-applications/{applicationId}` */
  get_application_interview_templates: {
    applicationId: string;
  };
  /** Search Job Interview Templates — `POST /interview-templates/job-templates/jobs/{jobId}/search` */
  search_job_interview_templates: {
    jobId: string;
    body?: Record<string, unknown> | unknown[];
  };
  /** Update Job Interview Template — `PUT /interview-templates/job-templates/{jobInterviewTemplateId}` */
  update_job_interview_template: {
    jobInterviewTemplateId: string;
    body?: Record<string, unknown> | unknown[];
  };
  /** Save Job Interview Template — `PUT /interview-templates/job-templates/jobs/{jobId}/hiringStages/{hiringStage}` */
  save_job_interview_template: {
    jobId: string;
    hiringStage: string;
    body?: Record<string, unknown> | unknown[];
  };
  /** Patch Job Interview Template Interviewers — `PATCH /interview-templates/job-templates/{jobInterviewTemplateId}` */
  patch_job_interview_template_interviewers: {
    jobInterviewTemplateId: string;
    body?: Record<string, unknown> | unknown[];
  };
  /** Get User Schedule Preferences — `GET /interview-templates/schedule/preferences/users/{userId}` */
  get_user_schedule_preferences: {
    userId: string;
  };
  /** Get Interview Types — `GET /interviews-api/v201904/interview-types` */
  get_interview_types: Record<string, never>;
  /** List Interviews — `GET /interviews-api/v201904/interviews` */
  list_interviews: {
    /** ID of the application */
    applicationId: string;
  };
  /** Get Interview — `GET /interviews-api/v201904/interviews/{interviewId}` */
  get_interview: {
    /** ID of the interview */
    interviewId: string;
  };
  /** Create Interview — `POST /interviews-api/v201904/interviews` */
  create_interview: {
    body: {
      id?: string;
      candidate: Record<string, unknown>;
      jobId: string;
      location?: string;
      organizerId: string;
      /** Name of the timezone as described in TZ database */
      timezone: string;
      /** model Timeslot */
      timeslots: Record<string, unknown>[];
      /** If not set it defaults to current time */
      createdOn?: string;
      refUrl?: string;
      source?: JsonValue;
      [key: string]: unknown;
    };
  };
  /** Update Interview — `PATCH /interviews-api/v201904/interviews/{interviewId}` */
  update_interview: {
    /** ID of the interview */
    interviewId: string;
    body: {
      /** type not documented (likely string) */
      location?: JsonValue;
      /** Name of the timezone as described in TZ database; type not documented (likely string) */
      timezone?: JsonValue;
      /** type not documented (likely object) */
      candidate?: JsonValue;
      [key: string]: unknown;
    };
  };
  /** Delete Interview — `DELETE /interviews-api/v201904/interviews/{interviewId}` */
  delete_interview: {
    /** ID of the interview */
    interviewId: string;
  };
  /** Update Interviewer Status — `PUT /interviews-api/v201904/interviews/{interviewId}/timeslots/{timeslotId}/interviewers/{userId}/status` */
  update_interviewer_status: {
    /** ID of the interview */
    interviewId: string;
    /** ID of the timeslot */
    timeslotId: string;
    /** ID of the user */
    userId: string;
    body: {
      status: "accepted" | "declined" | "pending" | "tentative";
      [key: string]: unknown;
    };
  };
  /** Update Timeslot Candidate Status — `PUT /interviews-api/v201904/interviews/{interviewId}/timeslots/{timeslotId}/candidateStatus` */
  update_timeslot_candidate_status: {
    /** ID of the interview */
    interviewId: string;
    /** ID of the timeslot */
    timeslotId: string;
    body: {
      status: "accepted" | "declined" | "pending" | "tentative";
      [key: string]: unknown;
    };
  };
  /** Create Timeslot — `POST /interviews-api/v201904/interviews/{interviewId}/timeslots` */
  create_timeslot: {
    /** ID of the interview */
    interviewId: string;
    body: {
      id?: string;
      interviewType?: string;
      title?: string;
      place?: string;
      startsOn: string;
      endsOn: string;
      /** model Interviewer */
      interviewers: Record<string, unknown>[];
      candidateStatus?: JsonValue;
      [key: string]: unknown;
    };
  };
  /** Get Timeslot — `GET /interviews-api/v201904/interviews/{interviewId}/timeslots/{timeslotId}` */
  get_timeslot: {
    /** ID of the interview */
    interviewId: string;
    /** ID of the timeslot */
    timeslotId: string;
  };
  /** Update Timeslot — `PATCH /interviews-api/v201904/interviews/{interviewId}/timeslots/{timeslotId}` */
  update_timeslot: {
    /** ID of the interview */
    interviewId: string;
    /** ID of the timeslot */
    timeslotId: string;
    body: {
      id?: string;
      interviewType?: string;
      title?: string;
      place?: string;
      startsOn: string;
      endsOn: string;
      /** model Interviewer */
      interviewers: Record<string, unknown>[];
      candidateStatus?: JsonValue;
      [key: string]: unknown;
    };
  };
  /** Delete Timeslot — `DELETE /interviews-api/v201904/interviews/{interviewId}/timeslots/{timeslotId}` */
  delete_timeslot: {
    /** ID of the interview */
    interviewId: string;
    /** ID of the timeslot */
    timeslotId: string;
  };
  /** Update Timeslot No-Show — `PATCH /interviews-api/v201904/interviews/{interviewId}/timeslots/{timeslotId}/noshow` */
  update_timeslot_no_show: {
    interviewId: string;
    timeslotId: string;
    body?: Record<string, unknown> | unknown[];
  };
  /** Delete Interview Type — `DELETE /interviews-api/v201904/interview-types/{interviewType}` */
  delete_interview_type: {
    /** Interview type name */
    interviewType: string;
  };
  /** Search Jobs — `GET /jobs` */
  search_jobs: {
    /** full-text search query based on a job title; case insensitive; e.g. java developer */
    q?: string;
    /** number of elements to return. max value is 100 */
    limit?: number;
    /** number of elements to skip while processing result; this method of paging is very slow and is deprecated, please use `pageId` instead */
    offset?: number;
    /** unique identifier for next page of jobs - returned as `nextPageId` in previous page result */
    pageId?: string;
    /** city filter (part of the location object); can be used repeatedly; case sensitive; e.g. San Francisco */
    city?: string | (string)[];
    /** department filter (by department label); can be used repeatedly; case sensitive; e.g. “Marketing” */
    department?: string | (string)[];
    /** ISO8601-formatted time boundaries for the job update time, Format: yyyy-MM-ddTHH:mm:ss.SSSZZ */
    updatedAfter?: string;
    /** ISO8601-formatted time boundaries for the job lastActivityOn time, Format: yyyy-MM-ddTHH:mm:ss.SSSZZ. lastActivityOn is updated when job is edited, new candidates apply or job is published. */
    lastActivityAfter?: string;
    /** Exceptions to the language code ISO format: * "en-GB" - "English - English (UK)" * "es-MX" - "Spanish - español (México)" * "fr-CA" - "French - français (Canada)" * "pt-BR" - "Portugal - português (Brasil)" * "zh-TW" - "Chinese (Traditional) - 中文 (香港)" * "zh-CN" - "Chinese (Simplified) - 中文 (简体)" Value "pt-PT" is deprecated and will not work, use "pt" instead. */
    language?: "af" | "am" | "ar" | "az" | "bg" | "bn" | "ca" | "cs" | "cy" | "da" | "de" | "el" | "en" | "en-GB" | "es" | "es-MX" | "et" | "eu" | "fa" | "fi" | "fil" | "fr" | "fr-CA" | "ga" | "gl" | "gu" | "he" | "hi" | "hr" | "hu" | "hy" | "id" | "is" | "it" | "ja" | "ka" | "km" | "kn" | "ko" | "lo" | "lt" | "lv" | "ml" | "mn" | "mr" | "ms" | "ne" | "nl" | "no" | "pl" | "pt" | "pt-BR" | "ro" | "ru" | "si" | "sk" | "sl" | "sr" | "sv" | "sw" | "ta" | "te" | "tr" | "uk" | "ur" | "vi" | "zh-CN" | "zh-TW" | "zu";
    /** Status of a job */
    status?: "CREATED" | "SOURCING" | "FILLED" | "INTERVIEW" | "OFFER" | "CANCELLED" | "ON_HOLD";
    /** Posting status of a job */
    postingStatus?: "PUBLIC" | "INTERNAL" | "NOT_PUBLISHED" | "PRIVATE";
    /** sort order; `job_id` is required when paging with pageId */
    sort?: "job_id";
  };
  /** Get Job — `GET /jobs/{jobId}` */
  get_job: {
    /** job identifier */
    jobId: string;
  };
  /** Create Job — `POST /jobs` */
  create_job: {
    body: {
      /** legacy page: required */
      title: string;
      /** type not documented (likely string) */
      refNumber?: JsonValue;
      /** legacy example 2014-01-01T15:28:46.493Z */
      targetHiringDate?: string;
      /** type not documented (likely object) */
      department?: JsonValue;
      /** legacy: {countryCode (2-char lower case, e.g. us; required), regionCode (2-char upper case, e.g. CA; required in legacy), city (required)}; SDK JobLocationInput: countryCode (req), regionCode, address, postalCode, city (req), remote */
      location: Record<string, unknown>;
      /** {id} e.g. computer_software (legacy example) */
      industry: Record<string, unknown>;
      /** {id} e.g. engineering (legacy example) */
      function: Record<string, unknown>;
      /** {id} e.g. toe_perm (legacy example) */
      typeOfEmployment?: Record<string, unknown>;
      /** {id} e.g. mid_senior_level (legacy example) */
      experienceLevel: Record<string, unknown>;
      /** type not documented (likely object) */
      eeoCategory?: JsonValue;
      template?: boolean;
      /** {min:number, max:number, currency:string} e.g. {10000, 12000, USD} (legacy example) */
      compensation?: Record<string, unknown>;
      /** {sections:{companyDescription:{title,text}, jobDescription:{title,text}, qualifications:{title,text}, additionalInformation:{title,text}}} (legacy example) */
      jobAd?: Record<string, unknown>;
      /** type not documented (likely array<object>) */
      properties?: JsonValue;
      [key: string]: unknown;
    };
  };
  /** Update Job — `PUT /jobs/{jobId}` */
  update_job: {
    /** job identifier */
    jobId: string;
    body: {
      /** legacy page: required */
      title: string;
      /** type not documented (likely string) */
      refNumber?: JsonValue;
      /** legacy example 2014-01-01T15:28:46.493Z */
      targetHiringDate?: string;
      /** type not documented (likely object) */
      department?: JsonValue;
      /** legacy: {countryCode (2-char lower case, e.g. us; required), regionCode (2-char upper case, e.g. CA; required in legacy), city (required)}; SDK JobLocationInput: countryCode (req), regionCode, address, postalCode, city (req), remote */
      location: Record<string, unknown>;
      /** {id} e.g. computer_software (legacy example) */
      industry: Record<string, unknown>;
      /** {id} e.g. engineering (legacy example) */
      function: Record<string, unknown>;
      /** {id} e.g. toe_perm (legacy example) */
      typeOfEmployment?: Record<string, unknown>;
      /** {id} e.g. mid_senior_level (legacy example) */
      experienceLevel: Record<string, unknown>;
      /** type not documented (likely object) */
      eeoCategory?: JsonValue;
      template?: boolean;
      /** {min:number, max:number, currency:string} e.g. {10000, 12000, USD} (legacy example) */
      compensation?: Record<string, unknown>;
      /** {sections:{companyDescription:{title,text}, jobDescription:{title,text}, qualifications:{title,text}, additionalInformation:{title,text}}} (legacy example) */
      jobAd?: Record<string, unknown>;
      /** type not documented (likely array<object>) */
      properties?: JsonValue;
      [key: string]: unknown;
    };
  };
  /** Update Job Status — `PUT /jobs/{jobId}/status` */
  update_job_status: {
    /** job identifier */
    jobId: string;
    body: {
      status: "CREATED" | "SOURCING" | "FILLED" | "INTERVIEW" | "OFFER" | "CANCELLED" | "ON_HOLD";
      [key: string]: unknown;
    };
  };
  /** Get Job Status History — `GET /jobs/{jobId}/status/history` */
  get_job_status_history: {
    /** job identifier */
    jobId: string;
  };
  /** Get Job Approvals — `GET /jobs/{jobId}/approvals/latest` */
  get_job_approvals: {
    /** job identifier */
    jobId: string;
  };
  /** List Job Positions — `GET /jobs/{jobId}/positions` */
  list_job_positions: {
    /** job identifier */
    jobId: string;
  };
  /** Get Job Position — `GET /jobs/{jobId}/positions/{positionId}` */
  get_job_position: {
    /** job identifier */
    jobId: string;
    /** position identifier */
    positionId: string;
  };
  /** Create Job Position — `POST /jobs/{jobId}/positions` */
  create_job_position: {
    /** job identifier */
    jobId: string;
    body: {
      positionId?: JsonValue;
      incumbentName?: JsonValue;
      type: "NEW" | "REPLACEMENT";
      positionOpenDate: JsonValue;
      targetStartDate: JsonValue;
      [key: string]: unknown;
    };
  };
  /** Update Job Position — `PUT /jobs/{jobId}/positions/{positionId}` */
  update_job_position: {
    /** job identifier */
    jobId: string;
    /** position identifier */
    positionId: string;
    body: {
      positionId?: JsonValue;
      incumbentName?: JsonValue;
      type: "NEW" | "REPLACEMENT";
      positionOpenDate: JsonValue;
      targetStartDate: JsonValue;
      [key: string]: unknown;
    };
  };
  /** Delete Job Position — `DELETE /jobs/{jobId}/positions/{positionId}` */
  delete_job_position: {
    /** job identifier */
    jobId: string;
    /** position identifier */
    positionId: string;
  };
  /** List Job Ads — `GET /jobs/{jobId}/jobads` */
  list_job_ads: {
    /** job identifier */
    jobId: string;
  };
  /** Get Job Ad — `GET /jobs/{jobId}/jobads/{jobAdId}` */
  get_job_ad: {
    /** job identifier */
    jobId: string;
    /** job ad identifier */
    jobAdId: string;
  };
  /** Create Job Ad — `POST /jobs/{jobId}/jobads` */
  create_job_ad: {
    /** job identifier */
    jobId: string;
    body: {
      /** type not documented (likely string) */
      title: JsonValue;
      language?: JsonValue;
      /** type not documented (likely object) */
      jobAd?: JsonValue;
      [key: string]: unknown;
    };
  };
  /** Update Job Ad — `PUT /jobs/{jobId}/jobads/{jobAdId}` */
  update_job_ad: {
    /** job identifier */
    jobId: string;
    /** job ad identifier */
    jobAdId: string;
    body: {
      /** type not documented (likely string) */
      title: JsonValue;
      language?: JsonValue;
      /** type not documented (likely object) */
      jobAd?: JsonValue;
      [key: string]: unknown;
    };
  };
  /** List Job Ad Postings — `GET /jobs/{jobId}/jobads/{jobAdId}/postings` */
  list_job_ad_postings: {
    /** job identifier */
    jobId: string;
    /** job ad identifier */
    jobAdId: string;
    /** publication status filter; when omitted, defaults to 'true' (only active publications are returned); 'false' returns active and inactive publications */
    activeOnly?: boolean;
  };
  /** Publish Job Ad — `POST /jobs/{jobId}/jobads/{jobAdId}/postings` */
  publish_job_ad: {
    /** job identifier */
    jobId: string;
    /** job ad identifier */
    jobAdId: string;
    body?: {
      aggregators?: JsonValue;
      visibility?: "PUBLIC" | "INTERNAL";
      [key: string]: unknown;
    };
  };
  /** Unpublish Job Ad — `DELETE /jobs/{jobId}/jobads/{jobAdId}/postings` */
  unpublish_job_ad: {
    /** job identifier */
    jobId: string;
    /** job ad identifier */
    jobAdId: string;
  };
  /** List Job Publications — `GET /jobs/{jobId}/publication` */
  list_job_publications: {
    /** job identifier */
    jobId: string;
    /** publication status filter; defaults to 'true' (only active publications are returned); 'false' returns active and inactive publications */
    activeOnly?: boolean;
  };
  /** Publish Job — `POST /jobs/{jobId}/publication` */
  publish_job: {
    /** job identifier */
    jobId: string;
    body?: {
      aggregators?: JsonValue;
      visibility?: "PUBLIC" | "INTERNAL";
      [key: string]: unknown;
    };
  };
  /** Unpublish Job — `DELETE /jobs/{jobId}/publication` */
  unpublish_job: {
    /** job identifier */
    jobId: string;
  };
  /** Get Hiring Team — `GET /jobs/{jobId}/hiring-team` */
  get_hiring_team: {
    /** job identifier */
    jobId: string;
  };
  /** Add Hiring Team Member — `POST /jobs/{jobId}/hiring-team` */
  add_hiring_team_member: {
    /** job identifier */
    jobId: string;
    body: {
      id: JsonValue;
      role: "HIRING_MANAGER" | "INTERVIEW_TEAM" | "RECRUITER" | "EXECUTIVE" | "COORDINATOR";
      [key: string]: unknown;
    };
  };
  /** Remove Hiring Team Member — `DELETE /jobs/{jobId}/hiring-team/{userId}` */
  remove_hiring_team_member: {
    /** job identifier */
    jobId: string;
    /** user identifier */
    userId: string;
  };
  /** Get Job Note — `GET /jobs/{jobId}/note` */
  get_job_note: {
    /** job identifier */
    jobId: string;
  };
  /** Update Job Note — `PUT /jobs/{jobId}/note` */
  update_job_note: {
    /** job identifier */
    jobId: string;
    body: {
      content: JsonValue;
      [key: string]: unknown;
    };
  };
  /** List Candidate Offers — `GET /candidates/{id}/jobs/{jobId}/offers` */
  list_candidate_offers: {
    id: string;
    jobId: string;
  };
  /** Get Candidate Offer — `GET /candidates/{id}/jobs/{jobId}/offers/{offerId}` */
  get_candidate_offer: {
    id: string;
    jobId: string;
    offerId: string;
  };
  /** Get Offer Approval — `GET /candidates/{id}/jobs/{jobId}/offers/{offerId}/approvals/latest` */
  get_offer_approval: {
    id: string;
    jobId: string;
    offerId: string;
  };
  /** Search Offers — `GET /offers` */
  search_offers: {
    /** number of elements to return. max value is 100 */
    limit?: number;
    /** number of elements to skip while processing result */
    offset?: number;
    /** ISO8601-formatted time boundaries for the offer creation time, Format: yyyy-MM-ddTHH:mm:ss.SSSZZ */
    createdAfter?: string;
    /** ISO8601-formatted time boundaries for the offer creation time, Format: yyyy-MM-ddTHH:mm:ss.SSSZZ */
    createdBefore?: string;
    /** word-based offer age; when age is specified createdAfter and createdBefore are ignored, Examples: 10 days, 7 hours, 1 week, etc. */
    age?: string;
    /** offer states that need to be included in the results; by default all states are included */
    status?: string | (string)[];
  };
  /** List Offer Documents — `GET /offers/{offerId}/documents` */
  list_offer_documents: {
    offerId: string;
  };
  /** Get Offer Document — `GET /offers/{offerId}/documents/{documentId}` */
  get_offer_document: {
    offerId: string;
    documentId: string;
  };
  /** List Postings — `GET /v1/companies/{companyIdentifier}/postings` */
  list_postings: {
    /** Identifier of a company */
    companyIdentifier: string;
    /** full-text search query based on a job title, location */
    q?: string;
    /** number of elements to return. max value is 100 */
    limit?: number;
    /** number of elements to skip while processing result */
    offset?: number;
    /** PUBLIC: only public postings; INTERNAL: only internal; INTERNAL_OR_PUBLIC: internal or public but not both for a single job (internal wins; all treated as internal, no screening questions, candidates labelled EMPLOYEE) */
    destination?: "PUBLIC" | "INTERNAL" | "INTERNAL_OR_PUBLIC";
    locationType?: ("REMOTE" | "HYBRID" | "ONSITE" | "ANY") | ("REMOTE" | "HYBRID" | "ONSITE" | "ANY")[];
    /** country code filter (part of the location object) */
    country?: string;
    /** region filter */
    region?: string;
    /** city filter */
    city?: string;
    /** department filter (department id) */
    department?: string;
    /** job ad id filter */
    jobAdId?: string;
    /** job ad language; 2-letter ISO 639-1; several codes comma-separated; exceptions en-GB, fr-CA, pt-BR, pt-PT, zh-TW, zh-CN */
    language?: string;
    /** Released after filter (ISO8601) Format: yyyy-MM-ddTHH:mm:ss.SSSZZ */
    releasedAfter?: string;
    /** sent as custom_field.{customFieldId}={valueId}[,{valueId}...] e.g. custom_field.52d95747e4b0ba7acb9217ea=23aba1d4-4c81-48f7-9ae2-3ab84ee32a80 (legacy doc); multiple value ids comma-separated */
    customField?: Record<string, string | string[]>;
  };
  /** List Company Departments — `GET /v1/companies/{companyIdentifier}/departments` */
  list_company_departments: {
    /** Identifier of a company */
    companyIdentifier: string;
  };
  /** Get Posting — `GET /v1/companies/{companyIdentifier}/postings/{postingId}` */
  get_posting: {
    /** Identifier of a company */
    companyIdentifier: string;
    /** Posting identifier or uuid */
    postingId: string;
    /** Used together with sourceId and sourceSubTypeId to add source tracking parameter to applyUrl */
    sourceTypeId?: string;
    /** Used together with sourceId and sourceTypeId to add source tracking to applyUrl */
    sourceSubTypeId?: string;
    /** Used together with sourceTypeId and sourceSubTypeId to add source tracking to applyUrl */
    sourceId?: string;
  };
  /** Get Candidate Reviews — `GET /reviews-api/v201910/reviews` */
  get_candidate_reviews: {
    /** ID of the candidate */
    candidateId: string;
    /** ID of the job */
    jobId: string;
  };
  /** Get Review — `GET /reviews-api/v201910/reviews/{reviewId}` */
  get_review: {
    reviewId: string;
  };
  /** Create Review — `POST /reviews-api/v201910/reviews` */
  create_review: {
    body?: Record<string, unknown> | unknown[];
  };
  /** Update Review — `PATCH /reviews-api/v201910/reviews/{reviewId}` */
  update_review: {
    /** ID of the review */
    reviewId: string;
    body?: Record<string, unknown> | unknown[];
  };
  /** Delete Review — `DELETE /reviews-api/v201910/reviews/{reviewId}` */
  delete_review: {
    reviewId: string;
  };
  /** Get Job Review Criteria — `GET /reviews-api/v201910/jobs/{jobId}/criteria` */
  get_job_review_criteria: {
    jobId: string;
  };
  /** List Users — `GET /user-api/v201804/users` */
  list_users: {
    /** full-text search query based on firstName, lastName, email, externalData */
    q?: string;
    /** number of elements to return. max value is 100 */
    limit?: number;
    /** Unique identifier for the next page of users */
    pageId?: string;
    /** ISO8601-formatted time boundaries for the user update time, Format: yyyy-MM-ddTHH:mm:ss.SSSZZ */
    updatedAfter?: string;
  };
  /** Create User — `POST /user-api/v201804/users` */
  create_user: {
    body: {
      /** type not documented (likely string) */
      email?: JsonValue;
      /** type not documented (likely string) */
      firstName: JsonValue;
      /** type not documented (likely string) */
      lastName: JsonValue;
      /** type not documented (likely object) */
      systemRole: JsonValue;
      /** type not documented (likely string) */
      externalData?: JsonValue;
      /** type not documented (likely string) */
      ssoIdentifier?: JsonValue;
      /** User level login mode setting. Possible values are: - SSO - user can login only through SSO - PASSWORD - user can login only by password Notice: This setting _CAN_ be configured always, but it will be respected only if: - SSO is enabled at… */
      ssoLoginMode?: "SSO" | "PASSWORD";
      /** type not documented (likely object) */
      language?: JsonValue;
      [key: string]: unknown;
    };
  };
  /** Get Current User — `GET /user-api/v201804/users/me` */
  get_current_user: Record<string, never>;
  /** Get User — `GET /user-api/v201804/users/{id}` */
  get_user: {
    /** user identifier */
    id: string;
  };
  /** Reset User Password — `POST /user-api/v201804/users/{id}/reset-password` */
  reset_user_password: {
    /** user identifier */
    id: string;
    body?: Record<string, unknown> | unknown[];
  };
  /** Send User Activation Email — `POST /user-api/v201804/users/{id}/activation-email` */
  send_user_activation_email: {
    /** user identifier */
    id: string;
    body?: Record<string, unknown> | unknown[];
  };
  /** Activate User — `PUT /user-api/v201804/users/{id}/activation` */
  activate_user: {
    /** user identifier */
    id: string;
    body?: Record<string, unknown> | unknown[];
  };
  /** Deactivate User — `DELETE /user-api/v201804/users/{id}/activation` */
  deactivate_user: {
    /** user identifier */
    id: string;
  };
  /** List System Roles — `GET /user-api/v201804/system-roles` */
  list_system_roles: Record<string, never>;
  /** Assign Users To Access Group — `POST /user-api/v201804/access-groups/{accessGroupId}/users` */
  assign_users_to_access_group: {
    /** access group identifier */
    accessGroupId: string;
    body?: unknown[];
  };
  /** Remove User From Access Group — `DELETE /user-api/v201804/access-groups/{accessGroupId}/users/{id}` */
  remove_user_from_access_group: {
    /** access group identifier */
    accessGroupId: string;
    /** user identifier */
    id: string;
  };
}

/** The documented response of each action (every field optional: real answers omit some); `unknown` where the docs give none. */
export interface ActionOutputs {
  /** Get Application Configuration For Posting — `GET /postings/{uuid}/configuration` */
  get_application_configuration_for_posting: {
    /** Question[]: {id:string, label:string, repeatable:boolean, fields:Field[]}; model ScreeningQuestion */
    questions?: Record<string, unknown>[] | null;
    /** ApplySettings {avatarUploadAvailable:boolean, conditionals:[{parentQuestionId:string, fieldId:string, valueIds:[string], conditionalQuestions:[string]}]}; model ApplySettings */
    settings?: Record<string, unknown> | null;
    /** [{url:string, orgName:string}]; model PrivacyPolicy */
    privacyPolicies?: Record<string, unknown>[] | null;
    [key: string]: unknown;
  };
  /** Create Candidate Application — `POST /postings/{uuid}/candidates` */
  create_candidate_application: {
    id?: string | null;
    createdOn?: string | null;
    candidatePortalUrl?: string | null;
    smartrJoinUrl?: unknown;
    [key: string]: unknown;
  };
  /** Get Application Status — `GET /postings/{uuid}/candidates/{candidateId}/status` */
  get_application_status: {
    /** doc example {"status":"IN-REVIEW"} uses a hyphen; the SDK enum spells IN_REVIEW and also lists OTHER. Which spelling the live API returns is not confirmed. */
    status?: string | null;
    [key: string]: unknown;
  };
  /** Get Job Application — `GET /job-applications-api/v202112/job-applications/{jobApplicationId}` */
  get_job_application: {
    status?: unknown;
    subStatus?: unknown;
    sourceIdentifier?: unknown;
    createDate?: unknown;
    profileId?: unknown;
    jobId?: unknown;
    [key: string]: unknown;
  };
  /** Delete Job Application — `DELETE /job-applications-api/v202112/job-applications/{jobApplicationId}` */
  delete_job_application: unknown;
  /** List Pending Approvals — `GET /approvals-api/v201910/approvals` */
  list_pending_approvals: unknown;
  /** Get Approval Request — `GET /approvals-api/v201910/approvals/{approvalRequestId}` */
  get_approval_request: unknown;
  /** Create Approval Request — `POST /approvals-api/v201910/approvals` */
  create_approval_request: unknown;
  /** Approve Approval Request — `POST /approvals-api/v201910/approvals/{approvalRequestId}/approve-decisions` */
  approve_approval_request: unknown;
  /** Reject Approval Request — `POST /approvals-api/v201910/approvals/{approvalRequestId}/reject-decisions` */
  reject_approval_request: unknown;
  /** List Approval Comments — `GET /approvals-api/v201910/approvals/{approvalRequestId}/comments` */
  list_approval_comments: unknown;
  /** Add Approval Comment — `POST /approvals-api/v201910/approvals/{approvalRequestId}/comments` */
  add_approval_comment: unknown;
  /** Search Candidates — `GET /candidates` */
  search_candidates: {
    limit?: number | null;
    offset?: number | null;
    nextPageId?: string | null;
    totalFound?: number | null;
    /** model Candidate */
    content?: Record<string, unknown>[] | null;
    [key: string]: unknown;
  };
  /** Get Candidate — `GET /candidates/{id}` */
  get_candidate: {
    id?: string | null;
    internal?: boolean | null;
    firstName?: string | null;
    lastName?: string | null;
    email?: string | null;
    phoneNumber?: string | null;
    /** model CandidateLocation */
    location?: Record<string, unknown> | null;
    /** model WebProfile */
    web?: Record<string, unknown> | null;
    createdOn?: string | null;
    updatedOn?: string | null;
    tags?: string[] | null;
    averageRating?: number | null;
    /** model Education */
    education?: Record<string, unknown>[] | null;
    /** model Experience */
    experience?: Record<string, unknown>[] | null;
    /** model Assignment */
    primaryAssignment?: Record<string, unknown> | null;
    /** model Assignment */
    secondaryAssignments?: Record<string, unknown>[] | null;
    actions?: Record<string, unknown> | null;
    [key: string]: unknown;
  };
  /** Create Candidate — `POST /candidates` */
  create_candidate: {
    id?: string | null;
    internal?: boolean | null;
    firstName?: string | null;
    lastName?: string | null;
    email?: string | null;
    phoneNumber?: string | null;
    /** model CandidateLocation */
    location?: Record<string, unknown> | null;
    /** model WebProfile */
    web?: Record<string, unknown> | null;
    createdOn?: string | null;
    updatedOn?: string | null;
    tags?: string[] | null;
    averageRating?: number | null;
    /** model Education */
    education?: Record<string, unknown>[] | null;
    /** model Experience */
    experience?: Record<string, unknown>[] | null;
    /** model Assignment */
    primaryAssignment?: Record<string, unknown> | null;
    /** model Assignment */
    secondaryAssignments?: Record<string, unknown>[] | null;
    actions?: Record<string, unknown> | null;
    [key: string]: unknown;
  };
  /** Update Candidate — `PATCH /candidates/{id}` */
  update_candidate: {
    id?: string | null;
    internal?: boolean | null;
    firstName?: string | null;
    lastName?: string | null;
    email?: string | null;
    phoneNumber?: string | null;
    /** model CandidateLocation */
    location?: Record<string, unknown> | null;
    /** model WebProfile */
    web?: Record<string, unknown> | null;
    createdOn?: string | null;
    updatedOn?: string | null;
    tags?: string[] | null;
    averageRating?: number | null;
    /** model Education */
    education?: Record<string, unknown>[] | null;
    /** model Experience */
    experience?: Record<string, unknown>[] | null;
    /** model Assignment */
    primaryAssignment?: Record<string, unknown> | null;
    /** model Assignment */
    secondaryAssignments?: Record<string, unknown>[] | null;
    actions?: Record<string, unknown> | null;
    [key: string]: unknown;
  };
  /** Delete Candidate — `DELETE /candidates/{id}` */
  delete_candidate: unknown;
  /** Get Candidate Tags — `GET /candidates/{id}/tags` */
  get_candidate_tags: {
    tags?: unknown;
    [key: string]: unknown;
  };
  /** Add Candidate Tags — `POST /candidates/{id}/tags` */
  add_candidate_tags: {
    tags?: unknown;
    [key: string]: unknown;
  };
  /** Update Candidate Tags — `PUT /candidates/{id}/tags` */
  update_candidate_tags: {
    tags?: unknown;
    [key: string]: unknown;
  };
  /** Delete Candidate Tags — `DELETE /candidates/{id}/tags` */
  delete_candidate_tags: unknown;
  /** Get Candidate Onboarding Status — `GET /candidates/{id}/onboardingStatus` */
  get_candidate_onboarding_status: {
    onboardingStatus?: string | null;
    [key: string]: unknown;
  };
  /** Get Candidate Onboarding Status For Job — `GET /candidates/{id}/jobs/{jobId}/onboardingStatus` */
  get_candidate_onboarding_status_for_job: {
    onboardingStatus?: string | null;
    [key: string]: unknown;
  };
  /** Update Candidate Onboarding Status For Job — `PUT /candidates/{id}/jobs/{jobId}/onboardingStatus` */
  update_candidate_onboarding_status_for_job: unknown;
  /** List Candidate Attachments — `GET /candidates/{id}/attachments` */
  list_candidate_attachments: {
    totalFound?: unknown;
    /** model Attachment (list item, see notes) */
    content?: unknown;
    [key: string]: unknown;
  };
  /** Get Candidate Attachment — `GET /candidates/attachments/{attachmentId}` */
  get_candidate_attachment: FileOutput | JsonValue;
  /** List Candidate Attachments For Job — `GET /candidates/{id}/jobs/{jobId}/attachments` */
  list_candidate_attachments_for_job: {
    totalFound?: number | null;
    /** model CandidateAttachmentForJob */
    content?: Record<string, unknown>[] | null;
    [key: string]: unknown;
  };
  /** Upload Candidate Attachment For Job — `POST /candidates/{id}/jobs/{jobId}/attachments` */
  upload_candidate_attachment_for_job: {
    id?: string | null;
    name?: string | null;
    type?: string | null;
    contentType?: string | null;
    actions?: Record<string, unknown> | null;
    [key: string]: unknown;
  };
  /** Delete Candidate Attachment — `DELETE /candidates/attachments/{attachmentId}` */
  delete_candidate_attachment: unknown;
  /** Get Candidate Status — `GET /candidate-status-api/status/{applicationUuid}` */
  get_candidate_status: unknown;
  /** Update Candidate Status — `PUT /candidates/{id}/jobs/{jobId}/status` */
  update_candidate_status: unknown;
  /** Get Candidate Status History For Job — `GET /candidates/{id}/jobs/{jobId}/status/history` */
  get_candidate_status_history_for_job: {
    totalFound?: number | null;
    /** model CandidateStatusHistoryListElem */
    content?: Record<string, unknown>[] | null;
    [key: string]: unknown;
  };
  /** Get Candidate Properties For Job — `GET /candidates/{id}/jobs/{jobId}/properties` */
  get_candidate_properties_for_job: {
    content?: unknown;
    [key: string]: unknown;
  };
  /** Get Candidate Consent Status — `GET /candidates/{id}/consent` */
  get_candidate_consent_status: {
    /** Available when `status` is `ACQUIRED` */
    date?: string | null;
    status?: string | null;
    [key: string]: unknown;
  };
  /** Get Candidate Consent Decisions — `GET /candidates/{id}/consents` */
  get_candidate_consent_decisions: {
    /** model ConsentDecision */
    decisions?: Record<string, unknown>[] | null;
    recentPendingRequestCreatedOn?: string | null;
    [key: string]: unknown;
  };
  /** Update Candidate Source — `PUT /candidates/{id}/jobs/{jobId}/source` */
  update_candidate_source: unknown;
  /** Get Candidate Screening Answers — `GET /candidates/{id}/jobs/{jobId}/screening-answers` */
  get_candidate_screening_answers: {
    totalFound?: unknown;
    /** model ScreeningAnswer */
    content?: unknown;
    [key: string]: unknown;
  };
  /** Create A New Candidate And Assign To A Job — `POST /jobs/{jobId}/candidates` */
  create_a_new_candidate_and_assign_to_a_job: {
    id?: string | null;
    internal?: boolean | null;
    firstName?: string | null;
    lastName?: string | null;
    email?: string | null;
    phoneNumber?: string | null;
    /** model CandidateLocation */
    location?: Record<string, unknown> | null;
    /** model WebProfile */
    web?: Record<string, unknown> | null;
    createdOn?: string | null;
    updatedOn?: string | null;
    tags?: string[] | null;
    averageRating?: number | null;
    /** model Education */
    education?: Record<string, unknown>[] | null;
    /** model Experience */
    experience?: Record<string, unknown>[] | null;
    /** model Assignment */
    primaryAssignment?: Record<string, unknown> | null;
    /** model Assignment */
    secondaryAssignments?: Record<string, unknown>[] | null;
    actions?: Record<string, unknown> | null;
    [key: string]: unknown;
  };
  /** Get Candidate Application — `GET /candidates/{id}/jobs/{jobId}` */
  get_candidate_application: {
    status?: string | null;
    subStatus?: string | null;
    startsOn?: string | null;
    source?: string | null;
    reasonOfRejection?: Record<string, unknown> | null;
    reasonOfWithdrawal?: Record<string, unknown> | null;
    actions?: Record<string, unknown> | null;
    url?: string | null;
    [key: string]: unknown;
  };
  /** Delete Candidate Application — `DELETE /candidates/{id}/jobs/{jobId}` */
  delete_candidate_application: unknown;
  /** Parse Resume — `POST /candidates/cv/parse` */
  parse_resume: unknown;
  /** List Access Groups — `GET /configuration/access-groups` */
  list_access_groups: unknown;
  /** Get Access Group — `GET /configuration/access-groups/{accessGroupId}` */
  get_access_group: unknown;
  /** Create Access Group — `POST /configuration/access-groups` */
  create_access_group: unknown;
  /** Update Access Group — `PUT /configuration/access-groups/{accessGroupId}` */
  update_access_group: unknown;
  /** Get Company Information — `GET /configuration/company` */
  get_company_information: {
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
  /** List Job Properties — `GET /configuration/job-properties` */
  list_job_properties: {
    totalFound?: unknown;
    content?: unknown;
    [key: string]: unknown;
  };
  /** Create Job Property — `POST /configuration/job-properties` */
  create_job_property: {
    id?: unknown;
    label?: unknown;
    category?: string | null;
    active?: unknown;
    visible?: unknown;
    required?: unknown;
    actions?: unknown;
    [key: string]: unknown;
  };
  /** Get Job Property — `GET /configuration/job-properties/{id}` */
  get_job_property: {
    id?: unknown;
    label?: unknown;
    category?: string | null;
    active?: unknown;
    visible?: unknown;
    required?: unknown;
    actions?: unknown;
    [key: string]: unknown;
  };
  /** Get Job Property Values — `GET /configuration/job-properties/{id}/values` */
  get_job_property_values: {
    totalFound?: unknown;
    content?: unknown;
    [key: string]: unknown;
  };
  /** Create Job Property Value — `POST /configuration/job-properties/{id}/values` */
  create_job_property_value: {
    id?: unknown;
    label?: unknown;
    archived?: unknown;
    [key: string]: unknown;
  };
  /** Archive Job Property Value — `PUT /configuration/job-properties/{id}/archive-values/{valueId}` */
  archive_job_property_value: unknown;
  /** Activate Job Property — `PUT /configuration/job-properties/{id}/activation` */
  activate_job_property: unknown;
  /** Get Job Property Dependents — `GET /configuration/job-properties/{id}/dependents` */
  get_job_property_dependents: {
    totalFound?: unknown;
    content?: unknown;
    [key: string]: unknown;
  };
  /** Create Job Property Dependents — `POST /configuration/job-properties/{id}/dependents` */
  create_job_property_dependents: {
    totalFound?: unknown;
    content?: unknown;
    [key: string]: unknown;
  };
  /** Get Job Property Dependent Values — `GET /configuration/job-properties/{id}/dependents/{dependentId}/values` */
  get_job_property_dependent_values: {
    totalFound?: unknown;
    content?: unknown;
    [key: string]: unknown;
  };
  /** Get Job Property Value Dependents — `GET /configuration/job-properties/{id}/values/{valueId}/dependents/{dependentId}/values` */
  get_job_property_value_dependents: {
    totalFound?: unknown;
    content?: unknown;
    [key: string]: unknown;
  };
  /** Add Job Property Dependent Value — `POST /configuration/job-properties/{id}/values/{valueId}/dependents/{dependentId}/values` */
  add_job_property_dependent_value: unknown;
  /** List Departments — `GET /configuration/departments` */
  list_departments: {
    totalFound?: unknown;
    /** model Department */
    content?: unknown;
    [key: string]: unknown;
  };
  /** Get Department — `GET /configuration/departments/{id}` */
  get_department: {
    id?: string | null;
    label?: string | null;
    description?: string | null;
    [key: string]: unknown;
  };
  /** Create Department — `POST /configuration/departments` */
  create_department: {
    id?: string | null;
    label?: string | null;
    description?: string | null;
    [key: string]: unknown;
  };
  /** List Hiring Processes — `GET /configuration/hiring-processes` */
  list_hiring_processes: {
    totalFound?: unknown;
    /** model HiringProcess */
    content?: unknown;
    [key: string]: unknown;
  };
  /** Get Hiring Process — `GET /configuration/hiring-processes/{id}` */
  get_hiring_process: {
    id?: unknown;
    name?: unknown;
    active?: unknown;
    subStatuses?: unknown;
    [key: string]: unknown;
  };
  /** List Offer Properties — `GET /configuration/offer-properties` */
  list_offer_properties: {
    categories?: unknown;
    [key: string]: unknown;
  };
  /** List Candidate Properties — `GET /configuration/candidate-properties` */
  list_candidate_properties: {
    totalFound?: unknown;
    content?: unknown;
    [key: string]: unknown;
  };
  /** Get Candidate Property — `GET /configuration/candidate-properties/{id}` */
  get_candidate_property: {
    id?: unknown;
    label?: unknown;
    type?: unknown;
    availability?: unknown;
    actions?: unknown;
    [key: string]: unknown;
  };
  /** Get Candidate Property Values — `GET /configuration/candidate-properties/{id}/values` */
  get_candidate_property_values: {
    totalFound?: unknown;
    content?: unknown;
    [key: string]: unknown;
  };
  /** Create Candidate Property Value — `POST /configuration/candidate-properties/{id}/values` */
  create_candidate_property_value: {
    id?: unknown;
    /** string, number, boolean or object */
    value?: unknown;
    [key: string]: unknown;
  };
  /** Update Candidate Property Value Label — `PUT /configuration/candidate-properties/{id}/values/{valueId}` */
  update_candidate_property_value_label: {
    id?: unknown;
    /** string, number, boolean or object */
    value?: unknown;
    [key: string]: unknown;
  };
  /** Get Candidate Property Value — `GET /configuration/candidate-properties/{id}/values/{valueId}` */
  get_candidate_property_value: {
    id?: unknown;
    /** string, number, boolean or object */
    value?: unknown;
    [key: string]: unknown;
  };
  /** Get Source Types — `GET /configuration/sources` */
  get_source_types: {
    totalFound?: unknown;
    /** model SourceTypesContent */
    content?: unknown;
    [key: string]: unknown;
  };
  /** Get Source Values — `GET /configuration/sources/{sourceType}/values` */
  get_source_values: {
    totalFound?: unknown;
    limit?: unknown;
    offset?: unknown;
    /** model Source */
    content?: unknown;
    [key: string]: unknown;
  };
  /** Get Source Value — `GET /configuration/sources/{sourceType}/values/{sourceValueId}` */
  get_source_value: {
    id?: unknown;
    label?: unknown;
    sourceSubType?: unknown;
    actions?: unknown;
    [key: string]: unknown;
  };
  /** Get Source By Identifier — `GET /configuration/sources/{sourceIdentifier}` */
  get_source_by_identifier: {
    label?: unknown;
    subType?: unknown;
    type?: unknown;
    [key: string]: unknown;
  };
  /** List Rejection Reasons — `GET /configuration/rejection-reasons` */
  list_rejection_reasons: {
    totalFound?: unknown;
    content?: unknown;
    [key: string]: unknown;
  };
  /** List Withdrawal Reasons — `GET /configuration/withdrawal-reasons` */
  list_withdrawal_reasons: {
    totalFound?: unknown;
    content?: unknown;
    [key: string]: unknown;
  };
  /** List Career Sites — `GET /configuration/career-sites` */
  list_career_sites: unknown;
  /** Get Career Site — `GET /configuration/career-sites/{careerSiteId}` */
  get_career_site: unknown;
  /** List Predefined Locations — `GET /configuration/predefined-locations` */
  list_predefined_locations: unknown;
  /** Create Predefined Location — `POST /configuration/predefined-locations` */
  create_predefined_location: unknown;
  /** Get Predefined Location — `GET /configuration/predefined-locations/{id}` */
  get_predefined_location: unknown;
  /** Update Predefined Location — `PUT /configuration/predefined-locations/{id}` */
  update_predefined_location: unknown;
  /** Delete Predefined Location — `DELETE /configuration/predefined-locations/{id}` */
  delete_predefined_location: unknown;
  /** Get Managed Hiring Process Steps — `GET /interview-templates/managed-steps/jobs/{jobId}` */
  get_managed_hiring_process_steps: unknown;
  /** Get Interview Template — `GET /interview-templates/templates/{id}` */
  get_interview_template: unknown;
  /** Update Interview Template — `PUT /interview-templates/templates/{id}` */
  update_interview_template: unknown;
  /** Delete Interview Template — `DELETE /interview-templates/templates/{id}` */
  delete_interview_template: unknown;
  /** List Interview Templates — `GET /interview-templates/templates` */
  list_interview_templates: unknown;
  /** Create Interview Template — `POST /interview-templates/templates` */
  create_interview_template: unknown;
  /** Get Job Interview Templates — `GET /interview-templates/job-templates/jobs/{jobId}/hiringStages/{hiringStage}` */
  get_job_interview_templates: unknown;
  /** List Job Interview Templates — `GET /interview-templates/job-templates/jobs/{jobId}` */
  list_job_interview_templates: unknown;
  /** Get Application Interview Templates — `GET /interview-templates/job-templates/job-applications/{applicationId}` */
  get_application_interview_templates: unknown;
  /** Search Job Interview Templates — `POST /interview-templates/job-templates/jobs/{jobId}/search` */
  search_job_interview_templates: unknown;
  /** Update Job Interview Template — `PUT /interview-templates/job-templates/{jobInterviewTemplateId}` */
  update_job_interview_template: unknown;
  /** Save Job Interview Template — `PUT /interview-templates/job-templates/jobs/{jobId}/hiringStages/{hiringStage}` */
  save_job_interview_template: unknown;
  /** Patch Job Interview Template Interviewers — `PATCH /interview-templates/job-templates/{jobInterviewTemplateId}` */
  patch_job_interview_template_interviewers: unknown;
  /** Get User Schedule Preferences — `GET /interview-templates/schedule/preferences/users/{userId}` */
  get_user_schedule_preferences: unknown;
  /** Get Interview Types — `GET /interviews-api/v201904/interview-types` */
  get_interview_types: unknown;
  /** List Interviews — `GET /interviews-api/v201904/interviews` */
  list_interviews: {
    content?: unknown;
    [key: string]: unknown;
  };
  /** Get Interview — `GET /interviews-api/v201904/interviews/{interviewId}` */
  get_interview: {
    id?: string | null;
    candidate?: Record<string, unknown> | null;
    jobId?: string | null;
    location?: string | null;
    organizerId?: string | null;
    /** Name of the timezone as described in TZ database */
    timezone?: string | null;
    /** model Timeslot */
    timeslots?: Record<string, unknown>[] | null;
    /** If not set it defaults to current time */
    createdOn?: string | null;
    refUrl?: string | null;
    source?: unknown;
    [key: string]: unknown;
  };
  /** Create Interview — `POST /interviews-api/v201904/interviews` */
  create_interview: {
    id?: string | null;
    candidate?: Record<string, unknown> | null;
    jobId?: string | null;
    location?: string | null;
    organizerId?: string | null;
    /** Name of the timezone as described in TZ database */
    timezone?: string | null;
    /** model Timeslot */
    timeslots?: Record<string, unknown>[] | null;
    /** If not set it defaults to current time */
    createdOn?: string | null;
    refUrl?: string | null;
    source?: unknown;
    [key: string]: unknown;
  };
  /** Update Interview — `PATCH /interviews-api/v201904/interviews/{interviewId}` */
  update_interview: unknown;
  /** Delete Interview — `DELETE /interviews-api/v201904/interviews/{interviewId}` */
  delete_interview: unknown;
  /** Update Interviewer Status — `PUT /interviews-api/v201904/interviews/{interviewId}/timeslots/{timeslotId}/interviewers/{userId}/status` */
  update_interviewer_status: unknown;
  /** Update Timeslot Candidate Status — `PUT /interviews-api/v201904/interviews/{interviewId}/timeslots/{timeslotId}/candidateStatus` */
  update_timeslot_candidate_status: unknown;
  /** Create Timeslot — `POST /interviews-api/v201904/interviews/{interviewId}/timeslots` */
  create_timeslot: {
    id?: string | null;
    interviewType?: string | null;
    title?: string | null;
    place?: string | null;
    startsOn?: string | null;
    endsOn?: string | null;
    /** model Interviewer */
    interviewers?: Record<string, unknown>[] | null;
    candidateStatus?: unknown;
    [key: string]: unknown;
  };
  /** Get Timeslot — `GET /interviews-api/v201904/interviews/{interviewId}/timeslots/{timeslotId}` */
  get_timeslot: {
    id?: string | null;
    interviewType?: string | null;
    title?: string | null;
    place?: string | null;
    startsOn?: string | null;
    endsOn?: string | null;
    /** model Interviewer */
    interviewers?: Record<string, unknown>[] | null;
    candidateStatus?: unknown;
    [key: string]: unknown;
  };
  /** Update Timeslot — `PATCH /interviews-api/v201904/interviews/{interviewId}/timeslots/{timeslotId}` */
  update_timeslot: unknown;
  /** Delete Timeslot — `DELETE /interviews-api/v201904/interviews/{interviewId}/timeslots/{timeslotId}` */
  delete_timeslot: unknown;
  /** Update Timeslot No-Show — `PATCH /interviews-api/v201904/interviews/{interviewId}/timeslots/{timeslotId}/noshow` */
  update_timeslot_no_show: unknown;
  /** Delete Interview Type — `DELETE /interviews-api/v201904/interview-types/{interviewType}` */
  delete_interview_type: unknown;
  /** Search Jobs — `GET /jobs` */
  search_jobs: {
    limit?: number | null;
    offset?: number | null;
    nextPageId?: string | null;
    totalFound?: number | null;
    /** model JobSummary */
    content?: Record<string, unknown>[] | null;
    [key: string]: unknown;
  };
  /** Get Job — `GET /jobs/{jobId}` */
  get_job: {
    id?: string | null;
    title?: string | null;
    refNumber?: string | null;
    createdOn?: string | null;
    /** Job modification date */
    updatedOn?: string | null;
    /** Indicates last activity associated with a job */
    lastActivityOn?: string | null;
    /** model Department */
    department?: Record<string, unknown> | null;
    location?: Record<string, unknown> | null;
    status?: string | null;
    postingStatus?: string | null;
    targetHiringDate?: string | null;
    industry?: Record<string, unknown> | null;
    function?: Record<string, unknown> | null;
    typeOfEmployment?: Record<string, unknown> | null;
    experienceLevel?: Record<string, unknown> | null;
    eeoCategory?: Record<string, unknown> | null;
    template?: boolean | null;
    /** model UserIdentity */
    creator?: Record<string, unknown> | null;
    /** model Compensation */
    compensation?: Record<string, unknown> | null;
    /** model JobAd */
    jobAd?: Record<string, unknown> | null;
    /** model JobProperty */
    properties?: Record<string, unknown>[] | null;
    actions?: Record<string, unknown> | null;
    [key: string]: unknown;
  };
  /** Create Job — `POST /jobs` */
  create_job: {
    id?: string | null;
    title?: string | null;
    refNumber?: string | null;
    createdOn?: string | null;
    /** Job modification date */
    updatedOn?: string | null;
    /** Indicates last activity associated with a job */
    lastActivityOn?: string | null;
    /** model Department */
    department?: Record<string, unknown> | null;
    location?: Record<string, unknown> | null;
    status?: string | null;
    postingStatus?: string | null;
    targetHiringDate?: string | null;
    industry?: Record<string, unknown> | null;
    function?: Record<string, unknown> | null;
    typeOfEmployment?: Record<string, unknown> | null;
    experienceLevel?: Record<string, unknown> | null;
    eeoCategory?: Record<string, unknown> | null;
    template?: boolean | null;
    /** model UserIdentity */
    creator?: Record<string, unknown> | null;
    /** model Compensation */
    compensation?: Record<string, unknown> | null;
    /** model JobAd */
    jobAd?: Record<string, unknown> | null;
    /** model JobProperty */
    properties?: Record<string, unknown>[] | null;
    actions?: Record<string, unknown> | null;
    [key: string]: unknown;
  };
  /** Update Job — `PUT /jobs/{jobId}` */
  update_job: {
    id?: string | null;
    title?: string | null;
    refNumber?: string | null;
    createdOn?: string | null;
    /** Job modification date */
    updatedOn?: string | null;
    /** Indicates last activity associated with a job */
    lastActivityOn?: string | null;
    /** model Department */
    department?: Record<string, unknown> | null;
    location?: Record<string, unknown> | null;
    status?: string | null;
    postingStatus?: string | null;
    targetHiringDate?: string | null;
    industry?: Record<string, unknown> | null;
    function?: Record<string, unknown> | null;
    typeOfEmployment?: Record<string, unknown> | null;
    experienceLevel?: Record<string, unknown> | null;
    eeoCategory?: Record<string, unknown> | null;
    template?: boolean | null;
    /** model UserIdentity */
    creator?: Record<string, unknown> | null;
    /** model Compensation */
    compensation?: Record<string, unknown> | null;
    /** model JobAd */
    jobAd?: Record<string, unknown> | null;
    /** model JobProperty */
    properties?: Record<string, unknown>[] | null;
    actions?: Record<string, unknown> | null;
    [key: string]: unknown;
  };
  /** Update Job Status — `PUT /jobs/{jobId}/status` */
  update_job_status: {
    status?: unknown;
    [key: string]: unknown;
  };
  /** Get Job Status History — `GET /jobs/{jobId}/status/history` */
  get_job_status_history: {
    totalFound?: unknown;
    /** model JobStatusHistoryContent */
    content?: unknown;
    [key: string]: unknown;
  };
  /** Get Job Approvals — `GET /jobs/{jobId}/approvals/latest` */
  get_job_approvals: {
    approvalRequestId?: unknown;
    positions?: unknown;
    salaryRange?: unknown;
    [key: string]: unknown;
  };
  /** List Job Positions — `GET /jobs/{jobId}/positions` */
  list_job_positions: {
    totalFound?: unknown;
    /** model JobPosition */
    content?: unknown;
    [key: string]: unknown;
  };
  /** Get Job Position — `GET /jobs/{jobId}/positions/{positionId}` */
  get_job_position: {
    id?: unknown;
    positionId?: unknown;
    type?: unknown;
    incumbentName?: unknown;
    positionOpenDate?: unknown;
    targetStartDate?: unknown;
    status?: unknown;
    [key: string]: unknown;
  };
  /** Create Job Position — `POST /jobs/{jobId}/positions` */
  create_job_position: {
    id?: unknown;
    positionId?: unknown;
    type?: unknown;
    incumbentName?: unknown;
    positionOpenDate?: unknown;
    targetStartDate?: unknown;
    status?: unknown;
    [key: string]: unknown;
  };
  /** Update Job Position — `PUT /jobs/{jobId}/positions/{positionId}` */
  update_job_position: {
    id?: unknown;
    positionId?: unknown;
    type?: unknown;
    incumbentName?: unknown;
    positionOpenDate?: unknown;
    targetStartDate?: unknown;
    status?: unknown;
    [key: string]: unknown;
  };
  /** Delete Job Position — `DELETE /jobs/{jobId}/positions/{positionId}` */
  delete_job_position: unknown;
  /** List Job Ads — `GET /jobs/{jobId}/jobads` */
  list_job_ads: unknown;
  /** Get Job Ad — `GET /jobs/{jobId}/jobads/{jobAdId}` */
  get_job_ad: {
    /** type not documented (likely string) */
    id?: unknown;
    /** type not documented (likely string) */
    title?: unknown;
    language?: unknown;
    /** type not documented (likely object) */
    jobAd?: unknown;
    /** type not documented (likely string(date-time)) */
    createdOn?: unknown;
    /** type not documented (likely string(date-time)) */
    updatedOn?: unknown;
    applyUrl?: unknown;
    /** type not documented (likely string) */
    postingStatus?: string | null;
    default?: unknown;
    /** type not documented (likely object) */
    actions?: unknown;
    /** type not documented (likely object) */
    creator?: unknown;
    visibility?: string | null;
    [key: string]: unknown;
  };
  /** Create Job Ad — `POST /jobs/{jobId}/jobads` */
  create_job_ad: {
    /** type not documented (likely string) */
    id?: unknown;
    /** type not documented (likely string) */
    title?: unknown;
    language?: unknown;
    /** type not documented (likely object) */
    jobAd?: unknown;
    /** type not documented (likely string(date-time)) */
    createdOn?: unknown;
    /** type not documented (likely string(date-time)) */
    updatedOn?: unknown;
    applyUrl?: unknown;
    /** type not documented (likely string) */
    postingStatus?: string | null;
    default?: unknown;
    /** type not documented (likely object) */
    actions?: unknown;
    /** type not documented (likely object) */
    creator?: unknown;
    visibility?: string | null;
    [key: string]: unknown;
  };
  /** Update Job Ad — `PUT /jobs/{jobId}/jobads/{jobAdId}` */
  update_job_ad: {
    /** type not documented (likely string) */
    id?: unknown;
    /** type not documented (likely string) */
    title?: unknown;
    language?: unknown;
    /** type not documented (likely object) */
    jobAd?: unknown;
    /** type not documented (likely string(date-time)) */
    createdOn?: unknown;
    /** type not documented (likely string(date-time)) */
    updatedOn?: unknown;
    applyUrl?: unknown;
    /** type not documented (likely string) */
    postingStatus?: string | null;
    default?: unknown;
    /** type not documented (likely object) */
    actions?: unknown;
    /** type not documented (likely object) */
    creator?: unknown;
    visibility?: string | null;
    [key: string]: unknown;
  };
  /** List Job Ad Postings — `GET /jobs/{jobId}/jobads/{jobAdId}/postings` */
  list_job_ad_postings: {
    /** model PublicationListItem */
    content?: unknown;
    [key: string]: unknown;
  };
  /** Publish Job Ad — `POST /jobs/{jobId}/jobads/{jobAdId}/postings` */
  publish_job_ad: {
    postingStatus?: string | null;
    [key: string]: unknown;
  };
  /** Unpublish Job Ad — `DELETE /jobs/{jobId}/jobads/{jobAdId}/postings` */
  unpublish_job_ad: {
    unpostingStatus?: string | null;
    [key: string]: unknown;
  };
  /** List Job Publications — `GET /jobs/{jobId}/publication` */
  list_job_publications: {
    /** model PublicationListItem */
    content?: unknown;
    [key: string]: unknown;
  };
  /** Publish Job — `POST /jobs/{jobId}/publication` */
  publish_job: unknown;
  /** Unpublish Job — `DELETE /jobs/{jobId}/publication` */
  unpublish_job: unknown;
  /** Get Hiring Team — `GET /jobs/{jobId}/hiring-team` */
  get_hiring_team: {
    totalFound?: number | null;
    content?: Record<string, unknown>[] | null;
    [key: string]: unknown;
  };
  /** Add Hiring Team Member — `POST /jobs/{jobId}/hiring-team` */
  add_hiring_team_member: {
    role?: unknown;
    actions?: unknown;
    [key: string]: unknown;
  };
  /** Remove Hiring Team Member — `DELETE /jobs/{jobId}/hiring-team/{userId}` */
  remove_hiring_team_member: unknown;
  /** Get Job Note — `GET /jobs/{jobId}/note` */
  get_job_note: {
    content?: unknown;
    [key: string]: unknown;
  };
  /** Update Job Note — `PUT /jobs/{jobId}/note` */
  update_job_note: {
    content?: unknown;
    [key: string]: unknown;
  };
  /** List Candidate Offers — `GET /candidates/{id}/jobs/{jobId}/offers` */
  list_candidate_offers: {
    limit?: number | null;
    offset?: number | null;
    totalFound?: number | null;
    /** model Offer */
    content?: Record<string, unknown>[] | null;
    [key: string]: unknown;
  };
  /** Get Candidate Offer — `GET /candidates/{id}/jobs/{jobId}/offers/{offerId}` */
  get_candidate_offer: {
    id?: string | null;
    status?: string | null;
    createdOn?: string | null;
    updatedOn?: string | null;
    properties?: Record<string, unknown> | null;
    actions?: Record<string, unknown> | null;
    [key: string]: unknown;
  };
  /** Get Offer Approval — `GET /candidates/{id}/jobs/{jobId}/offers/{offerId}/approvals/latest` */
  get_offer_approval: unknown;
  /** Search Offers — `GET /offers` */
  search_offers: {
    limit?: number | null;
    offset?: number | null;
    totalFound?: number | null;
    /** model Offer */
    content?: Record<string, unknown>[] | null;
    [key: string]: unknown;
  };
  /** List Offer Documents — `GET /offers/{offerId}/documents` */
  list_offer_documents: unknown;
  /** Get Offer Document — `GET /offers/{offerId}/documents/{documentId}` */
  get_offer_document: FileOutput | JsonValue;
  /** List Postings — `GET /v1/companies/{companyIdentifier}/postings` */
  list_postings: {
    totalFound?: number | null;
    content?: Record<string, unknown>[] | null;
    [key: string]: unknown;
  };
  /** List Company Departments — `GET /v1/companies/{companyIdentifier}/departments` */
  list_company_departments: {
    totalFound?: number | null;
    content?: Record<string, unknown>[] | null;
    [key: string]: unknown;
  };
  /** Get Posting — `GET /v1/companies/{companyIdentifier}/postings/{postingId}` */
  get_posting: {
    id?: string | null;
    uuid?: string | null;
    name?: string | null;
    jobAdId?: string | null;
    applyUrl?: string | null;
    postingUrl?: string | null;
    referralUrl?: string | null;
    refNumber?: string | null;
    company?: Record<string, unknown> | null;
    releasedDate?: string | null;
    location?: Record<string, unknown> | null;
    industry?: Record<string, unknown> | null;
    department?: Record<string, unknown> | null;
    function?: Record<string, unknown> | null;
    typeOfEmployment?: Record<string, unknown> | null;
    experienceLevel?: Record<string, unknown> | null;
    customField?: Record<string, unknown>[] | null;
    ref?: string | null;
    creator?: Record<string, unknown> | null;
    jobAd?: Record<string, unknown> | null;
    active?: boolean | null;
    [key: string]: unknown;
  };
  /** Get Candidate Reviews — `GET /reviews-api/v201910/reviews` */
  get_candidate_reviews: unknown;
  /** Get Review — `GET /reviews-api/v201910/reviews/{reviewId}` */
  get_review: {
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
  /** Create Review — `POST /reviews-api/v201910/reviews` */
  create_review: {
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
  /** Update Review — `PATCH /reviews-api/v201910/reviews/{reviewId}` */
  update_review: unknown;
  /** Delete Review — `DELETE /reviews-api/v201910/reviews/{reviewId}` */
  delete_review: unknown;
  /** Get Job Review Criteria — `GET /reviews-api/v201910/jobs/{jobId}/criteria` */
  get_job_review_criteria: unknown;
  /** List Users — `GET /user-api/v201804/users` */
  list_users: {
    limit?: number | null;
    nextPageId?: string | null;
    /** model UserListItem */
    content?: Record<string, unknown>[] | null;
    [key: string]: unknown;
  };
  /** Create User — `POST /user-api/v201804/users` */
  create_user: {
    email?: string | null;
    firstName?: string | null;
    lastName?: string | null;
    systemRole?: Record<string, unknown> | null;
    externalData?: string | null;
    ssoIdentifier?: string | null;
    /** User level login mode setting. Possible values are: - SSO - user can login only through SSO - PASSWORD - user can login only by password Notice: This setting _CAN_ be configured always, but it will be respected only if: - SSO is enabled at… */
    ssoLoginMode?: string | null;
    language?: Record<string, unknown> | null;
    id?: string | null;
    active?: boolean | null;
    updatedOn?: string | null;
    location?: Record<string, unknown> | null;
    accessGroups?: Record<string, unknown>[] | null;
    seats?: unknown;
    [key: string]: unknown;
  };
  /** Get Current User — `GET /user-api/v201804/users/me` */
  get_current_user: {
    email?: string | null;
    firstName?: string | null;
    lastName?: string | null;
    systemRole?: Record<string, unknown> | null;
    externalData?: string | null;
    ssoIdentifier?: string | null;
    /** User level login mode setting. Possible values are: - SSO - user can login only through SSO - PASSWORD - user can login only by password Notice: This setting _CAN_ be configured always, but it will be respected only if: - SSO is enabled at… */
    ssoLoginMode?: string | null;
    language?: Record<string, unknown> | null;
    id?: string | null;
    active?: boolean | null;
    updatedOn?: string | null;
    location?: Record<string, unknown> | null;
    accessGroups?: Record<string, unknown>[] | null;
    seats?: unknown;
    [key: string]: unknown;
  };
  /** Get User — `GET /user-api/v201804/users/{id}` */
  get_user: {
    email?: string | null;
    firstName?: string | null;
    lastName?: string | null;
    systemRole?: Record<string, unknown> | null;
    externalData?: string | null;
    ssoIdentifier?: string | null;
    /** User level login mode setting. Possible values are: - SSO - user can login only through SSO - PASSWORD - user can login only by password Notice: This setting _CAN_ be configured always, but it will be respected only if: - SSO is enabled at… */
    ssoLoginMode?: string | null;
    language?: Record<string, unknown> | null;
    id?: string | null;
    active?: boolean | null;
    updatedOn?: string | null;
    location?: Record<string, unknown> | null;
    accessGroups?: Record<string, unknown>[] | null;
    seats?: unknown;
    [key: string]: unknown;
  };
  /** Reset User Password — `POST /user-api/v201804/users/{id}/reset-password` */
  reset_user_password: unknown;
  /** Send User Activation Email — `POST /user-api/v201804/users/{id}/activation-email` */
  send_user_activation_email: unknown;
  /** Activate User — `PUT /user-api/v201804/users/{id}/activation` */
  activate_user: unknown;
  /** Deactivate User — `DELETE /user-api/v201804/users/{id}/activation` */
  deactivate_user: unknown;
  /** List System Roles — `GET /user-api/v201804/system-roles` */
  list_system_roles: {
    content?: Record<string, unknown>[] | null;
    [key: string]: unknown;
  };
  /** Assign Users To Access Group — `POST /user-api/v201804/access-groups/{accessGroupId}/users` */
  assign_users_to_access_group: {
    content?: Record<string, unknown>[] | null;
    [key: string]: unknown;
  };
  /** Remove User From Access Group — `DELETE /user-api/v201804/access-groups/{accessGroupId}/users/{id}` */
  remove_user_from_access_group: unknown;
}

export type ActionName = keyof ActionInputs;

/** Actions whose input has no required field, so the typed method can be called without one. */
export type ActionWithOptionalInput =
  | "list_pending_approvals"
  | "create_approval_request"
  | "search_candidates"
  | "list_access_groups"
  | "create_access_group"
  | "get_company_information"
  | "list_job_properties"
  | "list_departments"
  | "list_hiring_processes"
  | "list_offer_properties"
  | "list_candidate_properties"
  | "get_source_types"
  | "list_rejection_reasons"
  | "list_withdrawal_reasons"
  | "list_career_sites"
  | "list_predefined_locations"
  | "create_predefined_location"
  | "list_interview_templates"
  | "create_interview_template"
  | "get_interview_types"
  | "search_jobs"
  | "search_offers"
  | "create_review"
  | "list_users"
  | "get_current_user"
  | "list_system_roles";

/** The items of a list answer (`content`), for `{ all: true }`. */
export type ActionItem<N extends ActionName> = ActionOutputs[N] extends { content?: (infer I)[] | null } ? I : unknown;

/** One typed method: the action's input in; its documented output (or, with `all`, its items) out. */
export type ActionMethodOf<N extends ActionName> = <O extends ExecuteActionOptions = {}>(
  ...args: N extends ActionWithOptionalInput ? [input?: ActionInputs[N], opts?: O] : [input: ActionInputs[N], opts?: O]
) => Promise<ActionResult<O extends { all: true } ? ActionItem<N>[] : ActionOutputs[N]>>;

/** `createActionMethods(client)`: every action, grouped by resource. */
export interface TypedActionMethods {
  readonly applications: {
    /** Get Application Configuration For Posting (`get_application_configuration_for_posting`) */
    readonly getConfigurationForPosting: ActionMethodOf<"get_application_configuration_for_posting">;
    /** Create Candidate Application (`create_candidate_application`) */
    readonly createCandidateApplication: ActionMethodOf<"create_candidate_application">;
    /** Get Application Status (`get_application_status`) */
    readonly getStatus: ActionMethodOf<"get_application_status">;
  };
  readonly jobApplications: {
    /** Get Job Application (`get_job_application`) */
    readonly get: ActionMethodOf<"get_job_application">;
    /** Delete Job Application (`delete_job_application`) */
    readonly delete: ActionMethodOf<"delete_job_application">;
  };
  readonly approvals: {
    /** List Pending Approvals (`list_pending_approvals`) */
    readonly listPendingApprovals: ActionMethodOf<"list_pending_approvals">;
    /** Get Approval Request (`get_approval_request`) */
    readonly getRequest: ActionMethodOf<"get_approval_request">;
    /** Create Approval Request (`create_approval_request`) */
    readonly createRequest: ActionMethodOf<"create_approval_request">;
    /** Approve Approval Request (`approve_approval_request`) */
    readonly approveRequest: ActionMethodOf<"approve_approval_request">;
    /** Reject Approval Request (`reject_approval_request`) */
    readonly rejectRequest: ActionMethodOf<"reject_approval_request">;
    /** List Approval Comments (`list_approval_comments`) */
    readonly listComments: ActionMethodOf<"list_approval_comments">;
    /** Add Approval Comment (`add_approval_comment`) */
    readonly addComment: ActionMethodOf<"add_approval_comment">;
  };
  readonly candidates: {
    /** Search Candidates (`search_candidates`) */
    readonly search: ActionMethodOf<"search_candidates">;
    /** Get Candidate (`get_candidate`) */
    readonly get: ActionMethodOf<"get_candidate">;
    /** Create Candidate (`create_candidate`) */
    readonly create: ActionMethodOf<"create_candidate">;
    /** Update Candidate (`update_candidate`) */
    readonly update: ActionMethodOf<"update_candidate">;
    /** Delete Candidate (`delete_candidate`) */
    readonly delete: ActionMethodOf<"delete_candidate">;
    /** Get Candidate Tags (`get_candidate_tags`) */
    readonly getTags: ActionMethodOf<"get_candidate_tags">;
    /** Add Candidate Tags (`add_candidate_tags`) */
    readonly addTags: ActionMethodOf<"add_candidate_tags">;
    /** Update Candidate Tags (`update_candidate_tags`) */
    readonly updateTags: ActionMethodOf<"update_candidate_tags">;
    /** Delete Candidate Tags (`delete_candidate_tags`) */
    readonly deleteTags: ActionMethodOf<"delete_candidate_tags">;
    /** Get Candidate Onboarding Status (`get_candidate_onboarding_status`) */
    readonly getOnboardingStatus: ActionMethodOf<"get_candidate_onboarding_status">;
    /** Get Candidate Onboarding Status For Job (`get_candidate_onboarding_status_for_job`) */
    readonly getOnboardingStatusForJob: ActionMethodOf<"get_candidate_onboarding_status_for_job">;
    /** Update Candidate Onboarding Status For Job (`update_candidate_onboarding_status_for_job`) */
    readonly updateOnboardingStatusForJob: ActionMethodOf<"update_candidate_onboarding_status_for_job">;
    /** List Candidate Attachments (`list_candidate_attachments`) */
    readonly listAttachments: ActionMethodOf<"list_candidate_attachments">;
    /** Get Candidate Attachment (`get_candidate_attachment`) */
    readonly getAttachment: ActionMethodOf<"get_candidate_attachment">;
    /** List Candidate Attachments For Job (`list_candidate_attachments_for_job`) */
    readonly listAttachmentsForJob: ActionMethodOf<"list_candidate_attachments_for_job">;
    /** Upload Candidate Attachment For Job (`upload_candidate_attachment_for_job`) */
    readonly uploadAttachmentForJob: ActionMethodOf<"upload_candidate_attachment_for_job">;
    /** Delete Candidate Attachment (`delete_candidate_attachment`) */
    readonly deleteAttachment: ActionMethodOf<"delete_candidate_attachment">;
    /** Get Candidate Status (`get_candidate_status`) */
    readonly getStatus: ActionMethodOf<"get_candidate_status">;
    /** Update Candidate Status (`update_candidate_status`) */
    readonly updateStatus: ActionMethodOf<"update_candidate_status">;
    /** Get Candidate Status History For Job (`get_candidate_status_history_for_job`) */
    readonly getStatusHistoryForJob: ActionMethodOf<"get_candidate_status_history_for_job">;
    /** Get Candidate Properties For Job (`get_candidate_properties_for_job`) */
    readonly getPropertiesForJob: ActionMethodOf<"get_candidate_properties_for_job">;
    /** Get Candidate Consent Status (`get_candidate_consent_status`) */
    readonly getConsentStatus: ActionMethodOf<"get_candidate_consent_status">;
    /** Get Candidate Consent Decisions (`get_candidate_consent_decisions`) */
    readonly getConsentDecisions: ActionMethodOf<"get_candidate_consent_decisions">;
    /** Update Candidate Source (`update_candidate_source`) */
    readonly updateSource: ActionMethodOf<"update_candidate_source">;
    /** Get Candidate Screening Answers (`get_candidate_screening_answers`) */
    readonly getScreeningAnswers: ActionMethodOf<"get_candidate_screening_answers">;
    /** Create A New Candidate And Assign To A Job (`create_a_new_candidate_and_assign_to_a_job`) */
    readonly createForJob: ActionMethodOf<"create_a_new_candidate_and_assign_to_a_job">;
    /** Get Candidate Application (`get_candidate_application`) */
    readonly getApplication: ActionMethodOf<"get_candidate_application">;
    /** Delete Candidate Application (`delete_candidate_application`) */
    readonly deleteApplication: ActionMethodOf<"delete_candidate_application">;
    /** Parse Resume (`parse_resume`) */
    readonly parseResume: ActionMethodOf<"parse_resume">;
  };
  readonly configuration: {
    /** List Access Groups (`list_access_groups`) */
    readonly listAccessGroups: ActionMethodOf<"list_access_groups">;
    /** Get Access Group (`get_access_group`) */
    readonly getAccessGroup: ActionMethodOf<"get_access_group">;
    /** Create Access Group (`create_access_group`) */
    readonly createAccessGroup: ActionMethodOf<"create_access_group">;
    /** Update Access Group (`update_access_group`) */
    readonly updateAccessGroup: ActionMethodOf<"update_access_group">;
    /** Get Company Information (`get_company_information`) */
    readonly getCompanyInformation: ActionMethodOf<"get_company_information">;
    /** List Job Properties (`list_job_properties`) */
    readonly listJobProperties: ActionMethodOf<"list_job_properties">;
    /** Create Job Property (`create_job_property`) */
    readonly createJobProperty: ActionMethodOf<"create_job_property">;
    /** Get Job Property (`get_job_property`) */
    readonly getJobProperty: ActionMethodOf<"get_job_property">;
    /** Get Job Property Values (`get_job_property_values`) */
    readonly getJobPropertyValues: ActionMethodOf<"get_job_property_values">;
    /** Create Job Property Value (`create_job_property_value`) */
    readonly createJobPropertyValue: ActionMethodOf<"create_job_property_value">;
    /** Archive Job Property Value (`archive_job_property_value`) */
    readonly archiveJobPropertyValue: ActionMethodOf<"archive_job_property_value">;
    /** Activate Job Property (`activate_job_property`) */
    readonly activateJobProperty: ActionMethodOf<"activate_job_property">;
    /** Get Job Property Dependents (`get_job_property_dependents`) */
    readonly getJobPropertyDependents: ActionMethodOf<"get_job_property_dependents">;
    /** Create Job Property Dependents (`create_job_property_dependents`) */
    readonly createJobPropertyDependents: ActionMethodOf<"create_job_property_dependents">;
    /** Get Job Property Dependent Values (`get_job_property_dependent_values`) */
    readonly getJobPropertyDependentValues: ActionMethodOf<"get_job_property_dependent_values">;
    /** Get Job Property Value Dependents (`get_job_property_value_dependents`) */
    readonly getJobPropertyValueDependents: ActionMethodOf<"get_job_property_value_dependents">;
    /** Add Job Property Dependent Value (`add_job_property_dependent_value`) */
    readonly addJobPropertyDependentValue: ActionMethodOf<"add_job_property_dependent_value">;
    /** List Departments (`list_departments`) */
    readonly listDepartments: ActionMethodOf<"list_departments">;
    /** Get Department (`get_department`) */
    readonly getDepartment: ActionMethodOf<"get_department">;
    /** Create Department (`create_department`) */
    readonly createDepartment: ActionMethodOf<"create_department">;
    /** List Hiring Processes (`list_hiring_processes`) */
    readonly listHiringProcesses: ActionMethodOf<"list_hiring_processes">;
    /** Get Hiring Process (`get_hiring_process`) */
    readonly getHiringProcess: ActionMethodOf<"get_hiring_process">;
    /** List Offer Properties (`list_offer_properties`) */
    readonly listOfferProperties: ActionMethodOf<"list_offer_properties">;
    /** List Candidate Properties (`list_candidate_properties`) */
    readonly listCandidateProperties: ActionMethodOf<"list_candidate_properties">;
    /** Get Candidate Property (`get_candidate_property`) */
    readonly getCandidateProperty: ActionMethodOf<"get_candidate_property">;
    /** Get Candidate Property Values (`get_candidate_property_values`) */
    readonly getCandidatePropertyValues: ActionMethodOf<"get_candidate_property_values">;
    /** Create Candidate Property Value (`create_candidate_property_value`) */
    readonly createCandidatePropertyValue: ActionMethodOf<"create_candidate_property_value">;
    /** Update Candidate Property Value Label (`update_candidate_property_value_label`) */
    readonly updateCandidatePropertyValueLabel: ActionMethodOf<"update_candidate_property_value_label">;
    /** Get Candidate Property Value (`get_candidate_property_value`) */
    readonly getCandidatePropertyValue: ActionMethodOf<"get_candidate_property_value">;
    /** Get Source Types (`get_source_types`) */
    readonly getSourceTypes: ActionMethodOf<"get_source_types">;
    /** Get Source Values (`get_source_values`) */
    readonly getSourceValues: ActionMethodOf<"get_source_values">;
    /** Get Source Value (`get_source_value`) */
    readonly getSourceValue: ActionMethodOf<"get_source_value">;
    /** Get Source By Identifier (`get_source_by_identifier`) */
    readonly getSourceByIdentifier: ActionMethodOf<"get_source_by_identifier">;
    /** List Rejection Reasons (`list_rejection_reasons`) */
    readonly listRejectionReasons: ActionMethodOf<"list_rejection_reasons">;
    /** List Withdrawal Reasons (`list_withdrawal_reasons`) */
    readonly listWithdrawalReasons: ActionMethodOf<"list_withdrawal_reasons">;
    /** List Career Sites (`list_career_sites`) */
    readonly listCareerSites: ActionMethodOf<"list_career_sites">;
    /** Get Career Site (`get_career_site`) */
    readonly getCareerSite: ActionMethodOf<"get_career_site">;
    /** List Predefined Locations (`list_predefined_locations`) */
    readonly listPredefinedLocations: ActionMethodOf<"list_predefined_locations">;
    /** Create Predefined Location (`create_predefined_location`) */
    readonly createPredefinedLocation: ActionMethodOf<"create_predefined_location">;
    /** Get Predefined Location (`get_predefined_location`) */
    readonly getPredefinedLocation: ActionMethodOf<"get_predefined_location">;
    /** Update Predefined Location (`update_predefined_location`) */
    readonly updatePredefinedLocation: ActionMethodOf<"update_predefined_location">;
    /** Delete Predefined Location (`delete_predefined_location`) */
    readonly deletePredefinedLocation: ActionMethodOf<"delete_predefined_location">;
  };
  readonly interviewTemplates: {
    /** Get Managed Hiring Process Steps (`get_managed_hiring_process_steps`) */
    readonly getManagedHiringProcessSteps: ActionMethodOf<"get_managed_hiring_process_steps">;
    /** Get Interview Template (`get_interview_template`) */
    readonly get: ActionMethodOf<"get_interview_template">;
    /** Update Interview Template (`update_interview_template`) */
    readonly update: ActionMethodOf<"update_interview_template">;
    /** Delete Interview Template (`delete_interview_template`) */
    readonly delete: ActionMethodOf<"delete_interview_template">;
    /** List Interview Templates (`list_interview_templates`) */
    readonly list: ActionMethodOf<"list_interview_templates">;
    /** Create Interview Template (`create_interview_template`) */
    readonly create: ActionMethodOf<"create_interview_template">;
    /** Get Job Interview Templates (`get_job_interview_templates`) */
    readonly getJobInterviewTemplates: ActionMethodOf<"get_job_interview_templates">;
    /** List Job Interview Templates (`list_job_interview_templates`) */
    readonly listJobInterviewTemplates: ActionMethodOf<"list_job_interview_templates">;
    /** Get Application Interview Templates (`get_application_interview_templates`) */
    readonly getApplicationInterviewTemplates: ActionMethodOf<"get_application_interview_templates">;
    /** Search Job Interview Templates (`search_job_interview_templates`) */
    readonly searchJobInterviewTemplates: ActionMethodOf<"search_job_interview_templates">;
    /** Update Job Interview Template (`update_job_interview_template`) */
    readonly updateJobInterviewTemplate: ActionMethodOf<"update_job_interview_template">;
    /** Save Job Interview Template (`save_job_interview_template`) */
    readonly saveJobInterviewTemplate: ActionMethodOf<"save_job_interview_template">;
    /** Patch Job Interview Template Interviewers (`patch_job_interview_template_interviewers`) */
    readonly patchJobInterviewTemplateInterviewers: ActionMethodOf<"patch_job_interview_template_interviewers">;
    /** Get User Schedule Preferences (`get_user_schedule_preferences`) */
    readonly getUserSchedulePreferences: ActionMethodOf<"get_user_schedule_preferences">;
  };
  readonly interviews: {
    /** Get Interview Types (`get_interview_types`) */
    readonly getTypes: ActionMethodOf<"get_interview_types">;
    /** List Interviews (`list_interviews`) */
    readonly list: ActionMethodOf<"list_interviews">;
    /** Get Interview (`get_interview`) */
    readonly get: ActionMethodOf<"get_interview">;
    /** Create Interview (`create_interview`) */
    readonly create: ActionMethodOf<"create_interview">;
    /** Update Interview (`update_interview`) */
    readonly update: ActionMethodOf<"update_interview">;
    /** Delete Interview (`delete_interview`) */
    readonly delete: ActionMethodOf<"delete_interview">;
    /** Update Interviewer Status (`update_interviewer_status`) */
    readonly updateInterviewerStatus: ActionMethodOf<"update_interviewer_status">;
    /** Update Timeslot Candidate Status (`update_timeslot_candidate_status`) */
    readonly updateTimeslotCandidateStatus: ActionMethodOf<"update_timeslot_candidate_status">;
    /** Create Timeslot (`create_timeslot`) */
    readonly createTimeslot: ActionMethodOf<"create_timeslot">;
    /** Get Timeslot (`get_timeslot`) */
    readonly getTimeslot: ActionMethodOf<"get_timeslot">;
    /** Update Timeslot (`update_timeslot`) */
    readonly updateTimeslot: ActionMethodOf<"update_timeslot">;
    /** Delete Timeslot (`delete_timeslot`) */
    readonly deleteTimeslot: ActionMethodOf<"delete_timeslot">;
    /** Update Timeslot No-Show (`update_timeslot_no_show`) */
    readonly updateTimeslotNoShow: ActionMethodOf<"update_timeslot_no_show">;
    /** Delete Interview Type (`delete_interview_type`) */
    readonly deleteType: ActionMethodOf<"delete_interview_type">;
  };
  readonly jobs: {
    /** Search Jobs (`search_jobs`) */
    readonly search: ActionMethodOf<"search_jobs">;
    /** Get Job (`get_job`) */
    readonly get: ActionMethodOf<"get_job">;
    /** Create Job (`create_job`) */
    readonly create: ActionMethodOf<"create_job">;
    /** Update Job (`update_job`) */
    readonly update: ActionMethodOf<"update_job">;
    /** Update Job Status (`update_job_status`) */
    readonly updateStatus: ActionMethodOf<"update_job_status">;
    /** Get Job Status History (`get_job_status_history`) */
    readonly getStatusHistory: ActionMethodOf<"get_job_status_history">;
    /** Get Job Approvals (`get_job_approvals`) */
    readonly getApprovals: ActionMethodOf<"get_job_approvals">;
    /** List Job Positions (`list_job_positions`) */
    readonly listPositions: ActionMethodOf<"list_job_positions">;
    /** Get Job Position (`get_job_position`) */
    readonly getPosition: ActionMethodOf<"get_job_position">;
    /** Create Job Position (`create_job_position`) */
    readonly createPosition: ActionMethodOf<"create_job_position">;
    /** Update Job Position (`update_job_position`) */
    readonly updatePosition: ActionMethodOf<"update_job_position">;
    /** Delete Job Position (`delete_job_position`) */
    readonly deletePosition: ActionMethodOf<"delete_job_position">;
    /** List Job Ads (`list_job_ads`) */
    readonly listAds: ActionMethodOf<"list_job_ads">;
    /** Get Job Ad (`get_job_ad`) */
    readonly getAd: ActionMethodOf<"get_job_ad">;
    /** Create Job Ad (`create_job_ad`) */
    readonly createAd: ActionMethodOf<"create_job_ad">;
    /** Update Job Ad (`update_job_ad`) */
    readonly updateAd: ActionMethodOf<"update_job_ad">;
    /** List Job Ad Postings (`list_job_ad_postings`) */
    readonly listAdPostings: ActionMethodOf<"list_job_ad_postings">;
    /** Publish Job Ad (`publish_job_ad`) */
    readonly publishAd: ActionMethodOf<"publish_job_ad">;
    /** Unpublish Job Ad (`unpublish_job_ad`) */
    readonly unpublishAd: ActionMethodOf<"unpublish_job_ad">;
    /** List Job Publications (`list_job_publications`) */
    readonly listPublications: ActionMethodOf<"list_job_publications">;
    /** Publish Job (`publish_job`) */
    readonly publish: ActionMethodOf<"publish_job">;
    /** Unpublish Job (`unpublish_job`) */
    readonly unpublish: ActionMethodOf<"unpublish_job">;
    /** Get Hiring Team (`get_hiring_team`) */
    readonly getHiringTeam: ActionMethodOf<"get_hiring_team">;
    /** Add Hiring Team Member (`add_hiring_team_member`) */
    readonly addHiringTeamMember: ActionMethodOf<"add_hiring_team_member">;
    /** Remove Hiring Team Member (`remove_hiring_team_member`) */
    readonly removeHiringTeamMember: ActionMethodOf<"remove_hiring_team_member">;
    /** Get Job Note (`get_job_note`) */
    readonly getNote: ActionMethodOf<"get_job_note">;
    /** Update Job Note (`update_job_note`) */
    readonly updateNote: ActionMethodOf<"update_job_note">;
  };
  readonly offers: {
    /** List Candidate Offers (`list_candidate_offers`) */
    readonly listCandidateOffers: ActionMethodOf<"list_candidate_offers">;
    /** Get Candidate Offer (`get_candidate_offer`) */
    readonly getCandidateOffer: ActionMethodOf<"get_candidate_offer">;
    /** Get Offer Approval (`get_offer_approval`) */
    readonly getApproval: ActionMethodOf<"get_offer_approval">;
    /** Search Offers (`search_offers`) */
    readonly search: ActionMethodOf<"search_offers">;
    /** List Offer Documents (`list_offer_documents`) */
    readonly listDocuments: ActionMethodOf<"list_offer_documents">;
    /** Get Offer Document (`get_offer_document`) */
    readonly getDocument: ActionMethodOf<"get_offer_document">;
  };
  readonly postings: {
    /** List Postings (`list_postings`) */
    readonly list: ActionMethodOf<"list_postings">;
    /** List Company Departments (`list_company_departments`) */
    readonly listCompanyDepartments: ActionMethodOf<"list_company_departments">;
    /** Get Posting (`get_posting`) */
    readonly get: ActionMethodOf<"get_posting">;
  };
  readonly reviews: {
    /** Get Candidate Reviews (`get_candidate_reviews`) */
    readonly getCandidateReviews: ActionMethodOf<"get_candidate_reviews">;
    /** Get Review (`get_review`) */
    readonly get: ActionMethodOf<"get_review">;
    /** Create Review (`create_review`) */
    readonly create: ActionMethodOf<"create_review">;
    /** Update Review (`update_review`) */
    readonly update: ActionMethodOf<"update_review">;
    /** Delete Review (`delete_review`) */
    readonly delete: ActionMethodOf<"delete_review">;
    /** Get Job Review Criteria (`get_job_review_criteria`) */
    readonly getJobReviewCriteria: ActionMethodOf<"get_job_review_criteria">;
  };
  readonly users: {
    /** List Users (`list_users`) */
    readonly list: ActionMethodOf<"list_users">;
    /** Create User (`create_user`) */
    readonly create: ActionMethodOf<"create_user">;
    /** Get Current User (`get_current_user`) */
    readonly getCurrentUser: ActionMethodOf<"get_current_user">;
    /** Get User (`get_user`) */
    readonly get: ActionMethodOf<"get_user">;
    /** Reset User Password (`reset_user_password`) */
    readonly resetPassword: ActionMethodOf<"reset_user_password">;
    /** Send User Activation Email (`send_user_activation_email`) */
    readonly sendActivationEmail: ActionMethodOf<"send_user_activation_email">;
    /** Activate User (`activate_user`) */
    readonly activate: ActionMethodOf<"activate_user">;
    /** Deactivate User (`deactivate_user`) */
    readonly deactivate: ActionMethodOf<"deactivate_user">;
    /** List System Roles (`list_system_roles`) */
    readonly listSystemRoles: ActionMethodOf<"list_system_roles">;
    /** Assign Users To Access Group (`assign_users_to_access_group`) */
    readonly assignToAccessGroup: ActionMethodOf<"assign_users_to_access_group">;
    /** Remove User From Access Group (`remove_user_from_access_group`) */
    readonly removeFromAccessGroup: ActionMethodOf<"remove_user_from_access_group">;
  };
}
