import { timingSafeEqual } from 'node:crypto';
import { SimError } from '../core/sim-error.js';
import type { SeedOptions } from '../state/sim-state.js';
import { createCompany, type CompanyCredentials, type CompanyOptions, type SimCompany } from './sim-company.js';

export const MAX_COMPANIES = 200;

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The companies of one simulator, in creation order; the first is the default. Routing is by
 * credential alone: a request whose credential no company knows goes to the default company,
 * whose authenticator then refuses it (401), so an unknown key never learns other companies exist.
 */
export class CompanyRegistry {
  private readonly list: SimCompany[] = [];

  constructor(private readonly make: (id: string, index: number) => Omit<CompanyOptions, 'id'>) {}

  get all(): readonly SimCompany[] {
    return this.list;
  }

  get default(): SimCompany {
    return this.list[0] as SimCompany;
  }

  /** Adds a company; seed fields not given follow the simulator's (seed: the simulator's + index). */
  add(overrides: { readonly seed?: Partial<SeedOptions>; readonly credentials?: Partial<CompanyCredentials> } = {}): SimCompany {
    if (this.list.length >= MAX_COMPANIES) throw new SimError(409, 'TOO_MANY_COMPANIES', `a simulator holds at most ${MAX_COMPANIES} companies`);
    const index = this.list.length;
    const id = `c${index + 1}`;
    const base = this.make(id, index);
    const wanted = overrides.credentials ?? {};
    for (const c of this.list) {
      const k = c.credentials;
      if ((wanted.apiKey !== undefined && same(k.apiKey, wanted.apiKey)) || (wanted.scimToken !== undefined && same(k.scimToken, wanted.scimToken)) || (wanted.oauthClient !== undefined && same(k.oauthClient.clientId, wanted.oauthClient.clientId))) {
        throw new SimError(409, 'DUPLICATE_CREDENTIAL', `a credential of ${c.id} was given; each company needs its own`);
      }
    }
    const company = createCompany({ ...base, id, seed: { ...base.seed, ...overrides.seed }, credentials: wanted });
    company.state.baseUrl = base.baseUrl();
    this.list.push(company);
    return company;
  }

  /** The company with this handle, or a 404 naming it. */
  get(id: string | null | undefined): SimCompany {
    if (id === null || id === undefined || id === '') return this.default;
    const c = this.list.find((x) => x.id === id);
    if (!c) throw new SimError(404, 'NOT_FOUND', `company: no company "${id}" (known: ${this.list.map((x) => x.id).join(', ')})`);
    return c;
  }

  /**
   * The company whose API key or bearer token these headers carry; else, for the public Posting
   * API (`/v1/companies/{companyIdentifier}/…`, no credential), the company it names; else the default.
   */
  forApiRequest(headers: Record<string, string>, pathname: string): SimCompany {
    if (this.list.length === 1) return this.default;
    const byCredential = this.list.find((c) => c.auth.recognizes(headers));
    if (byCredential) return byCredential;
    const named = /^\/v1\/companies\/([^/]+)/.exec(pathname)?.[1];
    if (named === undefined) return this.default;
    let ident: string;
    try {
      ident = decodeURIComponent(named).toLowerCase();
    } catch {
      return this.default;
    }
    return this.list.find((c) => c.state.companyId.toLowerCase() === ident) ?? this.default;
  }

  forTokenRequest(form: Record<string, string>, basicAuth: string | undefined): SimCompany {
    if (this.list.length === 1) return this.default;
    return this.list.find((c) => c.auth.ownsClient(form, basicAuth)) ?? this.default;
  }

  forScimToken(authorization: string | undefined): SimCompany {
    if (this.list.length === 1 || authorization === undefined) return this.default;
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    const token = m?.[1];
    return (token !== undefined && this.list.find((c) => same(c.credentials.scimToken, token))) || this.default;
  }
}
