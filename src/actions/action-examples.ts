/**
 * Hand-kept realistic example inputs for the actions whose documented types are too open for a
 * generated value to be accepted by a careful server (tags typed `unknown`, status enums the docs
 * name only in prose, objects whose keys the docs give as examples, ids of other records).
 *
 * Each entry is a function of the ids known to the caller (`id('userId')`), so a test or a demo can
 * point the example at real records; an unknown id becomes `sample-<name>`. Entries give only what
 * they replace: top-level input fields (usually `body`) that `sampleInput` would otherwise generate.
 * Sources: the docs' notes (SDK enum classes, official page examples) quoted in the comments.
 */
export type ExampleIdLookup = (name: string) => string;
export type ActionExample = (id: ExampleIdLookup) => Readonly<Record<string, unknown>>;

const DAY = '2025-03-03';
const at = (hour: number): string => `${DAY}T${String(hour).padStart(2, '0')}:00:00.000Z`;

// A plain-text CV a resume parser can read: a name line, an e-mail, a phone, a title.
const RESUME_TEXT = 'Ada Lovelace\nada.lovelace@example.com\n+44 20 7946 0000\n\nSenior Data Engineer\nLondon, United Kingdom\n';
const resumeFile = { filename: 'ada-lovelace-cv.txt', content_base64: Buffer.from(RESUME_TEXT, 'utf8').toString('base64'), content_type: 'text/plain' };

const candidateBody = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: 'ada.lovelace@example.com',
  phoneNumber: '+44 20 7946 0000',
  location: { country: 'United Kingdom', countryCode: 'gb', city: 'London' },
  tags: ['python', 'remote'],
};

// JobInput: the docs give location/industry/function/experienceLevel as required objects with `id`s.
const jobBody = {
  title: 'Senior Data Engineer',
  refNumber: 'REF-2025-042',
  targetHiringDate: at(9),
  location: { country: 'United States', countryCode: 'us', city: 'Boston', regionCode: 'MA', remote: false },
  industry: { id: 'computer_software' },
  function: { id: 'engineering' },
  typeOfEmployment: { id: 'permanent' },
  experienceLevel: { id: 'mid_senior_level' },
};

const timeslot = (id: ExampleIdLookup) => ({
  title: 'Technical interview',
  place: 'Room 4.01',
  startsOn: at(10),
  endsOn: at(11),
  // Interviewer {id, status}; statuses are the SDK enum AttendeeStatusValue (lower-case).
  interviewers: [{ id: id('userId'), status: 'pending' }],
});

const position = { type: 'NEW', positionOpenDate: at(9), targetStartDate: '2025-05-01T09:00:00.000Z', incumbentName: 'Grace Hopper' };
const jobAd = { title: 'Senior Data Engineer (Boston)', language: { code: 'en' }, jobAd: { sections: { companyDescription: { title: 'About us', text: 'We build data tools.' } } } };

export const ACTION_EXAMPLES: Readonly<Record<string, ActionExample>> = {
  create_candidate_application: () => ({ body: { ...candidateBody, consent: true, messageToHiringManager: 'Looking forward to it.' } }),
  create_candidate: () => ({ body: candidateBody }),
  parse_resume: () => ({ file: resumeFile }),
  create_a_new_candidate_and_assign_to_a_job: () => ({ body: { ...candidateBody, email: 'grace.hopper@example.com', firstName: 'Grace', lastName: 'Hopper' } }),
  update_candidate: () => ({ body: { phoneNumber: '+44 20 7946 0001' } }),
  // CandidateTags.tags is typed `unknown`; the SDK model and every example use a list of strings.
  add_candidate_tags: () => ({ body: { tags: ['python', 'remote'] } }),
  update_candidate_tags: () => ({ body: { tags: ['python', 'sql'] } }),
  update_candidate_onboarding_status_for_job: () => ({ body: { onboardingStatus: 'READY_TO_ONBOARD' } }),
  upload_candidate_attachment_for_job: () => ({ body: { attachmentType: 'RESUME' } }),
  // The official page calls status a "string enum" without listing it; the values are the
  // candidate statuses of GET /candidates?status=.
  update_candidate_status: () => ({ body: { status: 'IN_REVIEW' } }),
  update_candidate_source: (id) => ({ body: { sourceTypeId: id('sourceType'), sourceId: id('sourceValueId') } }),
  create_access_group: () => ({ body: { name: 'EMEA recruiters', description: 'Recruiters working on EMEA jobs' } }),
  update_access_group: () => ({ body: { name: 'EMEA hiring team', description: 'Recruiters and coordinators working on EMEA jobs' } }),
  create_job_property: () => ({ body: { label: 'Relocation package', category: 'job', visible: true, required: false, active: true } }),
  create_job_property_value: () => ({ body: { label: 'CC-600 Data Platform' } }),
  create_job_property_dependents: (id) => ({ body: { ids: [id('dependentId')] } }),
  // The SDK: "Identifier of job property's dependent value".
  add_job_property_dependent_value: (id) => ({ body: { id: id('dependentValueId') } }),
  create_department: () => ({ body: { label: 'Data Platform', description: 'Data engineering and analytics' } }),
  // The SDK: "Candidate property value." (the update call takes CandidatePropertyValueLabel {label}).
  create_candidate_property_value: () => ({ body: { label: 'Open to relocation' } }),
  update_candidate_property_value_label: () => ({ body: { label: 'Open to relocation (EU only)' } }),
  create_predefined_location: () => ({ body: { country: 'Germany', countryCode: 'de', city: 'Berlin', address: 'Friedrichstraße 68', postalCode: '10117' } }),
  update_predefined_location: () => ({ body: { country: 'Germany', countryCode: 'de', city: 'Berlin', address: 'Friedrichstraße 70', postalCode: '10117' } }),
  create_interview_template: () => ({ body: { name: 'Technical screen', duration: 60, interviewType: 'Video' } }),
  update_interview_template: () => ({ body: { name: 'Technical screen (90 min)', duration: 90, interviewType: 'Video' } }),
  search_job_interview_templates: (id) => ({ body: { jobApplicationIds: [id('applicationId')] } }),
  update_job_interview_template: (id) => ({ body: { interviewers: [{ userId: id('userId') }] } }),
  save_job_interview_template: (id) => ({ body: { interviewTemplateId: id('interviewTemplateId'), interviewers: [{ userId: id('userId') }] } }),
  patch_job_interview_template_interviewers: (id) => ({ body: { interviewers: [{ userId: id('userId') }] } }),
  create_interview: (id) => ({
    body: {
      candidate: { id: id('candidateId'), status: 'pending' },
      jobId: id('jobId'),
      organizerId: id('userId'),
      timezone: 'Europe/London',
      location: 'London office',
      timeslots: [timeslot(id)],
    },
  }),
  update_interview: () => ({ body: { location: 'Remote (video)', timezone: 'Europe/Paris' } }),
  update_interviewer_status: () => ({ body: { status: 'accepted' } }),
  update_timeslot_candidate_status: () => ({ body: { status: 'accepted' } }),
  create_timeslot: (id) => ({ body: timeslot(id) }),
  update_timeslot: (id) => ({ body: { ...timeslot(id), startsOn: at(14), endsOn: at(15) } }),
  update_timeslot_no_show: () => ({ body: { noShow: true } }),
  create_job: () => ({ body: jobBody }),
  update_job: () => ({ body: { ...jobBody, title: 'Staff Data Engineer' } }),
  // The SDK enum ValidJobStatus: CREATED, SOURCING, FILLED, INTERVIEW, OFFER, CANCELLED, ON_HOLD.
  update_job_status: () => ({ body: { status: 'SOURCING' } }),
  create_job_position: () => ({ body: position }),
  update_job_position: () => ({ body: { ...position, type: 'REPLACEMENT', incumbentName: 'Katherine Johnson' } }),
  create_job_ad: () => ({ body: jobAd }),
  update_job_ad: () => ({ body: { ...jobAd, title: 'Senior Data Engineer (Boston, hybrid)' } }),
  publish_job_ad: () => ({ body: { visibility: 'PUBLIC' } }),
  publish_job: () => ({ body: { visibility: 'PUBLIC' } }),
  // The SDK enum HiringTeamMemberRole: HIRING_MANAGER, INTERVIEW_TEAM, RECRUITER, EXECUTIVE, COORDINATOR.
  add_hiring_team_member: (id) => ({ body: { id: id('userId'), role: 'INTERVIEW_TEAM' } }),
  update_job_note: () => ({ body: { content: 'Budget approved for two hires.' } }),
  // The Approvals API body fields are undocumented; these follow the shapes of the SmartRecruiters
  // Power Platform connector: create {baseId, type?, approvers?}, decide {comment?}, comment {text}.
  create_approval_request: (id) => ({ body: { baseId: id('jobId'), type: 'JOB', approvers: [id('userId')] } }),
  approve_approval_request: () => ({ body: { comment: 'Approved, budget confirmed.' } }),
  reject_approval_request: () => ({ body: { comment: 'Please revise the salary range.' } }),
  add_approval_comment: () => ({ body: { text: 'Salary range checked with finance.' } }),
  // Reviews API bodies are undocumented; the fields are the response's own (Swagger example).
  create_review: (id) => ({ body: { candidateId: id('candidateId'), jobId: id('jobId'), overallRating: 4, comment: 'Strong SQL, good communicator.' } }),
  update_review: () => ({ body: { overallRating: 5, comment: 'Strong SQL, excellent communicator.' } }),
  // systemRole ids are the documented ones (official pagination example: {"id":"ADMINISTRATOR"}).
  create_user: () => ({
    body: { email: 'grace.hopper@example.com', firstName: 'Grace', lastName: 'Hopper', systemRole: { id: 'EMPLOYEE' }, ssoLoginMode: 'PASSWORD', language: { code: 'en' } },
  }),
  assign_users_to_access_group: (id) => ({ body: [id('userId')] }),
};

/** The hand-kept example of an action, with `id` resolving references to other records. */
export function actionExample(name: string, id: ExampleIdLookup): Readonly<Record<string, unknown>> | undefined {
  return ACTION_EXAMPLES[name]?.(id);
}
