import type { Candidate } from '../ats/candidate.js';
import type { SrCandidate, SrCandidateDetails, SrCandidateProperty } from '../../spec/index.js';
import { applicationKey, arr, base, bool, num, obj, str, type MapOptions, type Wire } from './read-wire.js';

/** SmartRecruiters web profile keys and the url_type each one is. */
const WEB_TYPES = { linkedin: 'SOCIAL_MEDIA', facebook: 'SOCIAL_MEDIA', twitter: 'SOCIAL_MEDIA', skype: 'OTHER', website: 'PERSONAL' } as const;

export interface CandidateExtras extends MapOptions {
  /** `GET /candidates/{id}/properties` content, which becomes `custom_fields`. */
  readonly properties?: readonly SrCandidateProperty[];
}

/** A SmartRecruiters candidate (list item or details) as a unified Candidate. */
export function toCandidate(raw: SrCandidate | SrCandidateDetails, opts: CandidateExtras = {}): Candidate {
  const id = str(raw.id) ?? '';
  const loc = obj(raw.location);
  const experience = Array.isArray(raw.experience) ? arr(raw.experience).map((e) => obj(e) ?? {}) : null;
  const current = experience?.find((e) => e.current === true) ?? experience?.[0];
  const web = obj(raw.web) ?? {};
  return {
    ...base(id, raw.createdOn, raw.updatedOn, raw, opts, propertiesToCustomFields(opts.properties)),
    first_name: str(raw.firstName),
    last_name: str(raw.lastName),
    company: current ? str(current.company) : null,
    title: current ? str(current.title) : null,
    email_addresses: str(raw.email) ? [{ value: str(raw.email) as string, email_address_type: 'PERSONAL' }] : [],
    phone_numbers: str(raw.phoneNumber) ? [{ value: str(raw.phoneNumber) as string, phone_number_type: 'MOBILE' }] : [],
    urls: Object.entries(WEB_TYPES).flatMap(([key, url_type]) => (str(web[key]) ? [{ value: str(web[key]) as string, url_type }] : [])),
    location: loc
      ? {
          city: str(loc.city),
          region: str(loc.region),
          region_code: str(loc.regionCode),
          country: str(loc.country),
          country_code: str(loc.countryCode),
          latitude: num(loc.lat),
          longitude: num(loc.lng),
        }
      : null,
    tags: arr(raw.tags).flatMap((t) => (typeof t === 'string' ? [t] : [])),
    is_internal: bool(raw.internal),
    average_rating: num(raw.averageRating),
    consent_status: str(obj(raw.consent)?.status),
    application_ids: assignmentsOf(raw).flatMap((a) => {
      const jobId = str(obj(a.job)?.id);
      return jobId ? [applicationKey(id, jobId)] : [];
    }),
    education: Array.isArray(raw.education)
      ? arr(raw.education).map((e) => {
          const o = obj(e) ?? {};
          return { institution: str(o.institution), degree: str(o.degree), major: str(o.major), is_current: bool(o.current), start_date: str(o.startDate), end_date: str(o.endDate), description: str(o.description) };
        })
      : null,
    experience: experience
      ? experience.map((o) => ({ title: str(o.title), company: str(o.company), is_current: bool(o.current), start_date: str(o.startDate), end_date: str(o.endDate), location: str(o.location), description: str(o.description) }))
      : null,
  };
}

/** The primary assignment first, then the secondary ones: SmartRecruiters' applications of a candidate. */
export function assignmentsOf(raw: SrCandidate | SrCandidateDetails): Wire[] {
  const primary = obj(raw.primaryAssignment);
  return [...(primary ? [primary] : []), ...arr(raw.secondaryAssignments).flatMap((a) => (obj(a) ? [obj(a) as Wire] : []))];
}

/** Candidate (or job) properties `[{ id, value }]` as custom fields; a SINGLE_SELECT's value is its option id. */
export function propertiesToCustomFields(properties: readonly unknown[] | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of properties ?? []) {
    const o = obj(p);
    const id = o ? str(o.id) : null;
    if (!o || !id) continue;
    const value = obj(o.value);
    out[id] = value ? (str(value.id) ?? value) : (o.value ?? null);
  }
  return out;
}
