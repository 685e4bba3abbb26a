import type { UnifiedResource } from './list-request.js';
import { applications } from './resources/applications.js';
import { attachments } from './resources/attachments.js';
import { candidates } from './resources/candidates.js';
import { departments, jobStages, locations, rejectReasons } from './resources/configuration.js';
import { consents } from './resources/consents.js';
import { interviews } from './resources/interviews.js';
import { jobs } from './resources/jobs.js';
import { offers } from './resources/offers.js';
import { scorecards } from './resources/scorecards.js';
import { groups, roles, users } from './resources/user-directory.js';

/** Every unified model served live, in the order the OpenAPI document and `srconnect unified list` show them. */
export const unifiedResources: readonly UnifiedResource[] = [
  candidates,
  applications,
  jobs,
  attachments,
  interviews,
  offers,
  scorecards,
  departments,
  locations,
  jobStages,
  rejectReasons,
  consents,
  users,
  roles,
  groups,
] as readonly UnifiedResource[];

export function findUnifiedResource(area: string, path: string): UnifiedResource | undefined {
  return unifiedResources.find((r) => r.area === area && r.path === path);
}
