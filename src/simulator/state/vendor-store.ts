import { SeededRandom, mix } from '../core/seeded-random.js';
import { companionOf } from './companion-of.js';
import { RecordTable } from './record-table.js';
import type { SimState } from './sim-state.js';

/** Order states an assessment partner moves an order through (not documented; a careful choice). */
export const ORDER_STATUSES = ['NEW', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
/** What a partner may report on `PATCH …/orders/{orderId}/results`. */
export const RESULT_STATUSES = ['IN_PROGRESS', 'COMPLETED', 'CANCELLED'] as const;

export interface AssessmentPackage {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

export interface OrderAttachment {
  readonly id: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  readonly createdOn: number;
}

export interface AssessmentOrder {
  readonly id: string;
  readonly candidateId: string;
  readonly jobId: string;
  readonly applicationId: string;
  readonly packageId: string;
  status: OrderStatus;
  readonly createdOn: number;
  updatedOn: number;
  result?: { score?: number; summary?: string; resultUrl?: string; updatedOn: number };
  readonly attachments: OrderAttachment[];
}

export interface PartnerConfigRecord {
  readonly id: string;
  name: string;
  values: Record<string, unknown>;
  readonly createdOn: number;
  updatedOn: number;
}

export interface FeedPublicationState {
  status: string;
  externalId?: string;
  url?: string;
  message?: string;
  updatedOn: number;
}

const DAY = 86_400_000;
const MAX_SAMPLED_CANDIDATES = 500;
const PACKAGES: readonly [string, string][] = [['Cognitive ability', 'General reasoning, 30 minutes'], ['Personality profile', 'Work-style questionnaire'], ['Coding challenge', 'Two programming tasks, 90 minutes']];

/** The assessment-vendor, partner and job-feed side of one company: orders, partner set-up, feed states. */
export class VendorStore {
  readonly packages: AssessmentPackage[];
  readonly orders: RecordTable<AssessmentOrder>;
  readonly attachmentIds: RecordTable<{ id: string }>;
  readonly partnerConfigs: RecordTable<PartnerConfigRecord>;
  /** The assessment partner's own configuration (`/assessment-api/v202010/partner/configuration`). */
  partnerConfiguration: Record<string, unknown>;
  /** Companies that enabled the partner: company id → settings given at set-up. */
  readonly integrations = new Map<string, { settings: Record<string, unknown>; createdOn: number; updatedOn: number }>();
  /** Job-board side states of feed publications, by posting UUID. */
  readonly feed = new Map<string, FeedPublicationState>();

  constructor(state: SimState) {
    const seed = state.seedOptions.seed;
    this.orders = new RecordTable(seed, 801);
    this.attachmentIds = new RecordTable(seed, 802);
    this.partnerConfigs = new RecordTable(seed, 803);
    const ids = new RecordTable<{ id: string }>(seed, 804);
    this.packages = PACKAGES.map(([name, description]) => ({ id: ids.newId(), name, description }));
    this.partnerConfiguration = { name: 'Sample Assessments Inc.', description: 'Assessments ordered from SmartRecruiters', packages: this.packages.map((p) => ({ ...p })) };
    const store = state.candidates;
    const stride = Math.max(1, Math.ceil(store.size / MAX_SAMPLED_CANDIDATES));
    for (let i = 0; i < store.size; i += stride) {
      if (!store.isLive(i)) continue;
      const c = store.get(i);
      const r = new SeededRandom(mix(seed, i, 805));
      for (const app of c.applications) {
        if ((app.status !== 'IN_REVIEW' && app.status !== 'INTERVIEW') || r.next() > 0.35) continue;
        const createdOn = Math.min(state.anchor - DAY, app.createdOn + DAY * (1 + r.int(10)));
        const status: OrderStatus = (['NEW', 'IN_PROGRESS', 'COMPLETED', 'COMPLETED'] as const)[r.int(4)]!;
        const order: AssessmentOrder = {
          id: this.orders.newId(), candidateId: c.id, jobId: app.jobId, applicationId: state.applicationId(c.id, app.jobId), packageId: this.packages[r.int(this.packages.length)]!.id,
          status, createdOn, updatedOn: createdOn + (status === 'NEW' ? 0 : DAY), attachments: [],
        };
        if (status === 'COMPLETED') order.result = { score: 40 + r.int(61), summary: 'Completed within the time limit', resultUrl: `https://assessments.example.com/results/${order.id}`, updatedOn: order.updatedOn };
        this.orders.add(order);
      }
    }
    const now = state.anchor;
    this.partnerConfigs.add({ id: this.partnerConfigs.newId(), name: 'Default package mapping', values: { defaultPackageId: this.packages[0]!.id, sendReminders: true }, createdOn: now - 30 * DAY, updatedOn: now - 30 * DAY });
  }
}

/** The vendor store of the state's current population. */
export const vendorsOf = companionOf((state) => state.candidates, (state): VendorStore => new VendorStore(state));
