import { interviewsOf } from '../../../src/simulator/state/interview-store.js';
import { DOCUMENTS_SAMPLE_BODIES } from './documents-samples.js';
import { HIRING_SAMPLE_BODIES } from './hiring-samples.js';
import type { SampleContext } from './sample-context.js';

/** A timeslot with every optional input: a type the company has right now, a place, a title. */
function fullTimeslot(c: SampleContext, day: string): Record<string, unknown> {
  const types = interviewsOf(c.sim.state).types;
  return {
    ...(types.length ? { interviewType: types[types.length - 1] } : {}), title: 'Panel interview', place: 'Meeting room 2',
    startsOn: `${day}T13:00:00Z`, endsOn: `${day}T14:00:00Z`, interviewers: [{ id: c.userId, status: 'pending' }],
  };
}

const LOCATION = { country: 'Poland', countryCode: 'pl', regionCode: 'MZ', region: 'Masovia', city: 'Warsaw', lat: 52.2297, lng: 21.0122 };
const WEB = {
  skype: 'every.op', linkedin: 'https://www.linkedin.com/in/every-op', facebook: 'https://www.facebook.com/every.op',
  twitter: 'https://x.com/everyop', website: 'https://every-op.dev',
};
const CANDIDATE = { location: LOCATION, web: WEB, phoneNumber: '+48 22 555 0100' };
const SECTIONS = {
  companyDescription: { title: 'Company Description', text: 'We build tools people enjoy using.' },
  jobDescription: { title: 'Job Description', text: 'Ship features end to end.' },
  qualifications: { title: 'Qualifications', text: 'Three years of TypeScript.' },
  additionalInformation: { title: 'Additional Information', text: 'Hybrid, Warsaw office.' },
  videos: { urls: ['https://www.youtube.com/watch?v=dQw4w9WgXcQ'] },
};

/**
 * Bodies that give every documented input field of a create or update, so the fidelity report
 * sees whether the simulator keeps and shows them (a minimal body would only show the defaults).
 * Merged over SAMPLE_BODIES.
 */
export const FULL_INPUT_SAMPLE_BODIES: Record<string, (ctx: SampleContext) => unknown> = {
  'candidates.add': () => ({ firstName: 'Every', lastName: 'Op', email: 'every.op@example.org', ...CANDIDATE }),
  'candidates.addToJob': () => ({ firstName: 'Every', lastName: 'Job', email: 'every.job@example.org', ...CANDIDATE }),
  'candidates.update': () => ({ phoneNumber: '+1 555 0100', web: WEB }),
  'jobs.create': (c) => ({
    title: 'Every operation',
    refNumber: 'REF-EVERY-1',
    targetHiringDate: '2027-03-01T00:00:00.000Z',
    department: { id: c.sim.state.departments[0]?.id },
    location: { country: 'Poland', countryCode: 'pl', regionCode: 'MZ', region: 'Masovia', city: 'Warsaw', address: 'ul. Prosta 51', postalCode: '00-838', latitude: '52.2297', longitude: '21.0122', manual: false, remote: false },
    industry: { id: 'computer_software', label: 'Computer Software' },
    function: { id: 'engineering', label: 'Engineering' },
    typeOfEmployment: { id: 'permanent', label: 'Full-time' },
    experienceLevel: { id: 'mid_senior_level', label: 'Mid-Senior Level' },
    eeoCategory: { id: 'professionals', label: 'Professionals' },
    compensation: { min: 90_000, max: 120_000, currency: 'PLN' },
    jobAd: { sections: SECTIONS, language: { code: 'en', label: 'English', labelNative: 'English (US)' } },
  }),
  'jobs.jobads.create': () => ({ title: 'Every ad', language: 'en', jobAd: { sections: SECTIONS } }),
  'jobs.jobads.update': () => ({ title: 'Every ad 2', language: 'en', jobAd: { sections: SECTIONS } }),
  'jobs.positions.create': () => ({ type: 'REPLACEMENT', positionId: 'POS-EVERY-1', incumbentName: 'Ada Lovelace', positionOpenDate: '2026-12-01', targetStartDate: '2027-01-01' }),
  'jobs.positions.update': () => ({ type: 'REPLACEMENT', positionId: 'POS-EVERY-2', incumbentName: 'Grace Hopper', positionOpenDate: '2026-12-01', targetStartDate: '2027-01-01' }),
  'jobs.headcount.update': () => ({ salaryRange: { min: 60_000, max: 80_000, currency: 'USD' }, positions: [{ type: 'NEW', positionOpenDate: '2026-12-01', targetStartDate: '2027-01-01' }] }),
  // Asking for a SmartR join link is what makes the answer carry `smartrJoinUrl`.
  createCandidate: (c) => ({ ...(DOCUMENTS_SAMPLE_BODIES['createCandidate']?.(c) as Record<string, unknown>), createJoinLink: true }),
  'interviews.create': (c) => ({
    ...(HIRING_SAMPLE_BODIES['interviews.create']?.(c) as Record<string, unknown>),
    location: 'Warsaw office, room 2', refUrl: 'https://calendar.example.org/events/every-op', source: 'API',
    timeslots: [fullTimeslot(c, '2026-06-04')],
  }),
  'timeslots.create': (c) => fullTimeslot(c, '2026-06-05'),
  'users-api/users.create': () => ({
    email: 'new.user@example.org', firstName: 'New', lastName: 'User', systemRole: { id: 'EMPLOYEE' },
    externalData: 'EMP-90001', ssoIdentifier: 'new.user@example.org', ssoLoginMode: 'SSO', language: { code: 'de' },
  }),
};
