/**
 * Hand-kept names for the wire types (src/spec/generated/wire-types.ts). Every documented model
 * `X` becomes `SrX`; these tables only add what a model name cannot say. The generator fails on an
 * entry whose model or path the docs do not have, so a stale name cannot linger.
 */

/** Docs models whose `Sr<name>` would mislead, and the type name they get instead. */
export const WIRE_TYPE_RENAMES: Readonly<Record<string, { readonly name: string; readonly why: string }>> = {
  // users.json: `User` is only the body of POST /user-api/v201804/users; the record every user
  // call answers is `UserEntity`, which `SrUser` names.
  User: { name: 'SrUserInput', why: 'the body of POST /user-api/v201804/users (create a user)' },
};

/**
 * Names for records the docs describe without a model name of their own, or under a name that is
 * not the one callers look for. `target` is a model, or a path into one: `Model.field` (the field's
 * value) or `Model.field[]` (an item of the array field).
 */
export const WIRE_TYPE_ALIASES: readonly { readonly name: string; readonly target: string; readonly why: string }[] = [
  { name: 'SrUser', target: 'UserEntity', why: 'a user as every user call answers it (GET/PATCH /user-api/v201804/users/{id}, list items)' },
  { name: 'SrJob', target: 'JobDetails', why: 'a job as GET /jobs/{jobId} answers it; list items are SrJobSummary' },
  { name: 'SrLocation', target: 'JobDetails.location', why: 'a company location as jobs carry it; candidates carry SrCandidateLocation' },
  { name: 'SrSystemRole', target: 'UserEntity.systemRole', why: 'a system role (`{ id, name }`), as users carry it and GET /user-api/v201804/system-roles lists it' },
  { name: 'SrAccessGroup', target: 'UserEntityAccessGroups', why: 'an access group (`{ id, name }`), as users carry them and GET /user-api/v201804/access-groups lists them' },
  { name: 'SrRejectReason', target: 'Property', why: 'one item of GET /configuration/rejection-reasons (and withdrawal reasons): `Properties` of `Property`' },
  { name: 'SrConsent', target: 'CandidateConsentStatus', why: 'a candidate\'s consent status (GET /candidates/{id}/consent)' },
  { name: 'SrStatusHistoryEntry', target: 'CandidateStatusHistoryListElem', why: 'one entry of a candidate\'s status history on a job' },
  { name: 'SrJobStatusHistoryEntry', target: 'JobStatusHistoryContent', why: 'one entry of a job\'s status history' },
  { name: 'SrScorecard', target: 'Review', why: 'a review of a candidate (SmartRecruiters calls scorecards reviews)' },
];
