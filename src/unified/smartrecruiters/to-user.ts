import type { User } from '../user-directory/user.js';
import type { SrUser, SrUserListItem } from '../../spec/index.js';
import { arr, base, obj, str, type MapOptions } from './read-wire.js';

/** A SmartRecruiters user (User API) as a unified User: its system role is the Role, its access groups the Groups. */
export function toUser(raw: SrUser | SrUserListItem, opts: MapOptions = {}): User {
  const loc = obj(raw.location);
  return {
    ...base(str(raw.id) ?? '', raw.createdOn, raw.updatedOn, raw, opts),
    first_name: str(raw.firstName),
    last_name: str(raw.lastName),
    email: str(raw.email),
    is_active: raw.active === true,
    role_id: str(obj(raw.systemRole)?.id),
    group_ids: arr(raw.accessGroups).flatMap((g) => (str(obj(g)?.id) ? [str(obj(g)?.id) as string] : [])),
    external_id: str(raw.externalData),
    sso_identifier: str(raw.ssoIdentifier),
    language: str(obj(raw.language)?.code) ?? str(raw.language),
    location: loc ? { city: str(loc.city), region: str(loc.region), country: str(loc.country), country_code: str(loc.countryCode) } : null,
  };
}
