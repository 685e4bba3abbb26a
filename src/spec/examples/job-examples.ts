import { exampleTime } from './example-time.js';
import type { RequestExampleTable } from './request-example.js';

// JobInput: the docs give location/industry/function/experienceLevel as required objects with `id`s.
const job = {
  title: 'Senior Data Engineer',
  refNumber: 'REF-2025-042',
  targetHiringDate: exampleTime(9),
  location: { country: 'United States', countryCode: 'us', regionCode: 'MA', region: 'Massachusetts', city: 'Boston', address: '1 Federal St', postalCode: '02110', latitude: '42.3555', longitude: '-71.0565', manual: false, remote: false },
  industry: { id: 'computer_software', label: 'Computer Software' },
  function: { id: 'engineering', label: 'Engineering' },
  typeOfEmployment: { id: 'permanent', label: 'Full-time' },
  experienceLevel: { id: 'mid_senior_level', label: 'Mid-Senior Level' },
};

// Every documented section, so a job ad's answer can show whether each one is kept.
const sections = {
  companyDescription: { title: 'Company Description', text: 'We build data tools people enjoy using.' },
  jobDescription: { title: 'Job Description', text: 'Own the pipelines behind our analytics, end to end.' },
  qualifications: { title: 'Qualifications', text: 'Five years of Python and SQL.' },
  additionalInformation: { title: 'Additional Information', text: 'Hybrid, Boston office.' },
  videos: { urls: ['https://www.youtube.com/watch?v=dQw4w9WgXcQ'] },
};
const language = { code: 'en', label: 'English', labelNative: 'English (US)' };

const position = { type: 'REPLACEMENT', positionId: 'POS-2025-042', incumbentName: 'Grace Hopper', positionOpenDate: exampleTime(9), targetStartDate: '2025-05-01T09:00:00.000Z' };
const jobAd = { title: 'Senior Data Engineer (Boston)', language: { code: 'en' }, jobAd: { sections } };

/** Jobs, their status, positions, headcount, hiring team, notes, ads and publications. */
export const JOB_EXAMPLES: RequestExampleTable = {
  // Every documented input field, so the answer shows whether the job keeps each one.
  'jobs.create': (id) => ({
    body: {
      ...job,
      department: { id: id('departmentId') },
      eeoCategory: { id: 'professionals', label: 'Professionals' },
      compensation: { min: 140_000, max: 170_000, currency: 'USD' },
      jobAd: { sections, language },
    },
  }),
  'jobs.update': () => ({ body: { ...job, title: 'Staff Data Engineer' } }),
  'jobs.patch': () => ({ body: [{ op: 'replace', path: '/title', value: 'Staff Data Engineer' }] }),
  // The SDK enum ValidJobStatus: CREATED, SOURCING, FILLED, INTERVIEW, OFFER, CANCELLED, ON_HOLD.
  'jobs.status.update': () => ({ body: { status: 'SOURCING' } }),
  'jobs.positions.create': () => ({ body: position }),
  'jobs.positions.update': () => ({ body: { ...position, positionId: 'POS-2025-043', incumbentName: 'Katherine Johnson' } }),
  'jobs.headcount.update': () => ({
    body: { salaryRange: { min: 140_000, max: 170_000, currency: 'USD' }, positions: [{ type: 'NEW', positionOpenDate: exampleTime(9), targetStartDate: '2025-05-01T09:00:00.000Z' }] },
  }),
  // The SDK enum HiringTeamMemberRole: HIRING_MANAGER, INTERVIEW_TEAM, RECRUITER, EXECUTIVE, COORDINATOR.
  'jobs.hiring-team.add': (id) => ({ body: { id: id('userId'), role: 'INTERVIEW_TEAM' } }),
  'jobs.notes.update': () => ({ body: { content: 'Budget approved for two hires.' } }),
  'jobs.jobads.create': () => ({ body: jobAd }),
  'jobs.jobads.update': () => ({ body: { ...jobAd, title: 'Senior Data Engineer (Boston, hybrid)' } }),
  'jobs.jobads.postings.create': () => ({ body: { visibility: 'PUBLIC' } }),
  'jobs.publication.create': () => ({ body: { visibility: 'PUBLIC' } }),
};
