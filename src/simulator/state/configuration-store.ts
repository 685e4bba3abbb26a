import { mix, uuidFrom } from '../core/seeded-random.js';
import type { SimState } from './sim-state.js';
import { companionOf } from './companion-of.js';
import {
  ACCESS_GROUP_SEED, CANDIDATE_PROPERTY_SEED, CONFIG_KIND, configurationId, CAREER_SITE_SEED, DEPENDENT_SEED, HIRING_PROCESS_SEED, JOB_PROPERTY_SEED,
  OFFER_PROPERTY_SEED, REJECTION_REASONS, SOURCE_SEED, SOURCE_TYPE_SEED, WITHDRAWAL_REASONS,
} from './configuration-seed.js';

export interface Translation { language: string; label: string }
export interface JobPropertyValue { id: string; label: string; archived: boolean; translations: Translation[] }
export interface JobProperty {
  id: string;
  label: string;
  category: 'job' | 'organization';
  active: boolean;
  visible: boolean;
  required: boolean;
  translations: Translation[];
  values: JobPropertyValue[];
  /** Ids of job properties whose values depend on this one's value. */
  dependents: string[];
  /** parent value id → dependent property id → allowed dependent value ids. */
  dependentValues: Map<string, Map<string, Set<string>>>;
}
export interface CandidateProperty { id: string; label: string; type: string; availability: { toUsers: 'ALL' | 'FULL_ACCESS' }; values: { id: string; label: string }[] }
export interface PredefinedLocation {
  id: string; identifier: string; city: string; region?: string; regionCode?: string; country: string; countryCode?: string;
  address?: string; postalCode?: string; latitude?: number; longitude?: number; remote: boolean;
}
export interface HiringProcess { id: string; name: string; active: boolean; subStatuses: Record<'IN_REVIEW' | 'INTERVIEW' | 'OFFERED', { id: string; label: string }[]> }
export interface SourceValue { id: string; label: string; type: string; subType: string }
export interface AccessGroup { id: string; name: string; description: string; members: Set<string> }

/** Everything under `/configuration` plus access-group membership, for one seed of a SimState. */
export class ConfigurationStore {
  readonly jobProperties: JobProperty[] = [];
  readonly candidateProperties: CandidateProperty[] = [];
  readonly locations: PredefinedLocation[] = [];
  readonly hiringProcesses: HiringProcess[] = [];
  readonly sourceTypes = SOURCE_TYPE_SEED.map((t) => ({ ...t, subtypes: [...t.subtypes] }));
  readonly sources: SourceValue[] = SOURCE_SEED.map((s) => ({ ...s }));
  readonly rejectionReasons: { id: string; label: string }[];
  readonly withdrawalReasons: { id: string; label: string }[];
  readonly offerCategories = OFFER_PROPERTY_SEED;
  readonly careerSites: { id: string; name: string; language: string; url: string; default: boolean }[];
  readonly accessGroups: AccessGroup[] = [];
  private counter = 0;

  constructor(private readonly state: SimState) {
    const seed = state.seedOptions.seed;
    const id = (kind: number, i: number) => configurationId(seed, kind, i);
    JOB_PROPERTY_SEED.forEach((p, i) => {
      this.jobProperties.push({
        id: id(301, i), label: p.label, category: p.category, active: i !== JOB_PROPERTY_SEED.length - 1, visible: true, required: p.required,
        translations: [], values: p.values.map((label, j) => ({ id: id(302, i * 100 + j), label, archived: false, translations: [] })),
        dependents: [], dependentValues: new Map(),
      });
    });
    this.seedDependents();
    CANDIDATE_PROPERTY_SEED.forEach((p, i) => {
      this.candidateProperties.push({
        id: id(303, i), label: p.label, type: p.type, availability: { toUsers: i % 4 === 3 ? 'FULL_ACCESS' : 'ALL' },
        values: (p.values ?? []).map((label, j) => ({ id: id(304, i * 100 + j), label })),
      });
    });
    state.locations().forEach((l, i) => {
      this.locations.push({
        id: id(305, i), identifier: `LOC-${l.countryCode.toUpperCase()}-${String(i + 1).padStart(2, '0')}`, city: l.city, region: l.region,
        regionCode: l.regionCode, country: l.country, countryCode: l.countryCode, latitude: l.lat, longitude: l.lng, remote: false,
      });
    });
    HIRING_PROCESS_SEED.forEach((h, i) => {
      const sub = (labels: readonly string[], k: number) => labels.map((label, j) => ({ id: id(307, i * 1000 + k * 100 + j), label }));
      this.hiringProcesses.push({ id: id(306, i), name: h.name, active: h.active, subStatuses: { IN_REVIEW: sub(h.inReview, 0), INTERVIEW: sub(h.interview, 1), OFFERED: sub(h.offered, 2) } });
    });
    this.rejectionReasons = REJECTION_REASONS.map((label, i) => ({ id: id(CONFIG_KIND.rejectionReason, i), label }));
    this.withdrawalReasons = WITHDRAWAL_REASONS.map((label, i) => ({ id: id(CONFIG_KIND.withdrawalReason, i), label }));
    const host = `careers.${state.companyId.toLowerCase()}.example.com`;
    this.careerSites = CAREER_SITE_SEED.map((c, i) => ({ id: id(310, i), name: c.name, language: c.language, url: `https://${host}${c.path}`, default: i === 0 }));
    ACCESS_GROUP_SEED.forEach((g, i) => {
      const users = state.users.list;
      // "All employees" holds every seeded user; the others a deterministic slice of them.
      const members = new Set(users.filter((_, u) => i === 0 || mix(seed, i, u, 311) % 4 === 0).map((u) => u.id));
      this.accessGroups.push({ id: id(312, i), name: g.name, description: g.description, members });
    });
  }

  /** A fresh id for a record created through the API. */
  newId(): string {
    this.counter++;
    return uuidFrom(mix(this.state.seedOptions.seed, 399, this.counter), mix(this.counter, 398), this.state.now() >>> 0, this.counter);
  }

  private seedDependents(): void {
    const unit = this.jobProperties.find((p) => p.label === 'Business unit');
    const team = this.jobProperties.find((p) => p.label === 'Team');
    if (!unit || !team) return;
    unit.dependents.push(team.id);
    for (const v of unit.values) {
      const allowed = new Set(team.values.filter((t) => DEPENDENT_SEED[v.label]?.includes(t.label)).map((t) => t.id));
      unit.dependentValues.set(v.id, new Map([[team.id, allowed]]));
    }
  }
}

// Keyed on the state's UserStore, which SimState.reseed replaces: a reset or re-seed of the
// simulator starts configuration afresh without sim-state.ts knowing about this area.
/** The configuration of the state's current seed (created on first use). */
export const configurationOf = companionOf((state) => state.users, (state): ConfigurationStore => new ConfigurationStore(state));
