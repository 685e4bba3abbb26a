import type { Group } from '../user-directory/group.js';
import { arr, base, obj, str, type MapOptions, type Wire } from './read-wire.js';

/** A SmartRecruiters access group (`/configuration/access-groups`) as a unified Group. */
export function toGroup(raw: Wire, opts: MapOptions = {}): Group {
  return {
    ...base(str(raw.id) ?? '', raw.createdOn, raw.updatedOn, raw, opts),
    name: str(raw.name),
    description: str(raw.description),
    member_ids: Array.isArray(raw.users) ? arr(raw.users).flatMap((u) => (str(obj(u)?.id) ? [str(obj(u)?.id) as string] : [])) : null,
  };
}
