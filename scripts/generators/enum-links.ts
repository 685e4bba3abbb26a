/**
 * Body fields whose values the docs list as a named SDK enum (`objects._enums`) that the SDK lost
 * the link to. Hand-kept: each link is stated in the docs, which say why: `Model.field` → enum name.
 */
export const ENUM_LINKS: Readonly<Record<string, string>> = {
  // candidates.json, PUT /candidates/{id}/jobs/{jobId}/status: "status (string enum, required)";
  // the values are the candidate statuses (CandidateStatusEnum).
  'CandidateStatus.status': 'CandidateStatusEnum',
  // jobs.json, PUT /jobs/{jobId}/status: "SDK enum class ValidJobStatus … (link by name)".
  'JobStatusUpdate.status': 'ValidJobStatus',
  // jobs.json, POST /jobs/{jobId}/hiring-team: "SDK enum class HiringTeamMemberRole … (link by name)".
  'HiringTeamMember.role': 'HiringTeamMemberRole',
  // interviews.json: AttendeeStatus {status} takes the AttendeeStatusValue enum (lower-case).
  'AttendeeStatus.status': 'AttendeeStatusValue',
};
