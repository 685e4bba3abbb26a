import type { ActionDefinition } from '../../src/actions/action-definition.js';
import { actionExample } from '../../test/support/actions/action-example.js';
import { actionInputJsonSchema } from '../../src/actions/describe-action.js';
import { sampleInput } from '../../test/support/actions/sample-input.js';
import type { GeneratedFile } from './generated-file.js';

interface JsonSchema {
  type?: string;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
  minimum?: number;
  maximum?: number;
  $ref?: string;
}

const SAFE_INT = 9007199254740991;

function typeText(s: JsonSchema): string {
  if (s.$ref) return 'any JSON';
  if (s.anyOf) return s.anyOf.map(typeText).join(' \\| ');
  if (s.enum) return s.enum.map((v) => `\`${String(v)}\``).join(', ');
  if (s.type === 'array') return `${s.items ? typeText(s.items) : 'any'}[]`;
  const range = [
    typeof s.minimum === 'number' && s.minimum > -SAFE_INT ? `≥ ${s.minimum}` : '',
    typeof s.maximum === 'number' && s.maximum < SAFE_INT ? `≤ ${s.maximum}` : '',
  ].filter(Boolean);
  return `${s.type ?? 'any'}${range.length ? ` (${range.join(', ')})` : ''}`;
}

function cell(text: string | undefined): string {
  return (text ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

function fieldRows(schema: JsonSchema, prefix = ''): string[] {
  const required = new Set(schema.required ?? []);
  const rows: string[] = [];
  for (const [name, s] of Object.entries(schema.properties ?? {})) {
    rows.push(`| \`${prefix}${name}\` | ${typeText(s).replace(/^object$/, 'object')} | ${required.has(name) ? 'yes' : ''} | ${cell(s.description)} |`);
    if (s.type === 'object' && s.properties && !prefix) rows.push(...fieldRows(s, `${name}.`));
  }
  return rows;
}

function returnsText(o: { kind: string; documented?: boolean; model?: string; basis: string }): string {
  if (o.kind === 'file') return 'a file (`{ filename, content_type, content_base64 }`)';
  if (o.kind === 'none') return `nothing (${o.basis})`;
  return o.documented ? `JSON${o.model ? ` \`${o.model}\`` : ''}, checked against the documented fields` : `JSON, not checked beyond that (${o.basis})`;
}

/** Writes docs/actions.md from the action catalogue: one section per resource group. */
export function actionsDocsFile(actions: readonly ActionDefinition[]): GeneratedFile {
  const groups = new Map<string, ActionDefinition[]>();
  for (const a of actions) groups.set(a.group, [...(groups.get(a.group) ?? []), a]);
  const out: string[] = [
    '<!-- Generated from the action catalogue (src/actions) by scripts/generators/actions-docs.ts — do not edit. -->',
    '',
    '# Actions',
    '',
    `${actions.length} actions, each bound to one official SmartRecruiters operation (see`,
    '`specs/smartrecruiters/ACTIONS.md`). Input is one flat JSON object: path and query parameters are',
    'top-level fields, the request body is under `body`, and a file (multipart actions) is under',
    '`file` as `{ filename, content_base64, content_type? }`. Run one with',
    "`srconnect actions run NAME --input '{…}' [--all]`, or from code with",
    '`executeAction(client, NAME, input)` / `createActionMethods(client).<group>.<method>(input)`.',
    '',
    'Path parameters are one URL segment each: blank values, `.` and `..` are refused before any call;',
    'anything else (`/`, `?`, `#`, `%`, `\\`, unicode) is sent percent-encoded as exactly one segment.',
    'Fields whose values the docs list are enums: other values (and other cases) are refused before any',
    'call. Each answer is checked against what the action returns; a JSON answer that does not match',
    'its documented fields is returned anyway, with the mismatching paths in `output.issues`.',
    '',
    '## Resources',
    '',
    ...[...groups.entries()].map(([g, list]) => `- [${g}](#${g.toLowerCase()}) (${list.length})`),
    '',
  ];
  for (const [group, list] of groups) {
    out.push(`## ${group}`, '');
    for (const a of list) {
      const schema = actionInputJsonSchema(a) as JsonSchema;
      out.push(
        `### \`${a.name}\``,
        '',
        `**${a.title}** — ${cell(a.description)}`,
        '',
        `- Operation: \`${a.operation.method} ${a.operation.path}\` (\`${a.operationKey}\`)`,
        `- Kind: ${a.kind}; client: \`${a.group}.${a.method}\``,
        `- Pagination: ${a.pagination ? `${a.pagination.style} (max page ${a.pagination.maxLimit}; \`--all\` follows every page)` : 'none'}`,
        `- Returns: ${returnsText(a.output)}`,
        ...(a.notes ? [`- Notes: ${cell(a.notes)}`] : []),
        '',
      );
      const rows = fieldRows(schema);
      if (rows.length) out.push('| field | type | required | description |', '|---|---|---|---|', ...rows, '');
      else out.push('No input fields.', '');
      // Hand-kept examples (src/actions/action-examples.ts) are what a careful server accepts
      // where the documented types are open; ids of other records show as `sample-<name>`.
      if (actionExample(a, (n) => n)) {
        out.push('Example input:', '', '```json', JSON.stringify(sampleInput(a), null, 2), '```', '');
      }
    }
  }
  return { path: 'docs/actions.md', content: out.join('\n') };
}
