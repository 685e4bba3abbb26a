/** One instruction-like passage found in untrusted text. */
export interface InstructionFinding {
  /** Which rule matched, e.g. `ignore_instructions`, `role_marker`. */
  readonly rule: InstructionRule;
  /** The matched passage with a little context, normalised, at most ~100 characters. */
  readonly excerpt: string;
}

export type InstructionRule =
  | 'ignore_instructions'
  | 'role_reassignment'
  | 'role_marker'
  | 'addressed_to_ai'
  | 'secrecy'
  | 'prompt_extraction'
  | 'tool_steering'
  | 'hidden_characters';

// Zero-width and soft-hyphen characters split words invisibly ("ig\u200Bnore").
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/g;
// Unicode tag characters (U+E0000 block) spell ASCII that no screen shows ("ASCII smuggling");
// bidi overrides reorder what is shown. Either in a résumé is a warning sign by itself.
const TAGS = /[\u{E0000}-\u{E007F}]/gu;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

// Letters from other scripts that look like Latin ones (NFKC keeps them apart).
const CONFUSABLES: Readonly<Record<string, string>> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd', ү: 'y',
  α: 'a', ε: 'e', ο: 'o', ρ: 'p', ι: 'i', κ: 'k', ν: 'v', τ: 't', υ: 'u',
};
const CONFUSABLE = new RegExp(`[${Object.keys(CONFUSABLES).join('')}]`, 'g');

// Names of AI systems, for a line that opens by addressing one ("ChatGPT: …"). Job titles such as
// "Assistant, Marketing" or "Agent: …" are too common in résumés to count here.
const AI_NAME = String.raw`(?:ai|a\.i\.|llm|gpt|chatgpt|claude|gemini|copilot|language model|ai (?:model|assistant|agent|system|tool|screener|recruiter)s?)`;
// Anything an instruction may be addressed to ("note to the screening bot").
const AI = String.raw`(?:${AI_NAME}|assistant|agent|bot|model|screening (?:tool|system|bot|software)|ats|applicant tracking system)`;

/** Rules over the normalised text (lower case, one space between words, lines kept). */
const RULES: ReadonlyArray<readonly [InstructionRule, RegExp]> = [
  [
    'ignore_instructions',
    new RegExp(
      String.raw`\b(?:ignore|disregard|forget|override|bypass|skip)\s+(?:[\w']+\s+){0,3}?(?:previous|prior|above|earlier|preceding|all|any|your|system|original|other)\s+(?:[\w']+\s+){0,2}?(?:instructions?|prompts?|directives?|guidelines|rules|messages?|context|commands?)\b` +
        String.raw`|\b(?:ignore|disregard|forget) (?:all |everything )?(?:of )?(?:the |what(?:'s| is| was) )?(?:above|previous|preceding|said before)\b`,
    ),
  ],
  [
    'role_reassignment',
    /\byou are (?:now|no longer)\b|\bfrom now on,? you\b|\byour (?:new|real|true) (?:role|instructions?|task|goal|purpose|objective)\b|\bnew (?:instructions?|rules|system prompt)\s*:|\b(?:pretend|roleplay) (?:to be|as|you are)\b|\benter (?:developer|dan|god) mode\b/,
  ],
  [
    'role_marker',
    /(?:^|\n)\s*(?:#{1,4}\s*)?(?:system|sys)\s*(?:prompt|message|instructions?)?\s*:|<\|?\s*\/?\s*(?:system|im_start|im_end|endoftext)\s*\|?>|\[\/?(?:inst|system|sys)\]|<<\/?sys>>|<\/?(?:system|instructions?|prompt)>/,
  ],
  [
    'addressed_to_ai',
    new RegExp(String.raw`(?:^|\n)\s*(?:dear |hey |hi |attention,? |note,? )?${AI_NAME}\s*[:,]|\b(?:note|message|instructions?|attention) (?:to|for) (?:the |any |all |an |a )?${AI}s?\b|\bif you are an? ${AI}\b`),
  ],
  [
    'secrecy',
    /\b(?:do not|don't|never) (?:tell|inform|mention|reveal|disclose|show)\b(?:\s+[\w']+){0,4}?\s+(?:user|recruiter|human|hiring manager|anyone|operator)s?\b|\bwithout (?:telling|informing|alerting) (?:the |any )?(?:user|recruiter|human|hiring manager|operator)s?\b/,
  ],
  ['prompt_extraction', /\b(?:reveal|print|show|repeat|output|leak|display) (?:me )?(?:your|the) (?:system |hidden |initial |original )?(?:prompt|instructions)\b/],
  [
    'tool_steering',
    /\b(?:call|invoke|execute|trigger) (?:the |a |your )?[\w-]*\s?(?:tool|function)s?\b|\b(?:call|invoke|run|use|execute) [a-z]+_[a-z_]+\b|\b(?:delete|reject|remove) (?:all (?:the )?(?:other )?|every (?:other )?|(?:the )?other )(?:candidates|applicants|applications|records|users)\b|\b(?:rank|rate|score|mark|move|advance) (?:this|me|my) (?:candidate |application |profile |resume |cv )?(?:as )?(?:the )?(?:top|first|highest|best|hired|#1|number one)\b/,
  ],
];

/** What rules are matched against: NFKC, no invisible characters, Latin look-alikes folded, lower case, spaces collapsed. */
export function normaliseForDetection(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(CONFUSABLE, (c) => CONFUSABLES[c] ?? c)
    .toLowerCase()
    .replace(/[ \t\f\v\u00A0\u2000-\u200A\u3000]+/g, ' ')
    .replace(/\r\n?/g, '\n');
}

/** The ASCII that tag characters spell (U+E0020–U+E007E map onto ' '…'~'). */
function decodeTags(text: string): string {
  return [...text.matchAll(TAGS)].map((m) => String.fromCharCode((m[0].codePointAt(0) as number) - 0xe0000)).join('');
}

function excerptOf(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 20);
  const end = Math.min(text.length, index + Math.min(length, 60) + 20);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
}

/** Longest text examined per string: a rule never runs over megabytes of one field. */
export const MAX_SCANNED_CHARS = 100_000;

/**
 * Instruction-like passages in text that came from outside (a résumé, an answer, an e-mail):
 * phrases that try to steer an AI agent reading it. Pure and deterministic; at most one finding
 * per rule. It flags, it does not judge: a finding means "show this to a human before acting on it".
 */
export function detectInstructions(text: string): InstructionFinding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const raw = text.length > MAX_SCANNED_CHARS ? text.slice(0, MAX_SCANNED_CHARS) : text;
  const findings: InstructionFinding[] = [];
  const hidden = decodeTags(raw);
  if (hidden.length > 0 || BIDI.test(raw)) {
    findings.push({ rule: 'hidden_characters', excerpt: hidden ? `hidden text: ${excerptOf(hidden, 0, 60)}` : 'bidirectional override characters' });
  }
  // Smuggled text is checked as well as what shows.
  const normalised = normaliseForDetection(`${raw.replace(TAGS, '')}${hidden ? `\n${hidden}` : ''}`);
  for (const [rule, pattern] of RULES) {
    const m = pattern.exec(normalised);
    if (m && m[0].trim().length > 0) findings.push({ rule, excerpt: excerptOf(normalised, m.index, m[0].length) });
  }
  return findings;
}
