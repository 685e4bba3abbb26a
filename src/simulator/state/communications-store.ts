import { SeededRandom, mix } from '../core/seeded-random.js';
import { companionOf } from './companion-of.js';
import { RecordTable } from './record-table.js';
import type { SimEvent, SimState } from './sim-state.js';

export interface ShareWith {
  readonly users: readonly string[];
  readonly hiringTeamOf: readonly string[];
  readonly everyone: boolean;
  readonly openNote: boolean;
}

export interface MessageRecord {
  readonly id: string;
  readonly content: string;
  readonly authorId: string;
  readonly correlationId?: string;
  readonly shareWith: ShareWith;
  readonly createdOn: number;
}

export interface MessageTemplateRecord {
  readonly id: string;
  name: string;
  subject: string;
  body: string;
  language: string;
  readonly createdOn: number;
  updatedOn: number;
}

/** One user's choice for one notification type. */
export interface PreferenceRecord {
  readonly id: string;
  readonly userId: string;
  readonly notificationType: string;
  email: boolean;
  inApp: boolean;
  updatedOn: number;
}

export interface AuditEventRecord {
  readonly id: string;
  readonly eventType: string;
  readonly occurredOn: number;
  readonly actor: { readonly type: 'USER' | 'API'; readonly id: string };
  readonly entity: { readonly type: string; readonly id: string };
  readonly link: string;
}

/** SmartRecruiters' notification types a user can turn on or off per channel. */
export const NOTIFICATION_TYPES: readonly { id: string; name: string; description: string }[] = [
  { id: 'NEW_APPLICATION', name: 'New application', description: 'A candidate applied to a job you are on the hiring team of' },
  { id: 'MENTION', name: 'Mention', description: 'Someone @-mentioned you in a message' },
  { id: 'INTERVIEW_SCHEDULED', name: 'Interview scheduled', description: 'An interview you take part in was scheduled or moved' },
  { id: 'REVIEW_REQUESTED', name: 'Review requested', description: 'You were asked to review a candidate' },
  { id: 'OFFER_APPROVAL', name: 'Offer approval', description: 'An offer waits for your approval' },
  { id: 'JOB_APPROVAL', name: 'Job approval', description: 'A job waits for your approval' },
  { id: 'REPORT_READY', name: 'Report ready', description: 'A report file you have access to was generated' },
];

/** Audit entries kept: the newest this many, as a bounded log (a real one is retained for a period). */
export const MAX_AUDIT_EVENTS = 20_000;
const DAY = 86_400_000;

/** Messages, message templates, notification preferences and the audit log of one company. */
export class CommunicationsStore {
  readonly messages: RecordTable<MessageRecord>;
  readonly templates: RecordTable<MessageTemplateRecord>;
  readonly preferences: RecordTable<PreferenceRecord>;
  /** Company defaults per notification type; `locked` ones users cannot change. */
  readonly global = new Map<string, { email: boolean; inApp: boolean; locked: boolean }>();
  /** Oldest first, so a cursor walk stays stable while new entries are appended. */
  readonly audit: AuditEventRecord[] = [];
  private readonly auditIds: RecordTable<{ id: string }>;

  constructor(private readonly state: SimState) {
    const seed = state.seedOptions.seed;
    this.messages = new RecordTable(seed, 901);
    this.templates = new RecordTable(seed, 902);
    this.preferences = new RecordTable(seed, 903);
    this.auditIds = new RecordTable(seed, 904);
    const r = new SeededRandom(mix(seed, 905));
    const users = state.users.list;
    const author = users[0]?.id ?? '';
    for (const t of NOTIFICATION_TYPES) this.global.set(t.id, { email: t.id !== 'REPORT_READY', inApp: true, locked: t.id === 'OFFER_APPROVAL' });
    const templates: [string, string, string][] = [
      ['Interview invitation', 'Interview for {{job.title}}', 'Hello {{candidate.firstName}},\n\nWe would like to invite you to an interview for {{job.title}}.'],
      ['Rejection after review', 'Your application for {{job.title}}', 'Dear {{candidate.firstName}},\n\nThank you for your interest. We decided to move forward with other candidates.'],
      ['Offer follow-up', 'Your offer from {{company.name}}', 'Hi {{candidate.firstName}}, we hope you had time to read your offer.'],
    ];
    templates.forEach(([name, subject, body], i) => {
      const at = state.anchor - (90 - i * 20) * DAY;
      this.templates.add({ id: this.templates.newId(), name, subject, body, language: 'en', createdOn: at, updatedOn: at });
    });
    // A few notes on early candidates, shared with the hiring team of the job they applied to.
    const store = state.candidates;
    for (let i = 0; i < Math.min(store.size, 12); i++) {
      if (!store.isLive(i)) continue;
      const c = store.get(i);
      const jobId = c.applications[0]?.jobId;
      if (!jobId) continue;
      const by = users[r.int(Math.max(1, users.length))]?.id ?? author;
      this.messages.add({ id: this.messages.newId(), content: `Spoke with #[CANDIDATE:${c.id}] today, strong fit.`, authorId: by, shareWith: { users: [], hiringTeamOf: [jobId], everyone: false, openNote: false }, createdOn: Math.min(state.anchor - DAY, c.createdOn + DAY * (1 + r.int(5))) });
    }
    // The log starts with the company's own history: its users and jobs being created.
    const seeded: AuditEventRecord[] = [];
    for (const u of users) seeded.push(this.entry('user.created', u.createdOn, { type: 'USER', id: author }, { type: 'USER', id: u.id }, `/user-api/v201804/users/${u.id}`));
    for (const j of state.jobs.list.slice(0, 500)) seeded.push(this.entry('job.created', j.createdOn, { type: 'USER', id: j.creator.id }, { type: 'JOB', id: j.id }, `/jobs/${j.id}`));
    seeded.sort((a, b) => a.occurredOn - b.occurredOn);
    this.audit.push(...seeded);
  }

  /** Appends a state change the simulator announced; done through the API key's user. */
  record(event: SimEvent, actorId: string): void {
    const entityId = event.body['id'] ?? Object.entries(event.body).find(([k]) => k !== 'job_id' && k !== 'candidate_id')?.[1] ?? event.body['candidate_id'] ?? event.body['job_id'] ?? '';
    const type = event.name.split('.')[0]!.toUpperCase();
    this.audit.push(this.entry(event.name, this.state.now(), { type: 'API', id: actorId }, { type, id: entityId }, new URL(event.link).pathname));
    if (this.audit.length > MAX_AUDIT_EVENTS) this.audit.splice(0, this.audit.length - MAX_AUDIT_EVENTS);
  }

  /** A user's preferences, created from the company defaults the first time they are read. */
  preferencesOf(userId: string): PreferenceRecord[] {
    const mine = this.preferences.list().filter((p) => p.userId === userId);
    if (mine.length > 0) return mine;
    return NOTIFICATION_TYPES.map((t) => {
      const g = this.global.get(t.id)!;
      return this.preferences.add({ id: this.preferences.newId(), userId, notificationType: t.id, email: g.email, inApp: g.inApp, updatedOn: this.state.now() });
    });
  }

  private entry(eventType: string, at: number, actor: AuditEventRecord['actor'], entity: AuditEventRecord['entity'], link: string): AuditEventRecord {
    return { id: this.auditIds.newId(), eventType, occurredOn: at, actor, entity, link };
  }
}

/** The communications store of the state's current population. */
export const communicationsOf = companionOf((state) => state.candidates, (state): CommunicationsStore => new CommunicationsStore(state));
