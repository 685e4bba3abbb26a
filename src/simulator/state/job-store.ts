import { SeededRandom, mix, uuidFrom } from '../core/seeded-random.js';
import type { JobRecord } from './job-record.js';
import { LOCATIONS, TITLES, type LocationRow } from './name-tables.js';
import { officeAddress } from './office-addresses.js';
import type { UserRecord } from './user-store.js';

const DAY = 86_400_000;
const EN = { code: 'en', label: 'English', labelNative: 'English (US)' };
const EMPLOYMENT = [
  { id: 'permanent', label: 'Full-time' },
  { id: 'part_time', label: 'Part-time' },
  { id: 'contract', label: 'Contract' },
];
// US EEO-1 job categories, as the job's `eeoCategory` names them.
const EEO_CATEGORIES = [
  { id: 'professionals', label: 'Professionals' },
  { id: 'technicians', label: 'Technicians' },
  { id: 'sales_workers', label: 'Sales Workers' },
  { id: 'administrative_support_workers', label: 'Administrative Support Workers' },
  { id: 'first_mid_level_officials_and_managers', label: 'First/Mid-Level Officials and Managers' },
];
const VIDEOS = ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://vimeo.com/76979871'];
const LEVELS = [
  { id: 'entry_level', label: 'Entry Level' },
  { id: 'mid_senior_level', label: 'Mid-Senior Level' },
  { id: 'director', label: 'Director' },
];

export function jobLocation(l: LocationRow, remote: boolean): Record<string, unknown> {
  return {
    country: l.country,
    countryCode: l.countryCode,
    regionCode: l.regionCode,
    region: l.region,
    city: l.city,
    ...officeAddress(l.city),
    latitude: String(l.lat),
    longitude: String(l.lng),
    manual: false,
    remote,
  };
}

/** Jobs in creation order, with an id index. There is no job delete in the API, so indexes are stable. */
export class JobStore {
  readonly list: JobRecord[] = [];
  private readonly byId = new Map<string, number>();

  constructor(private readonly seed: number) {}

  generate(count: number, departments: { id: string; label: string; description?: string }[], users: UserRecord[], now: number): void {
    for (let i = 0; i < count; i++) {
      const r = new SeededRandom(mix(this.seed, i, 301));
      const deptIndex = r.int(Math.max(1, departments.length));
      const dept = departments[deptIndex];
      const titles = TITLES[deptIndex % TITLES.length] as readonly string[];
      const createdOn = now - 800 * DAY + Math.floor((i / Math.max(1, count)) * 700 * DAY);
      const status = r.pick(['SOURCING', 'SOURCING', 'SOURCING', 'INTERVIEW', 'OFFER', 'FILLED', 'ON_HOLD', 'CANCELLED', 'CREATED']);
      const creator = users.length > 0 ? r.pick(users) : undefined;
      const history = [{ status: 'CREATED', changedOn: createdOn }];
      if (status !== 'CREATED') history.push({ status, changedOn: createdOn + (1 + r.int(60)) * DAY });
      const team = users.length > 0 ? [{ userId: r.pick(users).id, role: 'HIRING_MANAGER' }, { userId: r.pick(users).id, role: 'RECRUITER' }] : [];
      const min = 40_000 + r.int(80) * 1000;
      const job = this.add({
        id: uuidFrom(mix(this.seed, i, 302), mix(this.seed, i, 303), mix(this.seed, i, 304), i),
        title: r.pick(titles),
        refNumber: `REF${String(1000 + i)}`,
        createdOn,
        updatedOn: history[history.length - 1]!.changedOn,
        lastActivityOn: history[history.length - 1]!.changedOn + r.int(30) * DAY,
        department: dept ? { id: dept.id, label: dept.label, ...(dept.description ? { description: dept.description } : {}) } : null,
        location: jobLocation(r.pick(LOCATIONS), r.next() < 0.2),
        status,
        postingStatus: status === 'SOURCING' || status === 'INTERVIEW' ? r.pick(['PUBLIC', 'PUBLIC', 'INTERNAL']) : 'NOT_PUBLISHED',
        targetHiringDate: new Date(createdOn + 90 * DAY).toISOString(),
        typeOfEmployment: r.pick(EMPLOYMENT),
        experienceLevel: r.pick(LEVELS),
        industry: { id: 'computer_software', label: 'Computer Software' },
        function: { id: 'engineering', label: 'Engineering' },
        template: false,
        creator: creator ? { id: creator.id, firstName: creator.firstName, lastName: creator.lastName } : { id: 'system', firstName: 'System', lastName: 'User' },
        compensation: { min, max: min + 20_000, currency: 'USD' },
        jobAd: {
          sections: {
            companyDescription: { title: 'Company Description', text: 'We build tools people enjoy using.' },
            jobDescription: { title: 'Job Description', text: 'You will work with a friendly team on meaningful problems.' },
            qualifications: { title: 'Qualifications', text: 'Curiosity and a track record of shipping.' },
            additionalInformation: { title: 'Additional Information', text: 'Hybrid work, learning budget.' },
          },
          language: EN,
        },
        properties: [],
        language: EN,
        statusHistory: history,
        hiringTeam: team,
        positions: [{
          id: uuidFrom(mix(this.seed, i, 305), i, 1, 1), positionId: `POS-${String(1000 + i)}`, type: 'NEW', status: status === 'FILLED' ? 'FILLED' : 'OPEN',
          positionOpenDate: new Date(createdOn).toISOString(), targetStartDate: new Date(createdOn + 120 * DAY).toISOString(),
        }],
        note: '',
      });
      // Drawn from their own stream so every field above stays what it always was.
      const extra = new SeededRandom(mix(this.seed, i, 306));
      job.eeoCategory = extra.pick(EEO_CATEGORIES);
      // Most ads have no video; the section is still there with an empty list, as the editor saves it.
      job.jobAd.sections['videos'] = { urls: extra.next() < 0.3 ? [extra.pick(VIDEOS)] : [] };
    }
  }

  add(job: JobRecord): JobRecord {
    this.byId.set(job.id, this.list.length);
    this.list.push(job);
    return job;
  }

  get(id: string): JobRecord | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.list[i];
  }

  indexOf(id: string): number {
    return this.byId.get(id) ?? -1;
  }

  idAt(index: number): string {
    return this.list[index]?.id ?? '';
  }
}
