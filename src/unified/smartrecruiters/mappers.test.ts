import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { actionOutputJsonSchema, getAction } from '../../actions/index.js';
import { Application } from '../ats/application.js';
import { Attachment } from '../ats/attachment.js';
import { Candidate } from '../ats/candidate.js';
import { Consent } from '../ats/consent.js';
import { Department } from '../ats/department.js';
import { Interview } from '../ats/interview.js';
import { Job } from '../ats/job.js';
import { JobStage } from '../ats/job-stage.js';
import { Location } from '../ats/location.js';
import { Offer } from '../ats/offer.js';
import { RejectReason } from '../ats/reject-reason.js';
import { Scorecard } from '../ats/scorecard.js';
import { Group } from '../user-directory/group.js';
import { Role } from '../user-directory/role.js';
import { User } from '../user-directory/user.js';
import * as fx from './fixtures/sr-fixtures.js';
import { fromApplicationStageInput } from './from-application-stage-input.js';
import { fromAttachmentType, multipartFraming } from './from-attachment-input.js';
import { fromCandidateCreateInput, fromCandidateUpdateInput } from './from-candidate-input.js';
import { fromScorecardCreateInput } from './from-scorecard-input.js';
import { fromUserCreateInput, fromUserRoleInput, fromUserUpdateInput } from './from-user-input.js';
import { toApplication } from './to-application.js';
import { toAttachment } from './to-attachment.js';
import { assignmentsOf, toCandidate } from './to-candidate.js';
import { toConsent } from './to-consent.js';
import { toDepartment } from './to-department.js';
import { toGroup } from './to-group.js';
import { toInterview } from './to-interview.js';
import { toJob } from './to-job.js';
import { toJobStages } from './to-job-stage.js';
import { toLocation } from './to-location.js';
import { toOffer } from './to-offer.js';
import { toRejectReason } from './to-reject-reason.js';
import { toRole } from './to-role.js';
import { toScorecard } from './to-scorecard.js';
import { toUser } from './to-user.js';

const { candidate: CID, job: JID, user: UID } = fx.FIXTURE_IDS;

/** Every documented field of the action's answer (an item of it, for lists), by the action catalogue. */
function documentedFields(action: string): string[] {
  const s = actionOutputJsonSchema(getAction(action)) as { properties?: Record<string, { items?: { properties?: object } }>; items?: { properties?: object } };
  const item = (s.properties?.content?.items ?? s.items ?? s) as { properties?: object };
  return Object.keys(item.properties ?? {});
}

function parses<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const r = schema.safeParse(value);
  if (!r.success) throw new Error(JSON.stringify(r.error.issues, null, 1));
  return r.data;
}

describe('fixtures hold every documented field', () => {
  it.each([
    ['get_candidate', fx.candidateDetails],
    ['get_candidate_application', fx.applicationDetails],
    ['get_candidate_status_history_for_job', fx.statusHistory[1]],
    ['get_job', fx.jobDetails],
    ['get_hiring_team', fx.hiringTeam[0]],
    ['list_candidate_attachments', fx.attachment],
    ['get_interview', fx.interview],
    ['search_offers', fx.offer],
    ['get_review', fx.review],
    ['list_departments', fx.department],
    ['get_hiring_process', fx.hiringProcess],
    ['get_candidate_consent_decisions', fx.consentDecisions],
    ['get_user', fx.user],
    ['list_system_roles', fx.systemRole],
  ])('%s', (action, fixture) => {
    const fields = documentedFields(action);
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.filter((f) => !(f in (fixture as object)))).toEqual([]);
  });
});

describe('SmartRecruiters → unified', () => {
  it('candidate: contact details, current experience, applications, custom fields', () => {
    const c = parses(Candidate, toCandidate(fx.candidateDetails, { properties: fx.candidateProperties }));
    expect(c).toMatchObject({
      id: CID,
      remote_id: CID,
      first_name: 'Ada',
      last_name: 'Lovelace',
      company: 'Babbage & Co',
      title: 'Analyst',
      email_addresses: [{ value: 'ada@example.com', email_address_type: 'PERSONAL' }],
      phone_numbers: [{ value: '+44 20 7946 0000', phone_number_type: 'MOBILE' }],
      location: { city: 'London', country_code: 'gb', latitude: 51.5074 },
      tags: ['python', 'analytical-engines'],
      is_internal: false,
      average_rating: 4.5,
      application_ids: [`${CID}:${JID}`, `${CID}:job-2`],
      created_at: '2026-01-02T03:04:05.000Z',
      updated_at: '2026-02-03T04:05:06.000Z',
      remote_deleted_at: null,
      custom_fields: { 'prop-salary': { code: 'EUR', value: 70000 }, 'prop-level': 'senior', 'prop-remote': true },
    });
    expect(c.urls.map((u) => u.value)).toEqual(['https://www.linkedin.com/in/ada', 'https://facebook.com/ada', 'https://twitter.com/ada', 'ada.l', 'https://ada.example.com']);
    expect(c.education?.[0]).toMatchObject({ institution: 'University of London', is_current: false });
    expect(c.remote_data).toBeUndefined();
    expect(toCandidate(fx.candidateDetails, { includeRemoteData: true }).remote_data).toEqual(fx.candidateDetails);
  });

  it('candidate list item (no education, experience or phone) keeps those null or empty, not invented', () => {
    const c = parses(Candidate, toCandidate({ id: 'x', firstName: 'A', primaryAssignment: { job: { id: 'j' }, status: 'NEW' } }));
    expect(c).toMatchObject({ education: null, experience: null, phone_numbers: [], urls: [], location: null, application_ids: ['x:j'], company: null });
  });

  it('application: stage, outcome, reasons, source, history', () => {
    const assignment = assignmentsOf(fx.candidateDetails)[0]!;
    const a = parses(Application, toApplication(CID, assignment, { detail: fx.applicationDetails, history: fx.statusHistory }));
    expect(a).toMatchObject({
      id: `${CID}:${JID}`,
      candidate_id: CID,
      job_id: JID,
      job_name: 'Engineer',
      applied_at: '2026-01-02T05:00:00.000Z',
      outcome: 'REJECTED',
      current_stage: { id: 'REJECTED:Culture', status: 'REJECTED', sub_status: 'Culture' },
      reject_reason: { id: 'r-1', name: 'Not qualified' },
      source: 'LinkedIn',
      source_details: { type_id: 'SOCIAL_MEDIA', sub_type_id: 'LINKEDIN', value_id: 'linkedin' },
      remote_application_uuid: fx.applicationDetails.id,
      updated_at: '2026-01-20T05:00:00.000Z',
    });
    expect(a.status_history?.map((h) => h.status)).toEqual(['NEW', 'INTERVIEW', 'REJECTED']);
    // From a list item alone: still a valid record, with what the list carries.
    const listed = parses(Application, toApplication(CID, assignment));
    expect(listed).toMatchObject({ outcome: 'ACTIVE', current_stage: { id: 'INTERVIEW:Onsite' }, status_history: null, remote_application_uuid: null });
  });

  it('job: status mapping, department, location, compensation, hiring team, posting URL, properties', () => {
    const j = parses(Job, toJob(fx.jobDetails, { hiringTeam: fx.hiringTeam }));
    expect(j).toMatchObject({
      id: JID,
      name: 'Engineer',
      code: 'REF-42',
      status: 'OPEN',
      remote_status: 'SOURCING',
      description: 'Build engines.',
      department: { id: '43660', name: 'Engineering' },
      location: { city: 'Dublin', postal_code: 'D02', is_remote: true },
      compensation: { min: 60000, max: 80000, currency: 'EUR' },
      employment_type: 'Full-time',
      posting_urls: ['https://jobs.smartrecruiters.com/Acme/7f1e2d3c'],
      hiring_manager_ids: [UID],
      recruiter_ids: ['u-2'],
      creator_id: UID,
      custom_fields: { 'cost-center': 'cc-7' },
    });
    expect(j.hiring_team).toHaveLength(3);
    for (const [sr, unified] of [['CREATED', 'DRAFT'], ['ON_HOLD', 'PENDING'], ['FILLED', 'CLOSED'], ['CANCELLED', 'CLOSED'], ['OFFER', 'OPEN']] as const) {
      expect(toJob({ ...fx.jobDetails, status: sr }).status).toBe(unified);
    }
    expect(toJob({ id: 'j' }).hiring_team).toBeNull();
  });

  it('attachment: keyed by candidate, typed, sized', () => {
    const a = parses(Attachment, toAttachment(CID, fx.attachment, { jobId: JID }));
    expect(a).toMatchObject({ id: `${CID}:att-1`, remote_id: 'att-1', candidate_id: CID, application_id: `${CID}:${JID}`, file_name: 'Ada_CV.pdf', attachment_type: 'RESUME', content_type: 'application/pdf', size_bytes: 1234 });
    expect(toAttachment(CID, { id: 'z', type: 'PORTFOLIO' }).attachment_type).toBe('OTHER');
  });

  it('interview: panel across timeslots, times, status', () => {
    const i = parses(Interview, toInterview(fx.interview, { now: Date.parse('2026-03-01T00:00:00Z') }));
    expect(i).toMatchObject({ application_id: `${CID}:${JID}`, organizer_id: UID, interviewer_ids: [UID, 'u-3'], start_at: '2026-02-10T09:00:00.000Z', end_at: '2026-02-10T11:30:00.000Z', status: 'AWAITING_FEEDBACK', title: 'Onsite loop', location: 'Room 4' });
    expect(toInterview(fx.interview, { now: Date.parse('2026-01-01T00:00:00Z') }).status).toBe('SCHEDULED');
  });

  it('offer: candidate and job from its links, terms as custom fields', () => {
    const o = parses(Offer, toOffer(fx.offer));
    expect(o).toMatchObject({ id: 'off-1', candidate_id: CID, job_id: JID, application_id: `${CID}:${JID}`, status: 'ACCEPTED', closed_at: '2026-02-25T00:00:00.000Z', start_date: '2026-04-01', custom_fields: { base_salary: '74000 EUR' } });
  });

  it('scorecard: rating as a recommendation, either documented field name', () => {
    const s = parses(Scorecard, toScorecard(fx.review));
    expect(s).toMatchObject({ application_id: `${CID}:${JID}`, interviewer_id: UID, overall_rating: 4, overall_recommendation: 'YES', comment: 'Clear thinker.', submitted_at: '2026-02-11T00:00:00.000Z' });
    expect(toScorecard({ id: 'r', rating: 1, authorId: 'u' })).toMatchObject({ overall_recommendation: 'DEFINITELY_NO', interviewer_id: 'u' });
  });

  it('department, location, reject reason', () => {
    expect(parses(Department, toDepartment(fx.department))).toMatchObject({ id: '43660', name: 'Engineering', description: 'Builds things' });
    expect(parses(Location, toLocation(fx.predefinedLocation))).toMatchObject({ name: 'Dublin, Ireland', code: 'LOC-IE-01', country_code: 'ie', is_remote: false });
    expect(parses(RejectReason, toRejectReason(fx.rejectionReason, 'REJECTION'))).toMatchObject({ id: 'r-1', name: 'Not qualified', kind: 'REJECTION' });
  });

  it('job stages: every status, then the sub-statuses of active processes only, in pipeline order', () => {
    const stages = toJobStages([fx.hiringProcess, fx.inactiveHiringProcess]).map((s) => parses(JobStage, s));
    const ids = stages.map((s) => s.id);
    expect(ids).toContain('INTERVIEW:Onsite');
    expect(ids).not.toContain('INTERVIEW:Retired step');
    expect(ids.indexOf('IN_REVIEW')).toBeLessThan(ids.indexOf('IN_REVIEW:Resume review'));
    expect(ids.indexOf('IN_REVIEW:Resume review')).toBeLessThan(ids.indexOf('INTERVIEW'));
    expect(ids.indexOf('INTERVIEW:Onsite')).toBeLessThan(ids.indexOf('INTERVIEW:References'));
    expect(new Set(ids).size).toBe(ids.length);
    expect(stages.find((s) => s.id === 'INTERVIEW:Onsite')).toMatchObject({ hiring_process_id: 'hp-1', hiring_process_name: 'Standard', sub_status: 'Onsite' });
  });

  it('consent: status and decisions per scope', () => {
    const c = parses(Consent, toConsent(CID, fx.consentStatus, fx.consentDecisions));
    expect(c).toMatchObject({ id: CID, status: 'ACQUIRED', decisions: [{ scope: 'SmartRecruit', status: 'acquired' }, { scope: 'SmartMessage:SMS', status: 'declined' }], requested_at: '2026-01-02T00:00:00.000Z', updated_at: '2026-01-04T00:00:00.000Z' });
  });

  it('user, role, group', () => {
    expect(parses(User, toUser(fx.user))).toMatchObject({ id: UID, email: 'gabriel@acme.example', is_active: true, role_id: 'ADMINISTRATOR', group_ids: ['g-1'], external_id: 'EMP-1', language: 'pt-BR', location: { city: 'São Paulo' } });
    expect(parses(Role, toRole(fx.systemRole))).toMatchObject({ id: 'HIRING_MANAGER', name: 'Hiring Manager' });
    expect(parses(Group, toGroup(fx.accessGroup))).toMatchObject({ id: 'g-1', name: 'Recruiting team', member_ids: [UID, 'u-2'] });
    expect(toGroup({ id: 'g', name: 'n' }).member_ids).toBeNull();
  });

  it('hostile values: wrong types and junk dates become null, never a throw', () => {
    const junk = { id: 42, firstName: {}, email: ['a'], createdOn: 'not a date', tags: [1, 'ok', null], location: 'Paris', primaryAssignment: { job: 'x' }, secondaryAssignments: 'no' };
    const c = parses(Candidate, toCandidate(junk as never));
    expect(c).toMatchObject({ id: '42', first_name: null, email_addresses: [], created_at: null, tags: ['ok'], location: null, application_ids: [] });
    expect(() => parses(Job, toJob({ compensation: { min: 'lots' }, department: 'Eng' } as never))).not.toThrow();
    expect(() => parses(User, toUser({ systemRole: 'ADMIN', accessGroups: {} } as never))).not.toThrow();
  });
});

describe('unified → SmartRecruiters', () => {
  it('candidate create: names this product as the source unless told otherwise', () => {
    const input = { first_name: 'Ada', last_name: 'L', email: 'ada@example.com', job_id: JID, urls: [{ value: 'https://www.linkedin.com/in/ada', url_type: 'SOCIAL_MEDIA' as const }], location: { city: 'London', country_code: 'GB' } };
    expect(fromCandidateCreateInput(input, 'Acme Sourcing')).toEqual({
      jobId: JID,
      body: { firstName: 'Ada', lastName: 'L', email: 'ada@example.com', location: { city: 'London', countryCode: 'gb' }, web: { linkedin: 'https://www.linkedin.com/in/ada' }, sourceDetails: { sourceTypeId: 'API', sourceId: 'Acme Sourcing' } },
    });
    expect(fromCandidateCreateInput({ ...input, source: { type_id: 'SOURCING', value_id: 'x', sub_type_id: 'y' } }, 'P').body.sourceDetails).toEqual({ sourceTypeId: 'SOURCING', sourceId: 'x', sourceSubTypeId: 'y' });
  });

  it('candidate update: split into the PATCH, the tags and one write per custom field', () => {
    expect(fromCandidateUpdateInput({ last_name: 'King', tags: ['a'], custom_fields: { p1: 'v', p2: 3 } })).toEqual({ patch: { lastName: 'King' }, tags: ['a'], properties: [{ id: 'p1', value: 'v' }, { id: 'p2', value: 3 }] });
    expect(fromCandidateUpdateInput({ custom_fields: { p: true } }).patch).toBeUndefined();
  });

  it('stage, user and scorecard inputs', () => {
    expect(fromApplicationStageInput({ status: 'REJECTED', reason_id: 'r-1' })).toEqual({ status: 'REJECTED', reason: 'r-1' });
    expect(fromApplicationStageInput({ status: 'INTERVIEW', sub_status: 'Onsite' })).toEqual({ status: 'INTERVIEW', subStatus: 'Onsite' });
    expect(fromUserCreateInput({ email: 'a@b.co', first_name: 'A', last_name: 'B', role_id: 'EMPLOYEE', language: 'fr' })).toEqual({ email: 'a@b.co', firstName: 'A', lastName: 'B', systemRole: { id: 'EMPLOYEE' }, language: { code: 'fr' } });
    expect(fromUserUpdateInput({ first_name: 'Z', external_id: 'E' })).toEqual([{ op: 'replace', path: '/firstName', value: 'Z' }, { op: 'replace', path: '/externalData', value: 'E' }]);
    expect(fromUserRoleInput('STANDARD')).toEqual([{ op: 'replace', path: '/systemRole', value: { id: 'STANDARD' } }]);
    expect(fromScorecardCreateInput({ application_id: `${CID}:${JID}`, overall_rating: 5 })).toEqual({ candidateId: CID, jobId: JID, overallRating: 5 });
    expect(fromScorecardCreateInput({ application_id: 'no-colon', overall_rating: 5 })).toBeUndefined();
    expect(fromScorecardCreateInput({ application_id: 'a:b:c', overall_rating: 5 })).toBeUndefined();
  });

  it('attachment upload: type and multipart framing (a hostile file name cannot break the header)', () => {
    expect([fromAttachmentType('RESUME'), fromAttachmentType('COVER_LETTER'), fromAttachmentType('OFFER_LETTER'), fromAttachmentType(undefined)]).toEqual(['RESUME', 'COVER_LETTER', 'GENERIC_FILE', 'GENERIC_FILE']);
    const { head, tail } = multipartFraming('B', 'RESUME', { name: 'a"\r\nX: y.pdf', contentType: 'application/pdf' });
    expect(head).toBe('--B\r\nContent-Disposition: form-data; name="attachmentType"\r\n\r\nRESUME\r\n--B\r\nContent-Disposition: form-data; name="file"; filename="a___X: y.pdf"\r\nContent-Type: application/pdf\r\n\r\n');
    expect(tail).toBe('\r\n--B--\r\n');
    expect(multipartFraming('B', 'GENERIC_FILE')).toEqual({ head: '--B\r\nContent-Disposition: form-data; name="attachmentType"\r\n\r\nGENERIC_FILE\r\n', tail: '' });
  });
});
