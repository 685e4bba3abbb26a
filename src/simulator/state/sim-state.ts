import { hashString, mix, uuidFrom } from '../core/seeded-random.js';
import { CandidateStore } from './candidate-store.js';
import { JobStore } from './job-store.js';
import { COMPANY_NAMES, DEPARTMENTS, LOCATIONS, slug } from './name-tables.js';
import { UserStore } from './user-store.js';

export interface SeedOptions {
  readonly seed: number;
  readonly candidates: number;
  readonly jobs: number;
  readonly users: number;
}

/** A state change, in the shape a SmartRecruiters webhook callback carries it. */
export interface SimEvent {
  readonly name: string;
  /** The callback body: ids only, snake_case as in the SDK's *WebhookPayload models. */
  readonly body: Record<string, string>;
  /** Absolute URL of the changed resource (the `link` delivery header). */
  readonly link: string;
}

export type SimEventListener = (event: SimEvent) => void;

/** The last 8 hex digits of an id as a number (candidate ids carry their index there). */
export function candidateTail(id: string): number {
  return parseInt(id.slice(-8), 16) >>> 0;
}

export const DEFAULT_SEED: SeedOptions = { seed: 1, candidates: 500, jobs: 40, users: 25 };

/**
 * Everything the simulator knows: one company with departments, users, jobs and candidates (each
 * area keeps its own records beside them). Every change that SmartRecruiters would announce goes through `emit`, the one
 * event hook (webhooks subscribe with `onEvent`).
 */
export class SimState {
  seedOptions: SeedOptions;
  companyId = '';
  companyName = '';
  departments: { id: string; label: string; description: string }[] = [];
  candidates!: CandidateStore;
  jobs!: JobStore;
  users!: UserStore;
  /** Base URL used in links and `actions`; set by the server once it listens. */
  baseUrl = 'http://127.0.0.1';
  private readonly listeners = new Set<SimEventListener>();
  private mutationRound = 0;
  /**
   * Generated dates are relative to this instant (the start of the day the simulator started),
   * so one seed gives the same data on every run that day and after every reset.
   */
  readonly anchor: number;

  constructor(
    options: SeedOptions,
    readonly now: () => number,
  ) {
    this.seedOptions = options;
    this.anchor = Math.floor(now() / 86_400_000) * 86_400_000;
    this.reseed(options);
  }

  reseed(options: SeedOptions): void {
    this.seedOptions = options;
    const { seed } = options;
    const now = this.anchor;
    const company = COMPANY_NAMES[mix(seed, 1) % COMPANY_NAMES.length] as string;
    this.companyName = company;
    this.companyId = `${company.replace(/\s+/g, '')}${seed}`;
    this.departments = DEPARTMENTS.map((label, i) => ({
      id: String(1000 + (mix(seed, i, 101) % 9000)) + String(i),
      label,
      description: `${label} at ${company}`,
    }));
    this.users = new UserStore(seed);
    this.users.generate(options.users, `${slug(company)}.example.com`, now);
    this.jobs = new JobStore(seed);
    this.jobs.generate(options.jobs, this.departments, this.users.list, now);
    this.candidates = new CandidateStore(seed, { jobIdAt: (i) => this.jobs.idAt(i), jobIndexOf: (id) => this.jobs.indexOf(id) });
    this.candidates.generate(options.candidates, options.jobs, now);
    this.mutationRound = 0;
  }

  /** Subscribes to state changes; answers an unsubscribe function. */
  onEvent(listener: SimEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Announces a change; `path` is the resource path the `link` header points to. */
  emit(name: string, body: Record<string, string>, path: string): void {
    const event: SimEvent = { name, body, link: `${this.baseUrl}${path}` };
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A faulty subscriber must not break the request that changed the state.
      }
    }
  }

  /**
   * The id of a candidate's application to a job. It ends with the candidate id's last 8 hex digits
   * (which name the candidate's index), so `locateApplication` finds the candidate at once instead
   * of indexing a million ids first.
   */
  applicationId(candidateId: string, jobId: string): string {
    return uuidFrom(hashString(candidateId), hashString(jobId), mix(this.seedOptions.seed, 9, hashString(candidateId + jobId, 7)), candidateTail(candidateId));
  }

  locations(): typeof LOCATIONS {
    return LOCATIONS;
  }

  resourceCounts(): Record<string, number> {
    return {
      candidates: this.candidates.live,
      jobs: this.jobs.list.length,
      users: this.users.list.length,
      departments: this.departments.length,
      applications: this.countApplications(),
    };
  }

  /** A fresh seeded round number, so successive `/__sim/mutate` calls pick different records. */
  nextMutationRound(): number {
    return ++this.mutationRound;
  }

  private countApplications(): number {
    // Exact for small companies; an estimate (3 samples per 1000) keeps stats cheap for a million.
    const c = this.candidates;
    if (c.size <= 20_000) {
      let n = 0;
      for (let i = 0; i < c.size; i++) if (c.isLive(i)) n += c.get(i).applications.length;
      return n;
    }
    let sampled = 0;
    let apps = 0;
    for (let i = 0; i < c.size; i += 333) {
      if (!c.isLive(i)) continue;
      sampled++;
      apps += c.get(i).applications.length;
    }
    return sampled === 0 ? 0 : Math.round((apps / sampled) * c.live);
  }
}
