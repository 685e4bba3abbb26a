import { SimError } from '../../core/sim-error.js';
import type { SimRequest, SimResponse } from '../../core/types.js';
import type { Translation } from '../../state/configuration-store.js';

/** `{totalFound, content}`, the list shape every unpaged configuration list answers. */
export function listOf(content: readonly unknown[]): SimResponse {
  return { status: 200, body: { totalFound: content.length, content } };
}

export function found<T>(item: T | undefined, what: string, id: string): T {
  if (item === undefined) throw new SimError(404, 'NOT_FOUND', `${what} not found: ${id}`);
  return item;
}

export function param(req: SimRequest, name: string): string {
  return req.params[name] ?? '';
}

/**
 * The label in the caller's language: the first `Accept-Language` tag with a stored translation,
 * else the default label (how SmartRecruiters localises configuration labels).
 */
export function localLabel(req: SimRequest, label: string, translations: readonly Translation[]): string {
  const header = req.headers['accept-language'];
  if (!header || translations.length === 0) return label;
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase();
    if (!tag) continue;
    const hit = translations.find((t) => t.language.toLowerCase() === tag) ?? translations.find((t) => t.language.toLowerCase() === tag.split('-')[0]);
    if (hit) return hit.label;
  }
  return label;
}

/**
 * Reads LabelTranslations: an array of `{language, label}` (the SDK model), or the same array
 * under `translations`. Every bad entry is named in one 400.
 */
export function readTranslations(body: unknown): Translation[] {
  const list = Array.isArray(body) ? body : body && typeof body === 'object' ? (body as Record<string, unknown>)['translations'] : undefined;
  if (!Array.isArray(list)) throw new SimError(400, 'INVALID_FIELD', 'body: must be an array of {language, label}');
  const problems: { code: string; message: string }[] = [];
  const out: Translation[] = [];
  list.forEach((t, i) => {
    const o = t && typeof t === 'object' ? (t as Record<string, unknown>) : {};
    const language = o['language'];
    const label = o['label'];
    if (typeof language !== 'string' || !/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(language)) problems.push({ code: 'INVALID_FIELD', message: `[${i}].language: must be a language code such as "de" or "pt-BR"` });
    if (typeof label !== 'string' || label.trim() === '') problems.push({ code: 'MISSING_FIELD', message: `[${i}].label: is required` });
    if (typeof language === 'string' && typeof label === 'string') out.push({ language, label });
  });
  if (problems.length > 0) throw SimError.fields(400, problems.map((p) => p.message).join('; '), problems);
  return out;
}

/** Replaces translations language by language (PATCH semantics: other languages stay). */
export function mergeTranslations(target: Translation[], incoming: readonly Translation[]): void {
  for (const t of incoming) {
    const i = target.findIndex((x) => x.language === t.language);
    if (i >= 0) target[i] = t;
    else target.push(t);
  }
}

/** A JSON body that is an array of id strings or `{id}` objects, or `{ids:[...]}`; `field` names it in errors. */
export function readIdList(body: unknown, field = 'ids'): string[] {
  const list = Array.isArray(body) ? body : body && typeof body === 'object' ? (body as Record<string, unknown>)['ids'] : undefined;
  if (!Array.isArray(list) || list.length === 0) throw new SimError(400, 'MISSING_FIELD', `${field}: must be a non-empty array of ids`);
  return list.map((x, i) => {
    const id = typeof x === 'string' ? x : x && typeof x === 'object' ? (x as Record<string, unknown>)['id'] : undefined;
    if (typeof id !== 'string' || id === '') throw new SimError(400, 'INVALID_FIELD', `${field}[${i}]: must be an id string or {id}`);
    return id;
  });
}
