import { executeAction, getAction, type ActionClient, type ActionDefinition } from '../../src/actions/index.js';
import { exampleRefNames } from '../../src/spec/examples/request-examples.js';
import { sampleInput } from '../support/actions/sample-input.js';

type Json = Record<string, unknown>;
type Resolver = (f: ActionFixtures) => Promise<string>;

const asObj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const itemsOf = (data: unknown): unknown[] => (Array.isArray(data) ? data : Array.isArray(asObj(data)['content']) ? (asObj(data)['content'] as unknown[]) : []);
const idOf = (item: unknown, ...keys: string[]): string | undefined => {
  if (typeof item === 'string') return item;
  for (const k of [...keys, 'id']) {
    const v = asObj(item)[k];
    if (typeof v === 'string' || typeof v === 'number') return String(v);
  }
  return undefined;
};

/** Which record a path parameter names: `/candidates/{id}` → candidateId, `/users/{id}` → userId. */
export function idKeyOf(action: ActionDefinition, param: string): string {
  // A candidate's offers live under the application that has them, not under the main one.
  if (action.operation.path.startsWith('/candidates/{id}/jobs/{jobId}/offers')) {
    if (param === 'id') return 'offerCandidateId';
    if (param === 'jobId') return 'offerJobId';
  }
  const segments = action.operation.path.split('/');
  const at = segments.indexOf(`{${param}}`);
  const before = segments[at - 1] ?? '';
  const byCollection: Record<string, string> = {
    candidates: 'candidateId',
    users: 'userId',
    'job-properties': 'jobPropertyId',
    departments: 'departmentId',
    'candidate-properties': 'candidatePropertyId',
    'predefined-locations': 'predefinedLocationId',
    templates: 'interviewTemplateId',
  };
  if (param === 'id') return byCollection[before] ?? `${before}Id`;
  if (param === 'valueId') return action.operation.path.includes('/job-properties/') ? 'jobPropertyValueId' : 'candidatePropertyValueId';
  if (param === 'uuid') return 'postingUuid';
  if (param === 'candidateId' && action.operation.path.startsWith('/postings/')) return 'appliedCandidateId';
  if (param === 'dependentId' && segments.includes('values') && segments.indexOf('values') < at) return 'dependentId';
  return param;
}

/**
 * Real ids from a running simulator, found the way an integrator would: list the records, or create
 * one when the list is empty. Each id is looked up once. Destructive actions get records of their
 * own (`freshFor`), so a delete never removes what another action reads.
 */
export class ActionFixtures {
  private readonly cache = new Map<string, Promise<string>>();
  private readonly objects = new Map<string, Promise<unknown>>();

  constructor(readonly client: ActionClient) {}

  id(key: string): Promise<string> {
    let p = this.cache.get(key);
    if (!p) {
      const resolver = RESOLVERS[key];
      p = resolver ? resolver(this) : Promise.reject(new Error(`no fixture for ${key}`));
      this.cache.set(key, p);
    }
    return p;
  }

  /** One lookup that yields several ids (an offer with its candidate and job), done once. */
  once<T>(key: string, fn: () => Promise<T>): Promise<T> {
    let p = this.objects.get(key) as Promise<T> | undefined;
    if (!p) {
      p = fn();
      this.objects.set(key, p);
    }
    return p;
  }

  /** Runs an action with the example input for the given ids; throws on a non-2xx answer. */
  async run(name: string, params: Record<string, string | number> = {}, input: Json = {}): Promise<unknown> {
    const action = getAction(name);
    const full: Record<string, string | number> = { ...params };
    for (const p of action.operation.pathParams) full[p.name] ??= await this.id(idKeyOf(action, p.name));
    for (const p of action.operation.queryParams) if (p.required && p.name in RESOLVERS) full[p.name] ??= await this.id(p.name);
    for (const k of exampleRefNames(action.operationKey)) full[k] ??= await this.id(k);
    const r = await executeAction(this.client, action, { ...(await this.inputFor(action, full)), ...input });
    return r.data;
  }

  /**
   * The complete input: the example input for these ids, plus what only the server can say (the
   * answers a posting's apply form requires, read from its configuration as an integrator would).
   */
  async inputFor(action: ActionDefinition, params: Record<string, string | number>): Promise<Json> {
    const input = sampleInput(action, { params });
    const extra = await EXTRAS[action.name]?.(this, params);
    return extra ? { ...input, body: { ...asObj(input.body), ...extra } } : input;
  }

  async firstOf(name: string, params: Record<string, string | number> = {}, ...keys: string[]): Promise<string | undefined> {
    return idOf(itemsOf(await this.run(name, params))[0], ...keys);
  }

  /** The first item's id; an empty list is a fixture failure, said plainly. */
  async must(name: string, params: Record<string, string | number> = {}, ...keys: string[]): Promise<string> {
    const found = await this.firstOf(name, params, ...keys);
    if (!found) throw new Error(`${name} returned no items`);
    return found;
  }

  async listOrCreate(list: string, create: string, params: Record<string, string | number> = {}, ...keys: string[]): Promise<string> {
    const found = await this.firstOf(list, params, ...keys);
    if (found) return found;
    const created = idOf(await this.run(create, params), ...keys);
    if (!created) throw new Error(`${create} returned no id`);
    return created;
  }

  /** Ids to use for one action: its path params plus the ids its example body refers to. */
  async paramsFor(action: ActionDefinition): Promise<Record<string, string>> {
    const fresh = await FRESH[action.name]?.(this);
    const out: Record<string, string> = {};
    for (const p of action.operation.pathParams) out[p.name] = fresh?.[p.name] ?? (await this.id(idKeyOf(action, p.name)));
    // Required query filters that name records (`?candidateId=&jobId=`) get real ids too.
    for (const p of action.operation.queryParams) if (p.required && p.name in RESOLVERS) out[p.name] = fresh?.[p.name] ?? (await this.id(p.name));
    for (const k of exampleRefNames(action.operationKey)) out[k] = fresh?.[k] ?? (await this.id(k));
    return out;
  }
}

/** The first seeded candidate with a primary assignment, and that job. */
function mainCandidate(f: ActionFixtures): Promise<{ candidateId: string; jobId: string }> {
  return f.once('mainCandidate', async () => {
    const data = await f.run('search_candidates', { limit: 50 });
    for (const c of itemsOf(data)) {
      const jobId = idOf(asObj(asObj(c)['primaryAssignment'])['job']);
      if (jobId) return { candidateId: idOf(c) as string, jobId };
    }
    throw new Error('no seeded candidate with a primary assignment');
  });
}

const lastSegment = (url: unknown) => (typeof url === 'string' ? decodeURIComponent(url.split('/').pop() ?? '') : undefined);

/**
 * An offer with its candidate and job, as an integrator finds one: GET /offers, then follow the
 * offer's documented `actions.candidate` / `actions.job` links.
 */
function offerRef(f: ActionFixtures): Promise<{ offerId: string; candidateId: string; jobId: string }> {
  return f.once('offerRef', async () => {
    const offer = asObj(itemsOf(await f.run('search_offers', { limit: 10 }))[0]);
    const links = asObj(offer['actions']);
    const offerId = idOf(offer);
    const candidateId = lastSegment(asObj(links['candidate'])['url']);
    const jobId = lastSegment(asObj(links['job'])['url']);
    if (!offerId || !candidateId || !jobId) throw new Error('search_offers returned no offer with candidate and job links');
    return { offerId, candidateId, jobId };
  });
}

/** A new candidate on the main job, for actions that remove it. */
async function freshApplication(f: ActionFixtures): Promise<{ id: string; jobId: string }> {
  const jobId = await f.id('jobId');
  const created = asObj(await f.run('create_a_new_candidate_and_assign_to_a_job', { jobId }));
  return { id: String(created['id']), jobId };
}

const RESOLVERS: Record<string, Resolver> = {
  candidateId: async (f) => (await mainCandidate(f)).candidateId,
  jobId: async (f) => (await mainCandidate(f)).jobId,
  userId: async (f) => (await f.firstOf('list_users', { limit: 5 })) as string,
  applicationId: async (f) => idOf(await f.run('get_candidate_application')) as string,
  jobApplicationId: (f) => f.id('applicationId'),
  applicationUuid: (f) => f.id('applicationId'),
  companyIdentifier: async (f) => {
    const c = asObj(await f.run('get_company_information'));
    const identifier = c['identifier'] ?? c['id'];
    if (typeof identifier !== 'string') throw new Error('get_company_information returned no identifier');
    return identifier;
  },
  postingId: (f) => f.must('list_postings'),
  postingUuid: (f) => f.must('list_postings', {}, 'uuid'),
  appliedCandidateId: async (f) => idOf(await f.run('create_candidate_application')) as string,
  approvalRequestId: (f) => f.listOrCreate('list_pending_approvals', 'create_approval_request'),
  attachmentId: async (f) => idOf(await f.run('upload_candidate_attachment_for_job')) as string,
  accessGroupId: (f) => f.listOrCreate('list_access_groups', 'create_access_group'),
  jobPropertyId: (f) => f.must('list_job_properties'),
  jobPropertyValueId: (f) => f.listOrCreate('get_job_property_values', 'create_job_property_value'),
  dependentId: async (f) => {
    const own = await f.firstOf('get_job_property_dependents');
    if (own) return own;
    const [, second] = itemsOf(await f.run('list_job_properties'));
    const id = idOf(second);
    if (!id) throw new Error('list_job_properties returned fewer than two properties');
    // The id is passed in, so the example body does not ask for the id being resolved here.
    await f.run('create_job_property_dependents', { dependentId: id });
    return id;
  },
  // A value of the dependent property (the body of add_job_property_dependent_value names one).
  dependentValueId: async (f) => f.must('get_job_property_values', { id: await f.id('dependentId') }),
  departmentId: (f) => f.must('list_departments'),
  'hiring-processesId': (f) => f.must('list_hiring_processes'),
  candidatePropertyId: (f) => f.must('list_candidate_properties'),
  candidatePropertyValueId: (f) => f.listOrCreate('get_candidate_property_values', 'create_candidate_property_value'),
  sourceType: (f) => f.must('get_source_types'),
  sourceValueId: (f) => f.must('get_source_values'),
  sourceIdentifier: (f) => f.id('sourceValueId'),
  careerSiteId: (f) => f.must('list_career_sites'),
  predefinedLocationId: (f) => f.listOrCreate('list_predefined_locations', 'create_predefined_location'),
  interviewTemplateId: (f) => f.listOrCreate('list_interview_templates', 'create_interview_template'),
  hiringStage: async () => 'INTERVIEW',
  jobInterviewTemplateId: (f) => f.listOrCreate('list_job_interview_templates', 'save_job_interview_template'),
  interviewId: async (f) => idOf(await f.run('create_interview')) as string,
  timeslotId: async (f) => {
    const interview = asObj(await f.run('get_interview'));
    return idOf((interview['timeslots'] as unknown[] | undefined)?.[0]) ?? (idOf(await f.run('create_timeslot')) as string);
  },
  interviewType: async (f) => (await f.firstOf('get_interview_types')) ?? 'Video',
  positionId: async (f) => idOf(await f.run('create_job_position')) as string,
  jobAdId: (f) => f.listOrCreate('list_job_ads', 'create_job_ad'),
  offerId: async (f) => (await offerRef(f)).offerId,
  offerCandidateId: async (f) => (await offerRef(f)).candidateId,
  offerJobId: async (f) => (await offerRef(f)).jobId,
  documentId: (f) => f.must('list_offer_documents'),
  reviewId: async (f) => (await f.firstOf('get_candidate_reviews')) ?? (idOf(await f.run('create_review')) as string),
};

const SELECTS = new Set(['SINGLE_SELECT', 'MULTI_SELECT', 'RADIO', 'CHECKBOX']);

/** Answers to every required field of a posting's screening questions (Application API format). */
async function requiredAnswers(f: ActionFixtures, uuid: string | number): Promise<Json> {
  const config = asObj(await f.run('get_application_configuration_for_posting', { uuid }));
  const answers: Json[] = [];
  for (const q of (config['questions'] as unknown[] | undefined) ?? []) {
    const fields: Record<string, string[]> = {};
    for (const field of (asObj(q)['fields'] as unknown[] | undefined) ?? []) {
      const fd = asObj(field);
      if (fd['required'] !== true) continue;
      const options = (fd['values'] as unknown[] | undefined) ?? [];
      fields[String(fd['id'])] = SELECTS.has(String(fd['type'])) ? [idOf(options[0]) ?? ''] : ['I enjoy building reliable data tools.'];
    }
    if (Object.keys(fields).length) answers.push({ id: asObj(q)['id'], records: [{ fields }] });
  }
  return answers.length ? { answers } : {};
}

const EXTRAS: Record<string, (f: ActionFixtures, params: Record<string, string | number>) => Promise<Json>> = {
  create_candidate_application: async (f, params) => requiredAnswers(f, params['uuid'] ?? (await f.id('postingUuid'))),
};

/** Actions that get records of their own: destructive ones, and creates the main records already have. */
const FRESH: Record<string, (f: ActionFixtures) => Promise<Record<string, string>>> = {
  // A decided approval cannot be decided again: reject gets another pending one, or one of its own
  // on another job (a job has at most one pending request).
  reject_approval_request: async (f) => {
    const used = await f.id('approvalRequestId');
    const other = itemsOf(await f.run('list_pending_approvals')).map((a) => idOf(a)).find((id) => id && id !== used);
    if (other) return { approvalRequestId: other };
    const mainJob = await f.id('jobId');
    const job = itemsOf(await f.run('search_jobs', { limit: 10 })).map((j) => idOf(j)).find((id) => id && id !== mainJob);
    if (!job) throw new Error('search_jobs returned no second job');
    const created = await f.run('create_approval_request', {}, { body: { baseId: job, type: 'JOB' } });
    return { approvalRequestId: idOf(created) as string };
  },
  // The API user has reviewed the seeded application already (one review per reviewer).
  create_review: async (f) => {
    const app = await freshApplication(f);
    return { candidateId: app.id, jobId: app.jobId };
  },
  delete_candidate: async (f) => ({ id: idOf(await f.run('create_candidate')) as string }),
  delete_candidate_application: (f) => freshApplication(f),
  delete_job_application: async (f) => {
    const app = await freshApplication(f);
    return { jobApplicationId: idOf(await f.run('get_candidate_application', app)) as string };
  },
};
