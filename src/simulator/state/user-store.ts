import { SeededRandom, mix, uuidFrom } from '../core/seeded-random.js';
import { FIRST_NAMES, LAST_NAMES, LOCATIONS, slug } from './name-tables.js';
import { officeAddress } from './office-addresses.js';

/** A user's office as `UserEntity.location` spells it (every value a string, as documented). */
export interface UserLocation {
  country?: string;
  countryCode?: string;
  regionCode?: string;
  region?: string;
  city?: string;
  address?: string;
  postalCode?: string;
  longitude?: string;
  latitude?: string;
}

export const SSO_LOGIN_MODES = ['SSO', 'PASSWORD'] as const;
export type SsoLoginMode = (typeof SSO_LOGIN_MODES)[number];

export interface UserRecord {
  readonly id: string;
  email: string;
  firstName: string;
  lastName: string;
  active: boolean;
  systemRole: { id: string };
  updatedOn: number;
  createdOn: number;
  externalData?: string;
  ssoIdentifier?: string;
  ssoLoginMode: SsoLoginMode;
  language: { code: string };
  location?: UserLocation;
}

/** What `add` needs: a record whose login mode and language may be left to their defaults. */
export type NewUser = Omit<UserRecord, 'ssoLoginMode' | 'language'> & Partial<Pick<UserRecord, 'ssoLoginMode' | 'language'>>;

const ROLES = ['EMPLOYEE', 'EMPLOYEE', 'EMPLOYEE', 'RESTRICTED', 'EXTENDED', 'ADMINISTRATOR'];
// Most companies run the UI in English; the rest in the language of a few big offices.
const LANGUAGES = ['en', 'en', 'en', 'en', 'fr', 'de', 'pl', 'es'];

/** The documented location of a seeded office (`UserEntity.location`: strings throughout). */
export function userLocationAt(index: number): UserLocation {
  const row = LOCATIONS[index % LOCATIONS.length] as (typeof LOCATIONS)[number];
  const office = officeAddress(row.city);
  return {
    country: row.country, countryCode: row.countryCode, regionCode: row.regionCode, region: row.region, city: row.city,
    address: office.address, postalCode: office.postalCode, longitude: String(row.lng), latitude: String(row.lat),
  };
}

/** Company users in creation order. */
export class UserStore {
  readonly list: UserRecord[] = [];
  private readonly byId = new Map<string, UserRecord>();

  constructor(private readonly seed: number) {}

  generate(count: number, domain: string, now: number): void {
    for (let i = 0; i < count; i++) {
      const r = new SeededRandom(mix(this.seed, i, 201));
      const firstName = r.pick(FIRST_NAMES);
      const lastName = r.pick(LAST_NAMES);
      const createdOn = now - 900 * 86_400_000 + i * 3_600_000;
      const email = `${slug(firstName)}.${slug(lastName)}${i}@${domain}`;
      const active = r.next() > 0.08;
      const role = i === 0 ? 'ADMINISTRATOR' : r.pick(ROLES);
      const updatedOn = createdOn + r.int(400) * 86_400_000;
      // Drawn after the original fields so seeded names, roles and dates stay what they were.
      const sso = r.next() < 0.25;
      const language = r.pick(LANGUAGES);
      const office = r.int(LOCATIONS.length);
      this.add({
        id: uuidFrom(mix(this.seed, i, 202), mix(this.seed, i, 203), mix(this.seed, i, 204), i),
        email,
        firstName,
        lastName,
        active,
        systemRole: { id: role },
        createdOn,
        updatedOn,
        // The HRIS employee number and the IdP name id, as companies with SSO and an HRIS store them.
        externalData: `EMP-${String(10_000 + i)}`,
        ssoIdentifier: email,
        ssoLoginMode: sso && i !== 0 ? 'SSO' : 'PASSWORD',
        language: { code: language },
        location: userLocationAt(office),
      });
    }
  }

  /** Adds a user; login mode and language default as for a user invited in the UI (password, English). */
  add(input: NewUser): UserRecord {
    const user: UserRecord = { ssoLoginMode: 'PASSWORD', language: { code: 'en' }, ...input };
    this.list.push(user);
    this.byId.set(user.id, user);
    return user;
  }

  get(id: string): UserRecord | undefined {
    return this.byId.get(id);
  }

  /** The user holding `email` (compared case-insensitively, as e-mail addresses are), if any. */
  withEmail(email: string): UserRecord | undefined {
    const wanted = email.toLowerCase();
    return this.list.find((u) => u.email !== '' && u.email.toLowerCase() === wanted);
  }
}
