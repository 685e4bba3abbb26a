import type { ScreeningQuestion } from '../../state/screening-questions.js';

type Problem = { code: string; message: string };
export type ApplyAnswer = { id: string; records: { fields: Record<string, string[]> }[] };

const MAX_TEXT_BYTES = 4000;
const SELECTS = new Set(['SINGLE_SELECT', 'MULTI_SELECT', 'RADIO', 'CHECKBOX']);

/**
 * Checks `answers` against a posting's questions as the Application API documents them:
 * `[{id, records:[{fields:{<fieldId>: [values]}}]}]`, one record unless the question is
 * repeatable, option ids from the field's `values`, text at most 4000 UTF-8 bytes, and every
 * required field of every question answered. Problems are pushed, each naming its path.
 */
export function checkAnswers(questions: readonly ScreeningQuestion[], raw: unknown, problems: Problem[]): ApplyAnswer[] {
  const bad = (path: string, msg: string) => problems.push({ code: 'INVALID_FIELD', message: `${path}: ${msg}` });
  const out: ApplyAnswer[] = [];
  const list = raw === undefined || raw === null ? [] : raw;
  if (!Array.isArray(list)) {
    bad('answers', 'must be an array of {id, records}');
    return out;
  }
  list.forEach((a: unknown, i) => {
    const path = `answers[${i}]`;
    if (!a || typeof a !== 'object' || Array.isArray(a)) return bad(path, 'must be an object {id, records}');
    const { id, records } = a as Record<string, unknown>;
    const q = questions.find((x) => x.id === id);
    if (!q) return bad(`${path}.id`, `unknown question "${String(id)}" for this posting`);
    if (out.some((x) => x.id === q.id)) return bad(`${path}.id`, `question "${q.id}" is answered twice`);
    if (!Array.isArray(records) || records.length === 0) return bad(`${path}.records`, 'must be a non-empty array');
    if (!q.repeatable && records.length > 1) return bad(`${path}.records`, `question "${q.id}" is not repeatable; send one record`);
    const parsed: ApplyAnswer['records'] = [];
    records.forEach((r: unknown, k) => {
      const rp = `${path}.records[${k}].fields`;
      const fields = r && typeof r === 'object' ? (r as Record<string, unknown>)['fields'] : undefined;
      if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return bad(rp, 'must be an object {<fieldId>: [values]}');
      const rec: Record<string, string[]> = {};
      for (const [fid, values] of Object.entries(fields)) {
        const f = q.fields.find((x) => x.id === fid);
        if (!f) {
          bad(`${rp}.${fid}`, `unknown field of question "${q.id}"`);
          continue;
        }
        if (!Array.isArray(values) || values.some((v) => typeof v !== 'string')) {
          bad(`${rp}.${fid}`, 'must be an array of strings');
          continue;
        }
        if (SELECTS.has(f.type)) {
          const unknown = values.find((v) => !f.values.some((o) => o.id === v));
          if (unknown !== undefined) bad(`${rp}.${fid}`, `"${unknown}" is not an option (${f.values.map((o) => o.id).join(', ')})`);
          if ((f.type === 'SINGLE_SELECT' || f.type === 'RADIO') && values.length > 1) bad(`${rp}.${fid}`, 'takes one value');
        } else if (values.some((v) => Buffer.byteLength(v, 'utf8') > MAX_TEXT_BYTES)) bad(`${rp}.${fid}`, `text longer than ${MAX_TEXT_BYTES} bytes (UTF-8)`);
        rec[fid] = values as string[];
      }
      parsed.push({ fields: rec });
    });
    out.push({ id: q.id, records: parsed });
  });
  for (const q of questions) {
    const required = q.fields.filter((f) => f.required);
    if (required.length === 0) continue;
    const answer = out.find((x) => x.id === q.id);
    const unanswered = required.filter((f) => !answer || answer.records.some((r) => !(r.fields[f.id] ?? []).some((v) => v.trim() !== '')));
    for (const f of unanswered) problems.push({ code: 'MISSING_FIELD', message: `answers: required question "${q.id}" (${q.label}) has no answer for field "${f.id}"` });
  }
  return out;
}
