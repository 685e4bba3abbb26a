import { mix } from '../core/seeded-random.js';
import type { SimState } from '../state/sim-state.js';
import { companionOf } from '../state/companion-of.js';

/**
 * What SCIM adds to the shared users and departments: userName and externalId per user, group
 * membership and externalId per department. Users and departments themselves stay in SimState,
 * so SCIM and the User/Configuration APIs see one directory.
 */
export class ScimStore {
  /** userId → userName when it differs from the e-mail (the default userName). */
  readonly userNames = new Map<string, string>();
  readonly userExternalIds = new Map<string, string>();
  /** department id → member user ids. */
  readonly members = new Map<string, Set<string>>();
  readonly groupExternalIds = new Map<string, string>();
  readonly groupTimes = new Map<string, { created: number; modified: number }>();

  constructor(state: SimState) {
    // Each seeded user starts in one department, so groups are not empty on a fresh simulator.
    const depts = state.departments;
    state.users.list.forEach((u, i) => {
      const d = depts[mix(state.seedOptions.seed, i, 401) % Math.max(1, depts.length)];
      if (d) this.membersOf(d.id).add(u.id);
    });
    for (const d of depts) this.groupTimes.set(d.id, { created: state.anchor - 800 * 86_400_000, modified: state.anchor - 30 * 86_400_000 });
  }

  membersOf(groupId: string): Set<string> {
    let set = this.members.get(groupId);
    if (!set) {
      set = new Set();
      this.members.set(groupId, set);
    }
    return set;
  }
}

// Keyed on the UserStore that SimState.reseed replaces, so a reset or re-seed starts SCIM afresh.
/** The SCIM side data of the state's current seed. */
export const scimStoreOf = companionOf((state) => state.users, (state): ScimStore => new ScimStore(state));
