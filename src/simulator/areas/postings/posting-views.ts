import type { Posting } from '../../state/postings.js';
import { slug } from '../../state/name-tables.js';
import type { SimState } from '../../state/sim-state.js';

const iso = (ms: number) => new Date(ms).toISOString();

function postingLocation(loc: Record<string, unknown>): Record<string, unknown> {
  return {
    city: loc['city'],
    region: loc['region'],
    // The Posting API spells the country as a lower-case code ("us").
    country: String(loc['countryCode'] ?? loc['country'] ?? '').toLowerCase(),
    remote: loc['remote'] === true,
    ...(loc['latitude'] !== undefined ? { latitude: String(loc['latitude']) } : {}),
    ...(loc['longitude'] !== undefined ? { longitude: String(loc['longitude']) } : {}),
  };
}

/** `Posting` list item of `GET /v1/companies/{c}/postings`. */
export function postingSummary(state: SimState, base: string, p: Posting): Record<string, unknown> {
  const { job, ad } = p;
  return {
    id: ad.postingId,
    uuid: ad.postingUuid,
    name: ad.title,
    jobAdId: ad.id,
    defaultJobAd: ad.isDefault,
    refNumber: job.refNumber,
    company: { identifier: state.companyId, name: state.companyName },
    releasedDate: iso(p.publication.publishedOn),
    location: postingLocation(job.location),
    ...(job.industry ? { industry: job.industry } : {}),
    ...(job.department ? { department: { id: job.department.id, label: job.department.label, ...(job.department.description ? { description: job.department.description } : {}) } } : {}),
    ...(job.function ? { function: job.function } : {}),
    ...(job.typeOfEmployment ? { typeOfEmployment: job.typeOfEmployment } : {}),
    // The Posting API names the level `{id, name}` where the Job API says `{id, label}`.
    ...(job.experienceLevel ? { experienceLevel: { id: job.experienceLevel.id, name: job.experienceLevel.label } } : {}),
    customField: job.properties.map((x) => ({ fieldId: x.id, fieldLabel: x.label, valueId: x.value.id, valueLabel: x.value.label })),
    visibility: p.publication.visibility,
    ref: `${base}/v1/companies/${state.companyId}/postings/${ad.postingId}`,
    creator: { name: `${job.creator.firstName} ${job.creator.lastName}` },
    language: ad.language,
  };
}

/** The public career-site URL of a posting, as SmartRecruiters builds it. */
export function postingUrl(state: SimState, p: Posting): string {
  return `https://jobs.smartrecruiters.com/${state.companyId}/${p.ad.postingId}-${slug(p.ad.title)}`;
}

/** The ad's sections as the Posting API shows them: the videos section carries a title like the others. */
function postingSections(sections: Record<string, unknown>): Record<string, unknown> {
  const videos = sections['videos'] as { title?: unknown; urls?: unknown } | undefined;
  if (!videos) return sections;
  return { ...sections, videos: { title: typeof videos.title === 'string' ? videos.title : 'Videos', urls: Array.isArray(videos.urls) ? videos.urls : [] } };
}

/** `PostingDetails`; source query params go onto `applyUrl` as tracking, as documented. */
export function postingDetails(state: SimState, base: string, p: Posting, tracking: Record<string, string>): Record<string, unknown> {
  const url = postingUrl(state, p);
  const apply = new URLSearchParams({ oga: 'true', ...tracking });
  return {
    ...postingSummary(state, base, p),
    applyUrl: `${url}?${apply.toString()}`,
    postingUrl: url,
    referralUrl: `${url}?trid=referral`,
    jobAd: { sections: postingSections(p.ad.sections) },
    active: p.active,
  };
}
