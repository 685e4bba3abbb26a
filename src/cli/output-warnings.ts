import type { OutputCheck } from '../actions/index.js';

/** Issues shown one per line; the rest are counted, so a badly wrong answer cannot flood stderr. */
export const MAX_OUTPUT_WARNINGS = 5;

/** Keeps a hostile path or message on its one line and within a terminal's reach. */
function clip(s: string, max: number): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach the terminal
  const flat = s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * The warning lines for an answer that does not match the action's documented output: one per
 * issue (path and message), capped. None when the answer matched or was not checked.
 */
export function outputWarnings(action: string, check: OutputCheck, max = MAX_OUTPUT_WARNINGS): string[] {
  if (check.ok) return [];
  const shown = check.issues.slice(0, max).map((i) => `srconnect: warning: ${action} answer does not match the documented output at ${clip(i.path, 200)}: ${clip(i.message, 300)}`);
  const rest = check.issues.length - shown.length;
  return rest > 0 ? [...shown, `srconnect: warning: … and ${rest} more`] : shown;
}
