import { paginate } from '../../core/paginate.js';
import { SimError, notFound } from '../../core/sim-error.js';
import type { Area, AreaContext, Handler, QueryValue, SimRequest } from '../../core/types.js';
import { allPostings, findPosting, type Posting } from '../../state/postings.js';
import type { SimState } from '../../state/sim-state.js';
import { postingDetails, postingSummary } from './posting-views.js';

const lower = (v: unknown) => String(v ?? '').toLowerCase();
const text = (v: QueryValue | undefined) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

function company(state: SimState, req: SimRequest): void {
  const id = req.params['companyIdentifier'] ?? '';
  // Career-site identifiers are matched without regard to case, like the URLs they come from.
  if (id.toLowerCase() !== state.companyId.toLowerCase()) throw new SimError(404, 'COMPANY_NOT_FOUND', `Company not found: ${id}`);
}

/** Which postings `destination` admits; INTERNAL_OR_PUBLIC keeps one side per job, internal winning. */
function byDestination(items: Posting[], destination: string): Posting[] {
  if (destination === 'PUBLIC' || destination === 'INTERNAL') return items.filter((p) => p.publication.visibility === destination);
  const internalJobs = new Set(items.filter((p) => p.publication.visibility === 'INTERNAL').map((p) => p.job.id));
  return items.filter((p) => p.publication.visibility === 'INTERNAL' || !internalJobs.has(p.job.id));
}

function filterPostings(req: SimRequest, items: Posting[]): Posting[] {
  const q = req.query;
  const releasedAfter = text(q['releasedAfter']);
  const after = releasedAfter === undefined ? undefined : Date.parse(releasedAfter);
  if (after !== undefined && Number.isNaN(after)) throw new SimError(400, 'INVALID_FIELD', `releasedAfter: must be an ISO 8601 date-time, got "${releasedAfter}"`);
  const languages = text(q['language'])?.split(',').map((s) => s.trim().toLowerCase());
  const locationTypes = ([] as QueryValue[]).concat(q['locationType'] ?? []).map(String);
  const custom = [...new Set(req.rawQuery.keys())].filter((k) => k.startsWith('custom_field.')).map((k) => ({ id: k.slice('custom_field.'.length), values: req.rawQuery.getAll(k).flatMap((v) => v.split(',')) }));
  const search = text(q['q'])?.toLowerCase();
  const country = text(q['country'])?.toLowerCase();
  const region = text(q['region'])?.toLowerCase();
  const city = text(q['city'])?.toLowerCase();
  const department = text(q['department']);
  const jobAdId = text(q['jobAdId']);
  return byDestination(items, text(q['destination']) ?? 'PUBLIC').filter((p) => {
    const loc = p.job.location;
    if (search && ![p.ad.title, loc['city'], loc['region'], loc['country']].some((f) => lower(f).includes(search))) return false;
    if (country && lower(loc['countryCode']) !== country && lower(loc['country']) !== country) return false;
    if (region && lower(loc['region']) !== region && lower(loc['regionCode']) !== region) return false;
    if (city && lower(loc['city']) !== city) return false;
    if (department && p.job.department?.id !== department) return false;
    if (jobAdId && p.ad.id !== jobAdId) return false;
    if (languages && !languages.includes(p.ad.language.code.toLowerCase())) return false;
    if (after !== undefined && p.publication.publishedOn <= after) return false;
    // The simulator's jobs are remote or on-site; none is modelled as hybrid.
    if (locationTypes.length > 0 && !locationTypes.includes('ANY')) {
      const kind = loc['remote'] === true ? 'REMOTE' : 'ONSITE';
      if (!locationTypes.includes(kind)) return false;
    }
    for (const cf of custom) {
      const prop = p.job.properties.find((x) => x.id === cf.id);
      if (!prop || !cf.values.includes(prop.value.id)) return false;
    }
    return true;
  });
}

/** The public Posting API (no auth): live postings of published job ads, and departments. */
export function postingsArea({ state }: AreaContext): Area {
  const handlers: Record<string, Handler> = {
    'v1.listPostings': (req) => {
      company(state, req);
      const items = filterPostings(req, allPostings(state).filter((p) => p.active));
      return paginate(req, items.map((p) => postingSummary(state, req.baseUrl, p)));
    },
    // A posting that was unpublished still answers, with `active: false`; one never published is 404.
    'v1.getPosting': (req) => {
      company(state, req);
      const id = req.params['postingId'] ?? '';
      const p = findPosting(state, id);
      if (!p) throw notFound('Posting', id);
      const tracking: Record<string, string> = {};
      for (const k of ['sourceTypeId', 'sourceSubTypeId', 'sourceId']) {
        const v = text(req.query[k]);
        if (v) tracking[k] = v;
      }
      return { status: 200, body: postingDetails(state, req.baseUrl, p, tracking) };
    },
    'v1.listDepartments': (req) => {
      company(state, req);
      const content = state.departments.map((d) => ({ id: d.id, label: d.label, description: d.description }));
      return { status: 200, body: { totalFound: content.length, content } };
    },
  };
  return { name: 'postings', handlers };
}
