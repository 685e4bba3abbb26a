import type { CandidateCreateInput, CandidateUpdateInput } from '../ats/candidate.js';

/** The source SmartRecruiters records when an integration does not name one: the API, as this product. */
export function defaultSource(productName: string): { sourceTypeId: string; sourceId: string } {
  return { sourceTypeId: 'API', sourceId: productName };
}

type Web = Record<string, string>;

/** unified url_type values back to SmartRecruiters web profile keys, by host first (a LinkedIn URL is `linkedin`). */
function webOf(urls: CandidateCreateInput['urls']): Web | undefined {
  if (!urls || urls.length === 0) return undefined;
  const web: Web = {};
  for (const u of urls) {
    const host = hostOf(u.value);
    const key = /(^|\.)linkedin\.com$/.test(host) ? 'linkedin' : /(^|\.)facebook\.com$/.test(host) ? 'facebook' : /(^|\.)(twitter|x)\.com$/.test(host) ? 'twitter' : u.value.startsWith('skype:') ? 'skype' : 'website';
    web[key] ??= u.value;
  }
  return web;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

function locationOf(l: CandidateCreateInput['location']): Record<string, string> | undefined {
  if (!l) return undefined;
  const out: Record<string, string> = {};
  if (l.city) out.city = l.city;
  if (l.region) out.region = l.region;
  if (l.country) out.country = l.country;
  if (l.country_code) out.countryCode = l.country_code.toLowerCase();
  return out;
}

/** The body of `POST /jobs/{jobId}/candidates`: the candidate and their application, with the source named. */
export function fromCandidateCreateInput(input: CandidateCreateInput, productName: string): { jobId: string; body: Record<string, unknown> } {
  const body: Record<string, unknown> = { firstName: input.first_name, lastName: input.last_name, email: input.email };
  if (input.phone_number) body.phoneNumber = input.phone_number;
  const location = locationOf(input.location);
  if (location) body.location = location;
  const web = webOf(input.urls);
  if (web) body.web = web;
  if (input.tags) body.tags = input.tags;
  body.sourceDetails = input.source
    ? { sourceTypeId: input.source.type_id, sourceId: input.source.value_id, ...(input.source.sub_type_id ? { sourceSubTypeId: input.source.sub_type_id } : {}) }
    : defaultSource(productName);
  return { jobId: input.job_id, body };
}

/**
 * An update split the way SmartRecruiters takes it: contact fields in one PATCH, tags replaced
 * with PUT …/tags, each custom field with PUT …/properties/{id}.
 */
export function fromCandidateUpdateInput(input: CandidateUpdateInput): { patch: Record<string, unknown> | undefined; tags: string[] | undefined; properties: { id: string; value: unknown }[] } {
  const patch: Record<string, unknown> = {};
  if (input.first_name !== undefined) patch.firstName = input.first_name;
  if (input.last_name !== undefined) patch.lastName = input.last_name;
  if (input.email !== undefined) patch.email = input.email;
  if (input.phone_number !== undefined) patch.phoneNumber = input.phone_number;
  const location = locationOf(input.location);
  if (location) patch.location = location;
  const web = webOf(input.urls);
  if (web) patch.web = web;
  return {
    patch: Object.keys(patch).length > 0 ? patch : undefined,
    tags: input.tags,
    properties: Object.entries(input.custom_fields ?? {}).map(([id, value]) => ({ id, value })),
  };
}
