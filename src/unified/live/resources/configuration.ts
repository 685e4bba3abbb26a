import type { SrDepartment, SrHiringProcess, SrRejectReason } from '../../../spec/index.js';
import { Department } from '../../ats/department.js';
import { JobStage } from '../../ats/job-stage.js';
import { Location } from '../../ats/location.js';
import { RejectReason } from '../../ats/reject-reason.js';
import type { Wire } from '../../smartrecruiters/read-wire.js';
import { toDepartment } from '../../smartrecruiters/to-department.js';
import { toJobStages } from '../../smartrecruiters/to-job-stage.js';
import { toLocation } from '../../smartrecruiters/to-location.js';
import { toRejectReason } from '../../smartrecruiters/to-reject-reason.js';
import { snapshotResource } from '../snapshot-resource.js';
import { readOp, upstreamAll } from '../upstream.js';

const idOf = (r: { id?: unknown }) => (typeof r.id === 'string' ? r.id : null);

export const departments = snapshotResource<Department>({
  key: 'ats/departments',
  area: 'ats',
  path: 'departments',
  modelName: 'Department',
  schema: Department,
  what: 'department',
  all: async (client, include, signal) => (await upstreamAll<SrDepartment>(client, 'configuration.department.all', {}, idOf, { signal })).map((d) => toDepartment(d, { includeRemoteData: include })),
  one: async (client, id, req) => toDepartment(await readOp<SrDepartment>(client, 'configuration.department.get', { pathParams: { id }, signal: req.signal }, 'department', id), { includeRemoteData: req.includeRemoteData }),
});

export const locations = snapshotResource<Location>({
  key: 'ats/locations',
  area: 'ats',
  path: 'locations',
  modelName: 'Location',
  schema: Location,
  what: 'location',
  all: async (client, include, signal) => (await upstreamAll<Wire>(client, 'configuration.predefined-locations.getMany', {}, idOf, { signal })).map((l) => toLocation(l, { includeRemoteData: include })),
  one: async (client, id, req) => toLocation(await readOp<Wire>(client, 'configuration.predefined-locations.getOne', { pathParams: { id }, signal: req.signal }, 'location', id), { includeRemoteData: req.includeRemoteData }),
});

/** Every configured reason: rejections, then withdrawals (both are reasons an application ended). */
export async function allReasons(client: Parameters<typeof upstreamAll>[0], include: boolean, signal: AbortSignal | undefined): Promise<RejectReason[]> {
  const rejection = await upstreamAll<SrRejectReason>(client, 'configuration.reasons.rejection.all', {}, idOf, { signal });
  const withdrawal = await upstreamAll<SrRejectReason>(client, 'configuration.reasons.withdrawal.all', {}, idOf, { signal });
  return [...rejection.map((r) => toRejectReason(r, 'REJECTION', { includeRemoteData: include })), ...withdrawal.map((r) => toRejectReason(r, 'WITHDRAWAL', { includeRemoteData: include }))];
}

export const rejectReasons = snapshotResource<RejectReason>({
  key: 'ats/reject-reasons',
  area: 'ats',
  path: 'reject-reasons',
  modelName: 'RejectReason',
  schema: RejectReason,
  what: 'reject reason',
  all: allReasons,
});

/** The stages of every active hiring process (see toJobStages). */
export async function allStages(client: Parameters<typeof upstreamAll>[0], include: boolean, signal: AbortSignal | undefined): Promise<JobStage[]> {
  return toJobStages(await upstreamAll<SrHiringProcess>(client, 'configuration.hiring-process.all', {}, idOf, { signal }), { includeRemoteData: include });
}

export const jobStages = snapshotResource<JobStage>({
  key: 'ats/job-stages',
  area: 'ats',
  path: 'job-stages',
  modelName: 'JobStage',
  schema: JobStage,
  what: 'job stage',
  all: allStages,
});
