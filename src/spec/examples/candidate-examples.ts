import { RESUME_FILE } from './resume-file.js';
import type { RequestExampleTable } from './request-example.js';

// Every documented location and web field, so an answer can show whether each one is kept.
const location = { country: 'United Kingdom', countryCode: 'gb', regionCode: 'ENG', region: 'England', city: 'London', lat: 51.5072, lng: -0.1276 };
const web = {
  skype: 'ada.lovelace', linkedin: 'https://www.linkedin.com/in/ada-lovelace', facebook: 'https://www.facebook.com/ada.lovelace',
  twitter: 'https://x.com/adalovelace', website: 'https://ada-lovelace.dev',
};
const candidate = { firstName: 'Ada', lastName: 'Lovelace', email: 'ada.lovelace@example.com', phoneNumber: '+44 20 7946 0000', location, web, tags: ['python', 'remote'] };

/** Candidates, their applications, statuses, tags, properties, consent, resumes and attachments. */
export const CANDIDATE_EXAMPLES: RequestExampleTable = {
  // Application API. The answers a posting's form requires are read from its configuration by the
  // caller; `createJoinLink` is what makes the answer carry `smartrJoinUrl`.
  createCandidate: () => ({ body: { ...candidate, consent: true, messageToHiringManager: 'Looking forward to it.', createJoinLink: true } }),
  'candidates.add': () => ({ body: candidate }),
  'candidates.addToJob': () => ({ body: { ...candidate, email: 'grace.hopper@example.com', firstName: 'Grace', lastName: 'Hopper' } }),
  'candidates.update': () => ({ body: { phoneNumber: '+44 20 7946 0001', web } }),
  // CandidateTags.tags is typed `unknown`; the SDK model and every example use a list of strings.
  'candidates.tags.add': () => ({ body: { tags: ['python', 'remote'] } }),
  'candidates.tags.replace': () => ({ body: { tags: ['python', 'sql'] } }),
  'candidates.onboarding.update': () => ({ body: { onboardingStatus: 'READY_TO_ONBOARD' } }),
  'candidates.onboarding.updateForJob': () => ({ body: { onboardingStatus: 'READY_TO_ONBOARD' } }),
  // The official page calls status a "string enum" without listing it; the values are the
  // candidate statuses of GET /candidates?status=.
  'candidates.status.update': () => ({ body: { status: 'IN_REVIEW' } }),
  'candidates.status.updatePrimary': () => ({ body: { status: 'IN_REVIEW' } }),
  'candidates.source.update': (id) => ({ body: { sourceTypeId: id('sourceType'), sourceId: id('sourceValueId') } }),
  'candidates.properties.values.update': () => ({ body: { value: 'v' } }),
  'candidates.properties.values.updateForJob': () => ({ body: { value: 'v' } }),
  'candidates.properties.values.batchUpdateForJob': () => ({ body: [{ id: 'p1', value: 'v' }] }),
  'candidates.consent.request.batch': (id) => ({ body: { candidates: [{ id: id('candidateId') }] } }),
  'candidates.resume.parse': () => ({ file: RESUME_FILE }),
  'candidates.resume.add': () => ({ file: RESUME_FILE }),
  'candidates.resume.addToJob': () => ({ file: RESUME_FILE }),
  // IdAttachmentsBody / JobIdAttachmentsBody: `attachmentType` is a required form part.
  'candidates.attachments.add': () => ({ body: { attachmentType: 'GENERIC_FILE' } }),
  'candidates.attachments.addForJob': () => ({ body: { attachmentType: 'RESUME' } }),
};
