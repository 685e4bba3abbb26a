import { ATTENDEE_STATUSES, type Interviewer, type TimeslotRecord } from '../../state/interview-store.js';
import type { SimState } from '../../state/sim-state.js';
import type { BodyFields } from '../shared/body-fields.js';

/** True when `zone` is a TZ database name this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export type TimeslotInput = Omit<TimeslotRecord, 'id'>;

/**
 * Reads a timeslot (SDK `Timeslot`: startsOn, endsOn and interviewers required). With `base`,
 * absent fields keep the base's values (PATCH), and the merged range is what gets checked.
 */
export function readTimeslot(state: SimState, types: readonly string[], value: unknown, path: string, p: BodyFields, base?: TimeslotRecord): TimeslotInput | undefined {
  const o = p.objectAt(value, path || 'body', true);
  if (!o) return undefined;
  const at = (k: string) => (path ? `${path}.${k}` : k);
  const required = base === undefined;
  const startsOn = p.dateTimeAt(o, 'startsOn', at('startsOn'), required) ?? base?.startsOn;
  const endsOn = p.dateTimeAt(o, 'endsOn', at('endsOn'), required) ?? base?.endsOn;
  if (startsOn !== undefined && endsOn !== undefined && endsOn <= startsOn) p.invalid(at('endsOn'), 'must be after startsOn');
  const interviewType = p.stringAt(o, 'interviewType', at('interviewType'));
  if (interviewType !== undefined && !types.some((t) => t.toLowerCase() === interviewType.toLowerCase())) {
    p.invalid(at('interviewType'), `must be one of the interview types (${types.join(', ')}), got "${interviewType}"`);
  }
  const title = p.stringAt(o, 'title', at('title'));
  const place = p.stringAt(o, 'place', at('place'));
  let interviewers: Interviewer[] | undefined = base?.interviewers;
  const raw = o['interviewers'];
  if (raw === undefined || raw === null) {
    if (required) p.missing(at('interviewers'));
  } else if (!Array.isArray(raw) || raw.length === 0) {
    p.invalid(at('interviewers'), 'must be a non-empty array of {id, status}');
  } else {
    const seen = new Set<string>();
    interviewers = [];
    raw.forEach((it, i) => {
      const ip = `${at('interviewers')}[${i}]`;
      const io = p.objectAt(it, ip, true);
      if (!io) return;
      const id = p.stringAt(io, 'id', `${ip}.id`, true);
      const status = p.oneOfAt(io, 'status', `${ip}.status`, ATTENDEE_STATUSES, true);
      if (id !== undefined && !state.users.get(id)) p.invalid(`${ip}.id`, `unknown user "${id}"`);
      else if (id !== undefined && seen.has(id)) p.invalid(`${ip}.id`, `user "${id}" is listed twice`);
      if (id !== undefined) seen.add(id);
      if (id !== undefined && status !== undefined) interviewers!.push({ id, status });
    });
  }
  if (startsOn === undefined || endsOn === undefined || interviewers === undefined) return undefined;
  const keep = <K extends 'interviewType' | 'title' | 'place'>(k: K, v: string | undefined) => {
    const value = v ?? base?.[k];
    return value !== undefined ? { [k]: value } : {};
  };
  return {
    ...keep('interviewType', interviewType), ...keep('title', title), ...keep('place', place), startsOn, endsOn, interviewers,
    ...(base?.candidateStatus ? { candidateStatus: base.candidateStatus } : {}), ...(base?.noShow !== undefined ? { noShow: base.noShow } : {}),
  };
}
