import { GROUPS, METHOD_OVERRIDES } from './action-overrides.js';

/** `Update Timeslot No-Show` → `update_timeslot_no_show`. */
export function actionNameOf(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

function camel(words: readonly string[]): string {
  return words.map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join('');
}

function sameNoun(word: string | undefined, noun: string): boolean {
  return word === noun || word === `${noun}s`;
}

/**
 * Typed-client group and method of an action: the group comes from its registry; the method is
 * the action name without the group's noun when the noun follows the verb
 * (`search_candidates` → candidates.search, `list_job_positions` → jobs.listPositions).
 */
export function groupAndMethodOf(name: string, registry: string): { group: string; method: string } {
  const entry = GROUPS[registry];
  if (!entry) throw new Error(`action ${name}: no group for registry ${registry} (add it to action-overrides.ts)`);
  const override = METHOD_OVERRIDES[name];
  if (override) return { group: entry.group, method: override };
  const words = name.split('_');
  const noun = entry.noun;
  const matches = noun.length > 0 && noun.every((n, i) => sameNoun(words[1 + i], n));
  const rest = matches ? [words[0] as string, ...words.slice(1 + noun.length)] : words;
  return { group: entry.group, method: camel(rest) };
}
