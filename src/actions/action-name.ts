import { GROUPS, METHOD_OVERRIDES } from './action-overrides.js';

/**
 * `Update Timeslot No-Show` → `update_timeslot_no_show`: how the names in action-names.ts were
 * first written, and what the catalogue suggests for a new row. Never the name itself.
 */
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

const SNAKE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/**
 * The public name of each row, from the hand-kept table (operation key → name). Every row must
 * have exactly one snake_case name, no two rows the same one, and every entry must belong to a
 * row; otherwise it throws, listing every problem at once.
 */
export function actionNamesFor(
  rows: readonly { readonly number: number; readonly title: string; readonly operationKey: string }[],
  names: Readonly<Record<string, string>>,
): string[] {
  const problems: string[] = [];
  const byName = new Map<string, number>();
  const out = rows.map((row) => {
    // Own entries only: an operation key such as `toString` must not find Object.prototype.
    const name = Object.hasOwn(names, row.operationKey) ? names[row.operationKey] : undefined;
    if (typeof name !== 'string') {
      problems.push(`ACTIONS.md #${row.number} ${row.title} (${row.operationKey}) has no name; add ${JSON.stringify(row.operationKey)}: '${actionNameOf(row.title)}'`);
      return '';
    }
    if (!SNAKE_CASE.test(name)) problems.push(`${row.operationKey}: name ${JSON.stringify(name)} is not snake_case`);
    const other = byName.get(name);
    if (other !== undefined) problems.push(`${name} names both ACTIONS.md #${other} and #${row.number}`);
    byName.set(name, row.number);
    return name;
  });
  const keys = new Set(rows.map((r) => r.operationKey));
  for (const key of Object.keys(names)) if (!keys.has(key)) problems.push(`${key}: no ACTIONS.md row uses this operation (remove its name)`);
  if (problems.length) throw new Error(`action names (src/actions/action-names.ts):\n  ${problems.join('\n  ')}`);
  return out;
}
