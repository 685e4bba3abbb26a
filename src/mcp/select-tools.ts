import { closeActionNames } from '../actions/index.js';
import type { McpTool } from './mcp-tool.js';

export interface ToolSelection {
  /** Only tools whose annotations say read-only. */
  readonly readOnly?: boolean | undefined;
  /** Tool names, areas (`candidates`, `jobs`…) or name patterns with `*` (`search_*`); empty or absent: all. */
  readonly tools?: readonly string[] | undefined;
}

/** A `--tools` entry or combination that selects nothing sensible; the message names the entry. */
export class ToolSelectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ToolSelectionError';
  }
}

function patternOf(entry: string): RegExp {
  const escaped = entry.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[a-z0-9_]*');
  return new RegExp(`^${escaped}$`, 'i');
}

/** Close tool names (by edit distance, as `actions run` suggests) and areas that share a word. */
function suggestions(entry: string, tools: readonly McpTool[]): string {
  const names = new Set(tools.map((t) => t.name));
  const lower = entry.toLowerCase();
  const areas = [...new Set(tools.map((t) => t.area))].filter((a) => a.length > 3 && (lower.includes(a.toLowerCase().slice(0, -1)) || a.toLowerCase().includes(lower)));
  const close = [...closeActionNames(entry).filter((n) => names.has(n)), ...areas].slice(0, 4);
  return close.length ? `; did you mean ${close.join(', ')}?` : '';
}

/**
 * The tools a server exposes: `tools` narrows by name, area or pattern (in registry order, each
 * once); `readOnly` keeps only read tools. Every entry must match something, and a write tool
 * named outright under `readOnly` is refused rather than dropped, so a typo or a contradiction
 * is told at start instead of surfacing as a missing tool later.
 */
export function selectTools(all: readonly McpTool[], selection: ToolSelection = {}): McpTool[] {
  const entries = (selection.tools ?? []).map((e) => e.trim()).filter((e) => e !== '');
  let chosen: readonly McpTool[] = all;
  if (entries.length > 0) {
    const picked = new Set<McpTool>();
    for (const entry of entries) {
      const pattern = patternOf(entry);
      const matches = all.filter((t) => pattern.test(t.name) || t.area.toLowerCase() === entry.toLowerCase());
      if (matches.length === 0) throw new ToolSelectionError(`--tools: "${entry.slice(0, 80)}" is no tool name, area or pattern${suggestions(entry, all)}`);
      const named = matches.length === 1 && matches[0]?.name === entry ? matches[0] : undefined;
      if (selection.readOnly && named && !named.annotations.readOnlyHint) {
        throw new ToolSelectionError(`--tools: ${entry} changes data, and --read-only exposes read tools only`);
      }
      for (const t of matches) picked.add(t);
    }
    chosen = all.filter((t) => picked.has(t));
  }
  if (selection.readOnly) chosen = chosen.filter((t) => t.annotations.readOnlyHint);
  if (chosen.length === 0) throw new ToolSelectionError('the selection leaves no tools (--tools with --read-only picked only tools that change data)');
  return [...chosen];
}
