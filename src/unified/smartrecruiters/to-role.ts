import type { Role } from '../user-directory/role.js';
import { base, str, type MapOptions, type Wire } from './read-wire.js';

/** A SmartRecruiters system role as a unified Role. */
export function toRole(raw: Wire, opts: MapOptions = {}): Role {
  return { ...base(str(raw.id) ?? '', null, null, raw, opts), name: str(raw.name) };
}
