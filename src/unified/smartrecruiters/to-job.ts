import type { Job } from '../ats/job.js';
import type { SrHiringTeamMember, SrJob, SrJobSummary } from '../../spec/index.js';
import { propertiesToCustomFields } from './to-candidate.js';
import { arr, base, bool, label, num, obj, str, time, type MapOptions } from './read-wire.js';

const STATUSES: Record<string, Job['status']> = {
  CREATED: 'DRAFT',
  SOURCING: 'OPEN',
  INTERVIEW: 'OPEN',
  OFFER: 'OPEN',
  ON_HOLD: 'PENDING',
  FILLED: 'CLOSED',
  CANCELLED: 'CLOSED',
};

export interface JobExtras extends MapOptions {
  /** `GET /jobs/{jobId}/hiring-team` content. */
  readonly hiringTeam?: readonly SrHiringTeamMember[];
}

/** A SmartRecruiters job (list item or details) as a unified Job. */
export function toJob(raw: SrJob | SrJobSummary, opts: JobExtras = {}): Job {
  const id = str(raw.id) ?? '';
  const loc = obj(raw.location);
  const dept = obj(raw.department);
  const comp = obj(raw.compensation);
  const remoteStatus = str(raw.status);
  const team = opts.hiringTeam
    ? arr(opts.hiringTeam).flatMap((m) => {
        const o = obj(m);
        return o && str(o.id) ? [{ user_id: str(o.id) as string, role: str(o.role) ?? 'MEMBER' }] : [];
      })
    : null;
  const apply = str(obj(obj(raw.actions)?.applyOnWeb)?.url);
  return {
    ...base(id, raw.createdOn, raw.updatedOn, raw, opts, propertiesToCustomFields(arr(raw.properties))),
    name: str(raw.title),
    code: str(raw.refNumber),
    status: (remoteStatus && STATUSES[remoteStatus]) || (raw.template === true ? 'ARCHIVED' : 'DRAFT'),
    remote_status: remoteStatus,
    posting_status: str(raw.postingStatus),
    description: str(obj(obj(obj(raw.jobAd)?.sections)?.jobDescription)?.text),
    department: dept && str(dept.id) ? { id: str(dept.id) as string, name: label(dept) } : null,
    location: loc
      ? { city: str(loc.city), region: str(loc.region), country: str(loc.country), country_code: str(loc.countryCode), postal_code: str(loc.postalCode), address: str(loc.address), is_remote: bool(loc.remote) }
      : null,
    compensation: comp ? { min: num(comp.min), max: num(comp.max), currency: str(comp.currency) } : null,
    employment_type: label(raw.typeOfEmployment),
    experience_level: label(raw.experienceLevel),
    function: label(raw.function),
    industry: label(raw.industry),
    language: str(obj(raw.language)?.code),
    target_hiring_date: time(raw.targetHiringDate),
    last_activity_at: time(raw.lastActivityOn),
    posting_urls: apply ? [apply] : [],
    hiring_team: team,
    hiring_manager_ids: team ? team.filter((m) => m.role === 'HIRING_MANAGER').map((m) => m.user_id) : null,
    recruiter_ids: team ? team.filter((m) => m.role === 'RECRUITER').map((m) => m.user_id) : null,
    creator_id: str(obj(raw.creator)?.id),
  };
}
