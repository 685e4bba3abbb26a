import type { GeneratedFile } from './generated-file.js';

/** What each generated folder holds: file, generator, input. */
const FOLDERS: Readonly<Record<string, readonly (readonly [file: string, generator: string, input: string])[]>> = {
  'src/spec/generated': [
    ['operations.ts', 'operations.ts, spec-operations.ts', 'official-derived/smartrecruiters-openapi-manifest.json, official-docs/*.json (parameters), scripts/generators/pagination-table.ts (hand-kept)'],
    ['field-table.ts', 'read-field-table.ts, field-table.ts', 'official-docs/*.json (models, request bodies, 2xx answers), scripts/generators/enum-links.ts (hand-kept)'],
    ['wire-types.ts', 'wire-types.ts', 'the field table, scripts/generators/wire-type-names.ts (hand-kept)'],
    ['webhook-events.ts', 'webhook-events.ts', 'official-docs/webhooks.json (EventName enum, callback payloads), scripts/generators/webhook-payload-models.ts (hand-kept)'],
  ],
  'src/actions/generated': [
    ['action-rows.ts', 'action-rows.ts, action-catalogue.ts', 'ACTIONS.md (the action table), each row keyed by its operation in the operation table'],
    ['action-types.ts', 'action-types.ts', 'the action catalogue built in memory (src/actions/build-catalogue.ts) from the tables of src/spec/generated and the hand-kept src/actions/action-names.ts, action-overrides.ts'],
  ],
};

/** A README per generated folder; generated too, so it cannot fall out of step with the list. */
export function generatedReadmes(): GeneratedFile[] {
  return Object.entries(FOLDERS).map(([folder, files]) => ({
    path: `${folder}/README.md`,
    content:
      `# ${folder} — generated, do not edit\n\n` +
      `Every file here is written by \`npm run generate\` (scripts/generate.ts → scripts/generators/) from\n` +
      `specs/smartrecruiters/ and the hand-kept data files named below, in one pass: no generator reads\n` +
      `another's output. CI runs \`npm run generate -- --check\`, which fails when a file here differs\n` +
      `from what the generators produce (a spec edit not regenerated, or a hand edit).\n\n` +
      `| file | generator (scripts/generators/) | input (specs/smartrecruiters/ unless a path says otherwise) |\n|---|---|---|\n` +
      files.map(([file, generator, input]) => `| \`${file}\` | ${generator} | ${input} |`).join('\n') +
      '\n',
  }));
}
