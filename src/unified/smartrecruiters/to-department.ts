import type { Department } from '../ats/department.js';
import type { SrDepartment } from '../../spec/index.js';
import { base, label, str, type MapOptions } from './read-wire.js';

/** A SmartRecruiters department (`/configuration/departments`) as a unified Department. */
export function toDepartment(raw: SrDepartment, opts: MapOptions = {}): Department {
  return { ...base(str(raw.id) ?? '', raw.createdOn, raw.updatedOn, raw, opts), name: label(raw), description: str(raw.description) };
}
