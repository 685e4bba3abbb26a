// Small fixed tables instead of faker at generation time: a million records derive their text
// from table indexes, which keeps them compact (a few bytes each) and fast to materialise.

export const FIRST_NAMES = [
  'Emma', 'Liam', 'Olivia', 'Noah', 'Ava', 'Elijah', 'Sophia', 'Lucas', 'Mia', 'Mateo', 'Amelia', 'Leo', 'Harper', 'Ethan',
  'Chloé', 'Louis', 'Léa', 'Hugo', 'Zoé', 'Jules', 'Anna', 'Lukas', 'Hannah', 'Finn', 'Lena', 'Jonas', 'Marta', 'Jakub',
  'Zuzanna', 'Piotr', 'Julia', 'Antoni', 'Sofía', 'Santiago', 'Valentina', 'Diego', 'Lucía', 'Pablo', 'Giulia', 'Lorenzo',
  'Chiara', 'Matteo', 'Aarav', 'Diya', 'Vivaan', 'Ananya', 'Yuki', 'Haruto', 'Sakura', 'Ren', 'Wei', 'Mei', 'Jun', 'Lin',
  'Fatima', 'Omar', 'Aisha', 'Yusuf', 'Ingrid', 'Erik', 'Freja', 'Oskar', 'Sienna', 'Jack', 'Isla', 'Oliver', 'Grace',
  'Thomas', 'Maya', 'Daniel', 'Nora', 'Samuel', 'Elena', 'David', 'Sara', 'Adam', 'Laura', 'Kofi', 'Amara', 'Chidi',
];

export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Martin',
  'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Müller', 'Schmidt', 'Schneider', 'Fischer',
  'Weber', 'Meyer', 'Wagner', 'Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Rossi', 'Russo', 'Ferrari',
  'Esposito', 'Bianchi', 'Fernández', 'López', 'González', 'Sánchez', 'Pérez', 'Patel', 'Sharma', 'Singh', 'Kumar',
  'Tanaka', 'Suzuki', 'Takahashi', 'Watanabe', 'Wang', 'Li', 'Zhang', 'Chen', 'Liu', 'Hansen', 'Johansson', 'Andersen',
  'Nielsen', 'Murphy', "O'Brien", 'Kelly', 'Walsh', 'Okafor', 'Mensah', 'Haddad', 'Khan', 'Nguyen', 'Tran', 'Kim', 'Park',
];

export interface LocationRow {
  readonly city: string;
  readonly region: string;
  readonly regionCode: string;
  readonly country: string;
  readonly countryCode: string;
  readonly lat: number;
  readonly lng: number;
}

export const LOCATIONS: readonly LocationRow[] = [
  { city: 'San Francisco', region: 'California', regionCode: 'CA', country: 'United States', countryCode: 'us', lat: 37.7749, lng: -122.4194 },
  { city: 'New York', region: 'New York', regionCode: 'NY', country: 'United States', countryCode: 'us', lat: 40.7128, lng: -74.006 },
  { city: 'Austin', region: 'Texas', regionCode: 'TX', country: 'United States', countryCode: 'us', lat: 30.2672, lng: -97.7431 },
  { city: 'Toronto', region: 'Ontario', regionCode: 'ON', country: 'Canada', countryCode: 'ca', lat: 43.6532, lng: -79.3832 },
  { city: 'London', region: 'England', regionCode: 'ENG', country: 'United Kingdom', countryCode: 'gb', lat: 51.5074, lng: -0.1278 },
  { city: 'Paris', region: 'Île-de-France', regionCode: 'IDF', country: 'France', countryCode: 'fr', lat: 48.8566, lng: 2.3522 },
  { city: 'Berlin', region: 'Berlin', regionCode: 'BE', country: 'Germany', countryCode: 'de', lat: 52.52, lng: 13.405 },
  { city: 'Munich', region: 'Bavaria', regionCode: 'BY', country: 'Germany', countryCode: 'de', lat: 48.1351, lng: 11.582 },
  { city: 'Kraków', region: 'Lesser Poland', regionCode: 'MA', country: 'Poland', countryCode: 'pl', lat: 50.0647, lng: 19.945 },
  { city: 'Warsaw', region: 'Masovia', regionCode: 'MZ', country: 'Poland', countryCode: 'pl', lat: 52.2297, lng: 21.0122 },
  { city: 'Madrid', region: 'Madrid', regionCode: 'MD', country: 'Spain', countryCode: 'es', lat: 40.4168, lng: -3.7038 },
  { city: 'Milan', region: 'Lombardy', regionCode: 'LOM', country: 'Italy', countryCode: 'it', lat: 45.4642, lng: 9.19 },
  { city: 'Amsterdam', region: 'North Holland', regionCode: 'NH', country: 'Netherlands', countryCode: 'nl', lat: 52.3676, lng: 4.9041 },
  { city: 'Stockholm', region: 'Stockholm', regionCode: 'AB', country: 'Sweden', countryCode: 'se', lat: 59.3293, lng: 18.0686 },
  { city: 'Bengaluru', region: 'Karnataka', regionCode: 'KA', country: 'India', countryCode: 'in', lat: 12.9716, lng: 77.5946 },
  { city: 'Singapore', region: 'Singapore', regionCode: 'SG', country: 'Singapore', countryCode: 'sg', lat: 1.3521, lng: 103.8198 },
  { city: 'Tokyo', region: 'Tokyo', regionCode: '13', country: 'Japan', countryCode: 'jp', lat: 35.6762, lng: 139.6503 },
  { city: 'Sydney', region: 'New South Wales', regionCode: 'NSW', country: 'Australia', countryCode: 'au', lat: -33.8688, lng: 151.2093 },
  { city: 'São Paulo', region: 'São Paulo', regionCode: 'SP', country: 'Brazil', countryCode: 'br', lat: -23.5505, lng: -46.6333 },
  { city: 'Mexico City', region: 'Mexico City', regionCode: 'CMX', country: 'Mexico', countryCode: 'mx', lat: 19.4326, lng: -99.1332 },
  { city: 'Dublin', region: 'Leinster', regionCode: 'L', country: 'Ireland', countryCode: 'ie', lat: 53.3498, lng: -6.2603 },
  { city: 'Lagos', region: 'Lagos', regionCode: 'LA', country: 'Nigeria', countryCode: 'ng', lat: 6.5244, lng: 3.3792 },
  { city: 'Dubai', region: 'Dubai', regionCode: 'DU', country: 'United Arab Emirates', countryCode: 'ae', lat: 25.2048, lng: 55.2708 },
  { city: 'Zürich', region: 'Zürich', regionCode: 'ZH', country: 'Switzerland', countryCode: 'ch', lat: 47.3769, lng: 8.5417 },
];

export const DEPARTMENTS = [
  'Engineering', 'Product', 'Design', 'Sales', 'Marketing', 'Customer Success', 'Finance', 'People', 'Legal', 'Operations',
  'Data', 'Security',
];

/** Job titles per department index (same order as DEPARTMENTS). */
export const TITLES: readonly (readonly string[])[] = [
  ['Software Engineer', 'Senior Backend Engineer', 'Frontend Engineer', 'Site Reliability Engineer', 'Engineering Manager'],
  ['Product Manager', 'Senior Product Manager', 'Product Owner'],
  ['Product Designer', 'UX Researcher', 'Brand Designer'],
  ['Account Executive', 'Sales Development Representative', 'Regional Sales Director'],
  ['Content Marketing Manager', 'Growth Marketer', 'Marketing Analyst'],
  ['Customer Success Manager', 'Support Specialist', 'Implementation Consultant'],
  ['Financial Analyst', 'Accountant', 'Payroll Specialist'],
  ['Talent Acquisition Partner', 'HR Business Partner', 'Recruiting Coordinator'],
  ['Legal Counsel', 'Paralegal'],
  ['Operations Manager', 'Office Manager', 'Procurement Specialist'],
  ['Data Scientist', 'Data Engineer', 'Analytics Engineer'],
  ['Security Engineer', 'Security Analyst'],
];

export const TAGS = ['java', 'typescript', 'python', 'remote', 'relocation', 'referral', 'senior', 'junior', 'bilingual', 'silver-medalist', 'event-2026', 'linkedin'];

export const SOURCES = [
  { type: 'JOB_BOARD', subType: 'FREE', id: 'linkedin', label: 'LinkedIn' },
  { type: 'JOB_BOARD', subType: 'FREE', id: 'indeed', label: 'Indeed' },
  { type: 'CAREER_SITE', subType: '', id: 'careers', label: 'Careers Site' },
  { type: 'REFERRAL', subType: '', id: 'employee-referral', label: 'Employee Referral' },
  { type: 'API', subType: '', id: 'api', label: 'API' },
  { type: 'SOURCING', subType: '', id: 'sourced', label: 'Sourced by recruiter' },
];

export const COMPANY_NAMES = ['Acme Robotics', 'Northwind Labs', 'Globex Health', 'Initech Software', 'Umbrella Logistics', 'Hooli Cloud'];

/** Application pipeline, in the order a candidate moves through it. */
export const PIPELINE = ['NEW', 'IN_REVIEW', 'INTERVIEW', 'OFFERED', 'HIRED'] as const;
export const CANDIDATE_STATUSES = ['LEAD', 'NEW', 'IN_REVIEW', 'INTERVIEW', 'OFFERED', 'HIRED', 'REJECTED', 'WITHDRAWN', 'TRANSFERRED'] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];
export const JOB_STATUSES = ['CREATED', 'SOURCING', 'FILLED', 'INTERVIEW', 'OFFER', 'CANCELLED', 'ON_HOLD'] as const;
export const HIRING_ROLES = ['HIRING_MANAGER', 'INTERVIEW_TEAM', 'RECRUITER', 'EXECUTIVE', 'COORDINATOR'] as const;

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '')
    .toLowerCase();
}
