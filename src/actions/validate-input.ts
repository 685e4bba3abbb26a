import type { z } from 'zod';
import type { ActionDefinition } from './action-definition.js';
import { ActionInputError, type ActionInputIssue } from './action-errors.js';

/** JSON type name of a value; the only thing about a bad value an error may show. */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function unionRules(issue: z.core.$ZodIssueInvalidUnion): string[] {
  const out = new Set<string>();
  for (const branch of issue.errors) {
    for (const e of branch) if (e.path.length === 0 && e.code !== 'invalid_union') out.add(ruleOf(e as z.core.$ZodIssue, null));
  }
  return [...out];
}

function ruleOf(issue: z.core.$ZodIssue, value: unknown): string {
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) return 'required';
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_union': {
      const rules = unionRules(issue);
      return rules.length ? rules.join(', or ') : 'matches none of the allowed shapes';
    }
    case 'invalid_value':
      return `one of: ${issue.values.map(String).join(' | ')}`;
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `at most ${String(issue.maximum)} ${issue.origin === 'string' ? 'characters' : 'items'}`
        : `${issue.inclusive ? '<=' : '<'} ${String(issue.maximum)}`;
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `at least ${String(issue.minimum)} ${issue.origin === 'string' ? 'characters' : 'items'}`
        : `${issue.inclusive ? '>=' : '>'} ${String(issue.minimum)}`;
    case 'invalid_format':
      return issue.format === 'regex' ? `format: ${issue.message ?? 'pattern'}`.replace(/^format: Invalid string: /, 'format: ') : `format ${issue.format}`;
    case 'not_multiple_of':
      return `multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return 'unknown field';
    case 'custom':
      return issue.message;
    default:
      return issue.code;
  }
}

function toIssues(error: z.ZodError, input: unknown): ActionInputIssue[] {
  const out: ActionInputIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      // One issue per unknown key, so each names its own field.
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        out.push({ path: path.map(String).join('.'), rule: 'unknown field', received: jsonTypeOf(valueAt(input, path)) });
      }
      continue;
    }
    const value = valueAt(input, issue.path);
    out.push({
      path: issue.path.length ? issue.path.map(String).join('.') : '(input)',
      rule: ruleOf(issue, value),
      received: jsonTypeOf(value),
    });
  }
  return out;
}

/**
 * Checks an input against the action's schema and returns the parsed input, or throws
 * ActionInputError listing each issue's field path, rule and the value's type (never the value).
 */
export function validateActionInput(action: ActionDefinition, input: unknown): Record<string, unknown> {
  const result = action.inputSchema.safeParse(input ?? {});
  if (!result.success) throw new ActionInputError(action.name, toIssues(result.error, input ?? {}));
  return result.data;
}
