import type { ActionDefinition } from './action-definition.js';
import { UnknownActionError } from './action-errors.js';
import { actions, findAction } from './catalogue.js';

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] as number;
      prev[j] = Math.min(up + 1, (prev[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] as number;
}

/** Up to `max` action names close to `name`: by edit distance, then by shared words. */
export function closeActionNames(name: string, max = 3): string[] {
  const wanted = name.toLowerCase().replace(/[^a-z0-9]+/g, '_');
  const words = new Set(wanted.split('_').filter(Boolean));
  return actions
    .map((a) => {
      const shared = a.name.split('_').filter((w) => words.has(w)).length;
      return { name: a.name, score: distance(wanted, a.name) - 3 * shared };
    })
    .filter((c) => c.score <= Math.max(3, wanted.length / 2))
    .sort((x, y) => x.score - y.score || x.name.localeCompare(y.name))
    .slice(0, max)
    .map((c) => c.name);
}

/** The action with this name; throws UnknownActionError with close matches otherwise. */
export function getAction(name: string): ActionDefinition {
  const action = findAction(name);
  if (action) return action;
  throw new UnknownActionError(name.length > 80 ? `${name.slice(0, 80)}…` : name, closeActionNames(name));
}
