import type { Role } from '../user-directory/role.js';
import type { SrSystemRole } from '../../spec/index.js';
import { base, str, type MapOptions } from './read-wire.js';

/** A SmartRecruiters system role as a unified Role. */
export function toRole(raw: SrSystemRole, opts: MapOptions = {}): Role {
  return { ...base(str(raw.id) ?? '', null, null, raw, opts), name: str(raw.name) };
}
