import { detectInstructions, type InstructionRule } from './detect-instructions.js';

/** A string in a tool result that reads like an instruction to the agent. */
export interface FlaggedText {
  /** Where it is in the result, e.g. `data.experience[0].description`. */
  readonly path: string;
  readonly rules: readonly InstructionRule[];
  readonly excerpt: string;
}

/** What a tool result says about the outside text in it. */
export interface UntrustedText {
  /** Fields (array positions folded to `[]`) holding free text written by candidates. */
  readonly fields: readonly string[];
  readonly flagged: readonly FlaggedText[];
}

/**
 * Words of an action name that mean its answer is about a candidate and carries what they wrote:
 * names, résumé content, answers, e-mails, cover letters.
 */
const CANDIDATE_ACTION_WORDS: ReadonlySet<string> = new Set(['candidate', 'candidates', 'application', 'applications', 'applicant', 'resume', 'screening']);

/** Keys under which any action's answer carries text from candidates (an interview's candidate, an application's answers). */
const CANDIDATE_KEYS: ReadonlySet<string> = new Set([
  'candidate',
  'candidates',
  'applicant',
  'applicants',
  'answers',
  'screeningAnswers',
  'questions',
  'resume',
  'cv',
  'coverLetter',
  'messages',
  'message',
  'comments',
  'notes',
  'email',
  'emails',
]);

/** Keys that never hold readable text (file bytes). */
const OPAQUE_KEYS: ReadonlySet<string> = new Set(['content_base64']);

const LIMITS = { depth: 40, fields: 100, flagged: 50, strings: 50_000 } as const;

/** Whether an action's whole answer counts as candidate-supplied. */
export function isCandidateSourced(actionName: string): boolean {
  return actionName.split('_').some((w) => CANDIDATE_ACTION_WORDS.has(w));
}

/** Ids, dates, URLs, enum values and numbers-as-text are not prose anyone could be steered by. */
function isFreeText(s: string, key: string): boolean {
  if (s.length < 2 || key === 'id' || /(?:Id|Ids|Uuid|URL|Url|Href)$/.test(key) || key === 'href') return false;
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s) || /^[0-9a-f]{16,}$/i.test(s)) return false;
  if (/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(s)) return false;
  if (/^https?:\/\/\S+$/.test(s)) return false;
  if (/^[A-Z][A-Z0-9_]*$/.test(s) || /^[\d\s.,+-]+$/.test(s)) return false;
  return true;
}

/**
 * Marks the candidate-supplied text in an action's answer and flags every string in it that
 * reads like an instruction. Candidate text is decided by the action (its name says it is about
 * candidates, applications or résumés) or by the field (`answers`, `candidate`, `notes`, …
 * anywhere in the answer); every string is checked for instructions, wherever it sits, since
 * a note typed by a colleague may quote an e-mail. Bounded: deep or huge answers are cut off.
 */
export function inspectUntrustedText(actionName: string, data: unknown): UntrustedText {
  const fields = new Set<string>();
  const flagged: FlaggedText[] = [];
  let strings = 0;
  const walk = (value: unknown, path: string, folded: string, key: string, untrusted: boolean, depth: number): void => {
    if (depth > LIMITS.depth || strings > LIMITS.strings) return;
    if (typeof value === 'string') {
      strings++;
      if (untrusted && isFreeText(value, key) && fields.size < LIMITS.fields) fields.add(folded);
      if (flagged.length < LIMITS.flagged) {
        const found = detectInstructions(value);
        if (found.length > 0) flagged.push({ path, rules: found.map((f) => f.rule), excerpt: found[0]?.excerpt ?? '' });
      }
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, `${path}[${i}]`, `${folded}[]`, key, untrusted, depth + 1));
      return;
    }
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (OPAQUE_KEYS.has(k)) continue;
        walk(v, `${path}.${k}`, `${folded}.${k}`, k, untrusted || CANDIDATE_KEYS.has(k), depth + 1);
      }
    }
  };
  walk(data, 'data', 'data', '', isCandidateSourced(actionName), 0);
  return { fields: [...fields], flagged };
}
