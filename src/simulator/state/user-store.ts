import { SeededRandom, mix, uuidFrom } from '../core/seeded-random.js';
import { FIRST_NAMES, LAST_NAMES, slug } from './name-tables.js';

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
}

const ROLES = ['EMPLOYEE', 'EMPLOYEE', 'EMPLOYEE', 'RESTRICTED', 'EXTENDED', 'ADMINISTRATOR'];

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
      this.add({
        id: uuidFrom(mix(this.seed, i, 202), mix(this.seed, i, 203), mix(this.seed, i, 204), i),
        email: `${slug(firstName)}.${slug(lastName)}${i}@${domain}`,
        firstName,
        lastName,
        active: r.next() > 0.08,
        systemRole: { id: i === 0 ? 'ADMINISTRATOR' : r.pick(ROLES) },
        createdOn,
        updatedOn: createdOn + r.int(400) * 86_400_000,
      });
    }
  }

  add(user: UserRecord): UserRecord {
    this.list.push(user);
    this.byId.set(user.id, user);
    return user;
  }

  get(id: string): UserRecord | undefined {
    return this.byId.get(id);
  }
}
