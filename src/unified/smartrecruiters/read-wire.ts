/**
 * Tolerant readers for SmartRecruiters objects: a field SmartRecruiters leaves out, or sends with
 * another type than documented, becomes null instead of failing the whole record.
 */
export type Wire = Record<string, unknown>;

export function obj(v: unknown): Wire | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Wire) : undefined;
}

export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : null;
}

export function num(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}

export function bool(v: unknown): boolean | null {
  return typeof v === 'boolean' ? v : null;
}

/** A date-time as ISO 8601 (SmartRecruiters sends ISO strings; epoch millis are accepted too). */
export function time(v: unknown): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) return new Date(v).toISOString();
  if (typeof v !== 'string' || v === '') return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** `{ id, label }` pairs (department, industry, reasons): the label, or the id when there is none. */
export function label(v: unknown): string | null {
  const o = obj(v);
  return o ? (str(o.label) ?? str(o.name) ?? str(o.id)) : null;
}

export interface MapOptions {
  /** Put the raw object in `remote_data` (include_remote_data=true). */
  readonly includeRemoteData?: boolean;
}

/** `remote_data` only when asked for: the raw object is large and may hold more than the caller needs. */
export function remoteData(raw: unknown, opts: MapOptions | undefined): { remote_data?: Wire } {
  return opts?.includeRemoteData ? { remote_data: (obj(raw) ?? { value: raw }) as Wire } : {};
}

/** The fields every record shares, for a record whose key is `remoteId`. */
export function base(remoteId: string, createdAt: unknown, updatedAt: unknown, raw: unknown, opts: MapOptions | undefined, customFields: Record<string, unknown> = {}) {
  return {
    id: remoteId,
    remote_id: remoteId,
    created_at: time(createdAt),
    updated_at: time(updatedAt),
    remote_deleted_at: null,
    custom_fields: customFields,
    ...remoteData(raw, opts),
  };
}

/** The id of the application of a candidate to a job: SmartRecruiters addresses it by both. */
export function applicationKey(candidateId: string, jobId: string): string {
  return `${candidateId}:${jobId}`;
}

/** The two halves of an application id, or undefined when it is not one. */
export function splitApplicationKey(id: string): { candidateId: string; jobId: string } | undefined {
  const i = id.indexOf(':');
  if (i <= 0 || i === id.length - 1 || id.indexOf(':', i + 1) !== -1) return undefined;
  return { candidateId: id.slice(0, i), jobId: id.slice(i + 1) };
}
