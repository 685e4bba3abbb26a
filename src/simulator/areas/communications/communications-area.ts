import { paginate } from '../../core/paginate.js';
import { SimError } from '../../core/sim-error.js';
import type { Area, AreaContext, Handler, SimRequest } from '../../core/types.js';
import { NOTIFICATION_TYPES, communicationsOf, type MessageRecord, type MessageTemplateRecord, type PreferenceRecord } from '../../state/communications-store.js';
import type { SimState } from '../../state/sim-state.js';
import { apiUserId } from '../shared/api-user-id.js';
import { BodyFields } from '../shared/body-fields.js';
import { iso, nested, noContent, param, rowOf } from '../shared/extra-area-kit.js';

/** Longest message or template body accepted (not documented; a careful server bounds it). */
const MAX_TEXT = 10_000;
const TYPE_IDS = NOTIFICATION_TYPES.map((t) => t.id);

const messageView = (m: MessageRecord) => ({
  id: m.id, content: m.content, author: { id: m.authorId }, createdOn: iso(m.createdOn),
  ...(m.correlationId !== undefined ? { correlationId: m.correlationId } : {}), shareWith: m.shareWith,
});
const templateView = (t: MessageTemplateRecord) => ({ id: t.id, name: t.name, subject: t.subject, body: t.body, language: t.language, createdOn: iso(t.createdOn), updatedOn: iso(t.updatedOn) });
const preferenceView = (p: PreferenceRecord) => ({ id: p.id, notificationType: p.notificationType, email: p.email, inApp: p.inApp, updatedOn: iso(p.updatedOn) });

/** `shareWith` as the Messages API takes it: at least one audience, every user and job real. */
function readShareWith(state: SimState, f: BodyFields): MessageRecord['shareWith'] | undefined {
  const raw = f.object('shareWith', { required: true });
  if (!raw) return undefined;
  const s = new BodyFields(raw);
  const users = s.stringArray('users') ?? [];
  const hiringTeamOf = s.stringArray('hiringTeamOf') ?? [];
  const everyone = s.boolean('everyone') ?? false;
  const openNote = s.boolean('openNote') ?? false;
  nested('shareWith', () => s.done());
  const unknownUser = users.find((u) => !state.users.get(u));
  if (unknownUser !== undefined) throw new SimError(400, 'USER_NOT_FOUND', `shareWith.users: unknown user "${unknownUser}"`);
  const unknownJob = hiringTeamOf.find((j) => !state.jobs.get(j));
  if (unknownJob !== undefined) throw new SimError(400, 'JOB_NOT_FOUND', `shareWith.hiringTeamOf: unknown job "${unknownJob}"`);
  if (users.length === 0 && hiringTeamOf.length === 0 && !everyone && !openNote) throw new SimError(400, 'VISIBILITY_REQUIRED', 'shareWith: name users, hiringTeamOf jobs, everyone or openNote');
  return { users, hiringTeamOf, everyone, openNote };
}

/** Reads a full template body (create and PUT both replace every field). */
function readTemplate(body: unknown): { name: string; subject: string; body: string; language: string } {
  const f = new BodyFields(body);
  const name = f.string('name', { required: true, minLength: 1 });
  const subject = f.string('subject', { required: true, minLength: 1 });
  const text = f.string('body', { required: true, minLength: 1 });
  const language = f.string('language');
  f.done();
  if ((text as string).length > MAX_TEXT) throw new SimError(400, 'INVALID_FIELD', `body: must be at most ${MAX_TEXT} characters`);
  if (language !== undefined && !/^[a-z]{2}(-[A-Z]{2})?$/.test(language)) throw new SimError(400, 'INVALID_FIELD', `language: must be a language code such as en or fr-CA, got "${language}"`);
  return { name: name as string, subject: subject as string, body: text as string, language: language ?? 'en' };
}

/** A list of `{notificationType, email?, inApp?}` changes, every type known. */
function readPreferenceChanges(body: unknown): { notificationType: string; email?: boolean; inApp?: boolean }[] {
  const f = new BodyFields(body);
  const list = f.objectArray('preferences');
  f.done();
  if (!list) throw new SimError(400, 'MISSING_FIELD', 'preferences: is required');
  return list.map((p, i) => {
    const e = new BodyFields(p);
    const type = e.string('notificationType', { required: true, enum: TYPE_IDS });
    const email = e.boolean('email');
    const inApp = e.boolean('inApp');
    nested(`preferences[${i}]`, () => e.done());
    return { notificationType: type as string, ...(email !== undefined ? { email } : {}), ...(inApp !== undefined ? { inApp } : {}) };
  });
}

/** Real state behaviour for messages, message templates, notification preferences and the audit log. */
export function communicationsArea({ state }: AreaContext): Area {
  const store = () => communicationsOf(state);
  // Every change the simulator announces is an audit entry, made through the API key's user.
  state.onEvent((e) => store().record(e, apiUserId(state)));

  const applyChanges = (userId: string, changes: ReturnType<typeof readPreferenceChanges>): PreferenceRecord[] => {
    const mine = store().preferencesOf(userId);
    for (const c of changes) {
      if (store().global.get(c.notificationType)?.locked) throw new SimError(400, 'PREFERENCE_LOCKED', `preferences: ${c.notificationType} is set by the company and cannot be changed`);
    }
    for (const c of changes) {
      const p = mine.find((x) => x.notificationType === c.notificationType)!;
      if (c.email !== undefined) p.email = c.email;
      if (c.inApp !== undefined) p.inApp = c.inApp;
      p.updatedOn = state.now();
    }
    return mine;
  };
  const prefsBody = (userId: string, prefs: PreferenceRecord[]) => ({ userId, preferences: prefs.map(preferenceView) });

  const handlers: Record<string, Handler> = {
    'messages.fetch': (req) => paginate(req, store().messages.list().sort((a, b) => b.createdOn - a.createdOn).map(messageView)),
    'messages.shares.create': (req) => {
      const f = new BodyFields(req.body);
      const content = f.string('content', { required: true, minLength: 1 });
      const correlationId = f.string('correlationId');
      const shareWith = readShareWith(state, f);
      f.done();
      if ((content as string).length > MAX_TEXT) throw new SimError(400, 'INVALID_FIELD', `content: must be at most ${MAX_TEXT} characters`);
      const m = store().messages.add({ id: store().messages.newId(), content: content as string, authorId: apiUserId(state), ...(correlationId !== undefined ? { correlationId } : {}), shareWith: shareWith!, createdOn: state.now() });
      return { status: 201, body: messageView(m) };
    },
    'messages.shares.delete': (req) => {
      const id = param(req, 'id');
      rowOf(store().messages, id, 'Message');
      store().messages.remove(id);
      return noContent;
    },
    getMessageTemplates: () => {
      const content = store().templates.list().map(templateView);
      return { status: 200, body: { totalFound: content.length, content } };
    },
    getMessageTemplate: (req) => ({ status: 200, body: templateView(rowOf(store().templates, param(req, 'messageTemplateId'), 'Message template')) }),
    createMessageTemplate: (req) => {
      const t = readTemplate(req.body);
      if (store().templates.list().some((x) => x.name.toLowerCase() === t.name.toLowerCase())) throw new SimError(409, 'DUPLICATE_NAME', `name: a message template named "${t.name}" exists`);
      const now = state.now();
      return { status: 201, body: templateView(store().templates.add({ id: store().templates.newId(), ...t, createdOn: now, updatedOn: now })) };
    },
    updateMessageTemplate: (req) => {
      const row = rowOf(store().templates, param(req, 'messageTemplateId'), 'Message template');
      const t = readTemplate(req.body);
      if (store().templates.list().some((x) => x.id !== row.id && x.name.toLowerCase() === t.name.toLowerCase())) throw new SimError(409, 'DUPLICATE_NAME', `name: a message template named "${t.name}" exists`);
      Object.assign(row, t, { updatedOn: state.now() });
      return { status: 200, body: templateView(row) };
    },
    removeMessageTemplate: (req) => {
      const id = param(req, 'messageTemplateId');
      rowOf(store().templates, id, 'Message template');
      store().templates.remove(id);
      return noContent;
    },
    findAllNotificationTypes: () => ({ status: 200, body: { totalFound: NOTIFICATION_TYPES.length, content: NOTIFICATION_TYPES.map((t) => ({ ...t, channels: ['EMAIL', 'IN_APP'] })) } }),
    getEmployeePreferences: () => {
      const me = apiUserId(state);
      return { status: 200, body: prefsBody(me, store().preferencesOf(me)) };
    },
    saveEmployeePreferences: (req) => {
      const me = apiUserId(state);
      const changes = readPreferenceChanges(req.body);
      // POST saves the whole set: types it leaves out go back to the company default.
      const full = NOTIFICATION_TYPES.map((t) => changes.find((c) => c.notificationType === t.id) ?? { notificationType: t.id, ...(({ email, inApp }) => ({ email, inApp }))(store().global.get(t.id)!) });
      const unlocked = full.filter((c) => !store().global.get(c.notificationType)?.locked || changes.includes(c));
      return { status: 200, body: prefsBody(me, applyChanges(me, unlocked)) };
    },
    upsertEmployeePreferences: (req) => {
      const me = apiUserId(state);
      return { status: 200, body: prefsBody(me, applyChanges(me, readPreferenceChanges(req.body))) };
    },
    updateEmployeePreferences: (req) => {
      const me = apiUserId(state);
      const mine = store().preferencesOf(me);
      const id = param(req, 'preferenceId');
      const p = mine.find((x) => x.id === id);
      if (!p) throw new SimError(404, 'NOT_FOUND', `Preference not found: ${id}`);
      const f = new BodyFields(req.body);
      const email = f.boolean('email');
      const inApp = f.boolean('inApp');
      f.done();
      applyChanges(me, [{ notificationType: p.notificationType, ...(email !== undefined ? { email } : {}), ...(inApp !== undefined ? { inApp } : {}) }]);
      return { status: 200, body: preferenceView(p) };
    },
    getAllEmployeePreferences: () => {
      const content = state.users.list.map((u) => prefsBody(u.id, store().preferencesOf(u.id)));
      return { status: 200, body: { totalFound: content.length, content } };
    },
    findGlobalPreferences: () => ({ status: 200, body: { preferences: [...store().global].map(([notificationType, g]) => ({ notificationType, ...g })) } }),
    upsertGlobalPreferences: (req) => {
      const f = new BodyFields(req.body);
      const list = f.objectArray('preferences');
      f.done();
      if (!list) throw new SimError(400, 'MISSING_FIELD', 'preferences: is required');
      const changes = list.map((p, i) => {
        const e = new BodyFields(p);
        const type = e.string('notificationType', { required: true, enum: TYPE_IDS });
        const out = { type: type as string, email: e.boolean('email'), inApp: e.boolean('inApp'), locked: e.boolean('locked') };
        nested(`preferences[${i}]`, () => e.done());
        return out;
      });
      for (const c of changes) {
        const g = store().global.get(c.type)!;
        if (c.email !== undefined) g.email = c.email;
        if (c.inApp !== undefined) g.inApp = c.inApp;
        if (c.locked !== undefined) g.locked = c.locked;
      }
      return { status: 200, body: { preferences: [...store().global].map(([notificationType, g]) => ({ notificationType, ...g })) } };
    },
    'audit.get': (req: SimRequest) => paginate(req, store().audit.map((a) => ({ ...a, occurredOn: iso(a.occurredOn) }))),
  };
  return { name: 'communications', handlers };
}
