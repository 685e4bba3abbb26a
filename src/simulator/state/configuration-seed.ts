/** Seed tables for the configuration area: what a mid-size company typically has configured. */
import { mix, uuidFrom } from '../core/seeded-random.js';

/** Kinds of configuration record, each seeding its own id sequence (see `configurationId`). */
export const CONFIG_KIND = { rejectionReason: 308, withdrawalReason: 309 } as const;

/**
 * The id of the `i`-th seeded configuration record of `kind`: a pure function of the seed, so
 * seeded candidates can carry a configured reason id without building the configuration first.
 */
export function configurationId(seed: number, kind: number, i: number): string {
  return uuidFrom(mix(seed, kind, i), mix(seed, kind, i, 1), mix(seed, kind, i, 2), i);
}

export const JOB_PROPERTY_SEED: readonly { label: string; category: 'job' | 'organization'; required: boolean; values: readonly string[] }[] = [
  { label: 'Cost center', category: 'organization', required: true, values: ['CC-100 Engineering', 'CC-200 Sales', 'CC-300 Marketing', 'CC-400 G&A', 'CC-500 Operations'] },
  { label: 'Business unit', category: 'organization', required: false, values: ['Platform', 'Enterprise', 'SMB', 'Corporate'] },
  { label: 'Legal entity', category: 'organization', required: true, values: ['Inc. (US)', 'Ltd (UK)', 'GmbH (DE)', 'Sp. z o.o. (PL)'] },
  { label: 'Budget status', category: 'job', required: false, values: ['Budgeted', 'Backfill', 'Unbudgeted'] },
  { label: 'Seniority', category: 'job', required: false, values: ['Intern', 'Junior', 'Mid', 'Senior', 'Staff', 'Principal'] },
  { label: 'Work model', category: 'job', required: false, values: ['On-site', 'Hybrid', 'Remote'] },
  { label: 'Pay grade', category: 'job', required: false, values: ['G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7'] },
  { label: 'Requisition reason', category: 'job', required: false, values: ['New headcount', 'Replacement', 'Conversion from contractor'] },
  { label: 'Team', category: 'organization', required: false, values: ['Core API', 'Payments', 'Growth', 'Field Sales', 'Inside Sales', 'Brand'] },
  { label: 'Region', category: 'organization', required: false, values: ['North America', 'EMEA', 'APAC', 'LATAM'] },
  { label: 'Visa sponsorship', category: 'job', required: false, values: ['Available', 'Not available'] },
  { label: 'Contract length', category: 'job', required: false, values: ['3 months', '6 months', '12 months', 'Permanent'] },
];

/** Team values that depend on each Business unit value (dependent job properties). */
export const DEPENDENT_SEED: Readonly<Record<string, readonly string[]>> = {
  Platform: ['Core API', 'Payments'],
  Enterprise: ['Field Sales'],
  SMB: ['Inside Sales', 'Growth'],
  Corporate: ['Brand'],
};

export const CANDIDATE_PROPERTY_SEED: readonly { label: string; type: string; values?: readonly string[] }[] = [
  { label: 'Notice period', type: 'SINGLE_SELECT', values: ['Immediately', '2 weeks', '1 month', '3 months'] },
  { label: 'Expected salary', type: 'CURRENCY' },
  { label: 'Willing to relocate', type: 'BOOLEAN' },
  { label: 'Earliest start date', type: 'DATE' },
  { label: 'Years of experience', type: 'NUMBER' },
  { label: 'Work authorization', type: 'SINGLE_SELECT', values: ['Citizen', 'Permanent resident', 'Work visa', 'Needs sponsorship'] },
  { label: 'Referrer', type: 'USER' },
  { label: 'Preferred country', type: 'COUNTRY' },
  { label: 'Internal notes', type: 'TEXT' },
];

export const HIRING_PROCESS_SEED: readonly { name: string; active: boolean; inReview: readonly string[]; interview: readonly string[]; offered: readonly string[] }[] = [
  { name: 'Standard hiring process', active: true, inReview: ['Resume review', 'Recruiter screen'], interview: ['Phone screen', 'Technical interview', 'Onsite', 'Reference check'], offered: ['Offer prepared', 'Offer sent', 'Offer negotiation'] },
  { name: 'Engineering hiring process', active: true, inReview: ['Resume review', 'Take-home assignment'], interview: ['Hiring manager call', 'System design', 'Coding interview', 'Culture add'], offered: ['Offer approval', 'Offer sent'] },
  { name: 'High-volume hiring', active: true, inReview: ['Knock-out questions'], interview: ['Group interview'], offered: ['Offer sent'] },
  { name: 'Executive search', active: false, inReview: ['Board review'], interview: ['CEO interview', 'Board interview'], offered: ['Compensation committee', 'Offer sent'] },
];

export const SOURCE_TYPE_SEED: readonly { id: string; label: string; subtypes: readonly { id: string; label: string }[] }[] = [
  { id: 'JOB_BOARD', label: 'Job board', subtypes: [{ id: 'FREE', label: 'Free' }, { id: 'PAID', label: 'Paid' }] },
  { id: 'CAREER_SITE', label: 'Career site', subtypes: [] },
  { id: 'REFERRAL', label: 'Referral', subtypes: [{ id: 'EMPLOYEE', label: 'Employee referral' }] },
  { id: 'SOCIAL_MEDIA', label: 'Social media', subtypes: [] },
  { id: 'AGENCY', label: 'Agency', subtypes: [] },
  { id: 'SOURCING', label: 'Sourcing', subtypes: [] },
  { id: 'EVENT', label: 'Event', subtypes: [] },
  { id: 'API', label: 'API', subtypes: [] },
];

/** The candidate seed (state/name-tables SOURCES) uses these ids, so every candidate's source resolves here. */
export const SOURCE_SEED: readonly { type: string; subType: string; id: string; label: string }[] = [
  { type: 'JOB_BOARD', subType: 'FREE', id: 'linkedin', label: 'LinkedIn' },
  { type: 'JOB_BOARD', subType: 'FREE', id: 'indeed', label: 'Indeed' },
  { type: 'JOB_BOARD', subType: 'FREE', id: 'glassdoor', label: 'Glassdoor' },
  { type: 'JOB_BOARD', subType: 'PAID', id: 'stepstone', label: 'StepStone' },
  { type: 'JOB_BOARD', subType: 'PAID', id: 'monster', label: 'Monster' },
  { type: 'JOB_BOARD', subType: 'PAID', id: 'ziprecruiter', label: 'ZipRecruiter' },
  { type: 'JOB_BOARD', subType: 'FREE', id: 'stackoverflow-jobs', label: 'Stack Overflow Jobs' },
  { type: 'JOB_BOARD', subType: 'FREE', id: 'welcome-to-the-jungle', label: 'Welcome to the Jungle' },
  { type: 'JOB_BOARD', subType: 'PAID', id: 'xing', label: 'XING' },
  { type: 'JOB_BOARD', subType: 'FREE', id: 'pracuj', label: 'Pracuj.pl' },
  { type: 'JOB_BOARD', subType: 'PAID', id: 'seek', label: 'SEEK' },
  { type: 'JOB_BOARD', subType: 'FREE', id: 'google-jobs', label: 'Google for Jobs' },
  { type: 'CAREER_SITE', subType: '', id: 'careers', label: 'Careers Site' },
  { type: 'REFERRAL', subType: 'EMPLOYEE', id: 'employee-referral', label: 'Employee Referral' },
  { type: 'SOCIAL_MEDIA', subType: '', id: 'twitter', label: 'X (Twitter)' },
  { type: 'SOCIAL_MEDIA', subType: '', id: 'facebook', label: 'Facebook' },
  { type: 'AGENCY', subType: '', id: 'hays', label: 'Hays' },
  { type: 'AGENCY', subType: '', id: 'michael-page', label: 'Michael Page' },
  { type: 'SOURCING', subType: '', id: 'sourced', label: 'Sourced by recruiter' },
  { type: 'EVENT', subType: '', id: 'campus-fair', label: 'Campus career fair' },
  { type: 'API', subType: '', id: 'api', label: 'API' },
];

export const REJECTION_REASONS = [
  'Not qualified', 'Lacks required experience', 'Better qualified candidate selected', 'Salary expectations too high',
  'Failed assessment', 'Position filled', 'Position cancelled', 'Did not pass background check', 'No response from candidate', 'Culture fit concerns',
];

export const WITHDRAWAL_REASONS = [
  'Accepted another offer', 'Compensation', 'Relocation not possible', 'Role not a good fit', 'Personal reasons', 'Process took too long', 'Counter-offer from current employer',
];

export const OFFER_PROPERTY_SEED: readonly { id: string; properties: readonly { key: string; label: string; required: boolean; type: string }[] }[] = [
  {
    id: 'compensation',
    properties: [
      { key: 'base_salary', label: 'Base salary', required: true, type: 'CURRENCY' },
      { key: 'bonus_target', label: 'Bonus target', required: false, type: 'PERCENT' },
      { key: 'equity_units', label: 'Equity units', required: false, type: 'NUMBER' },
    ],
  },
  {
    id: 'employment',
    properties: [
      { key: 'start_date', label: 'Start date', required: true, type: 'DATE' },
      { key: 'employment_type', label: 'Employment type', required: true, type: 'SELECT' },
      { key: 'work_country', label: 'Country of work', required: true, type: 'COUNTRY' },
      { key: 'reports_to', label: 'Reports to', required: false, type: 'USER' },
      { key: 'relocation_package', label: 'Relocation package', required: false, type: 'BOOLEAN' },
    ],
  },
];

export const CAREER_SITE_SEED: readonly { name: string; language: string; path: string }[] = [
  { name: 'Global careers', language: 'en', path: '' },
  { name: 'Karriere Deutschland', language: 'de', path: '/de' },
  { name: 'Carrières France', language: 'fr', path: '/fr' },
  { name: 'Kariera Polska', language: 'pl', path: '/pl' },
];

export const ACCESS_GROUP_SEED: readonly { name: string; description: string }[] = [
  { name: 'All employees', description: 'Everyone in the company' },
  { name: 'Recruiting team', description: 'Recruiters and coordinators with full candidate access' },
  { name: 'Hiring managers', description: 'Managers who own open requisitions' },
  { name: 'EMEA recruiting', description: 'Recruiters working on EMEA requisitions' },
  { name: 'North America recruiting', description: 'Recruiters working on North American requisitions' },
  { name: 'HR business partners', description: 'Offer and onboarding approvers' },
  { name: 'Executives', description: 'Leadership with access to executive searches' },
];
