/**
 * Writes src/spec/generated/webhook-events.ts: the 47 event names a subscription accepts (the
 * SDK's `EventName` enum in official-docs/webhooks.json) and, per event, its callback payload
 * model and fields (webhook-payload-models.ts links the two).
 */
import type { GeneratedFile } from './generated-file.js';
import type { FieldTable } from './read-field-table.js';
import { WEBHOOK_PAYLOAD_MODELS } from './webhook-payload-models.js';

export function webhookEventsFile(table: FieldTable): GeneratedFile {
  const names = table.enums['EventName'];
  if (!names?.length) throw new Error('official-docs: no EventName enum in objects._enums');
  const used = new Set<number>();
  const entries = names.map((name) => {
    const i = WEBHOOK_PAYLOAD_MODELS.findIndex((r) => name.startsWith(r.prefix));
    const rule = WEBHOOK_PAYLOAD_MODELS[i];
    if (!rule) throw new Error(`webhook-payload-models: no rule for event ${name}`);
    used.add(i);
    const fields = table.callbackPayloads.get(rule.model);
    if (!fields) throw new Error(`webhook-payload-models: no callback payload model ${rule.model}`);
    return { name, payload: rule.model, fields: fields.map((f) => f.name), typeName: `Sr${rule.model}` };
  });
  WEBHOOK_PAYLOAD_MODELS.forEach((r, i) => {
    if (!used.has(i)) throw new Error(`webhook-payload-models: rule ${r.prefix} matches no event`);
  });
  const typeNames = [...new Set(entries.map((e) => e.typeName))].sort();
  const content =
    `// Generated from specs/smartrecruiters/official-docs/webhooks.json by scripts/generators/webhook-events.ts — do not edit.\n` +
    `// Regenerate with \`npm run generate\`.\n/* eslint-disable */\n` +
    `import type { ${typeNames.join(', ')} } from './wire-types.js';\n\n` +
    `/** The ${names.length} event names SmartRecruiters accepts in a subscription, in the docs' order. */\n` +
    `export const WEBHOOK_EVENT_NAMES = [\n${names.map((n) => `  ${JSON.stringify(n)},`).join('\n')}\n] as const;\n\n` +
    `export type WebhookEventName = (typeof WEBHOOK_EVENT_NAMES)[number];\n\n` +
    `/** Per event: its callback payload model and that model's fields (ids only; \`link\` points at the resource). */\n` +
    `export const WEBHOOK_EVENT_PAYLOADS: Readonly<Record<WebhookEventName, { readonly model: string; readonly fields: readonly string[] }>> = {\n` +
    entries.map((e) => `  ${JSON.stringify(e.name)}: ${JSON.stringify({ model: e.payload, fields: e.fields })},`).join('\n') +
    `\n};\n\n` +
    `/** The callback body of each event. */\n` +
    `export interface WebhookPayloads {\n${entries.map((e) => `  ${JSON.stringify(e.name)}: ${e.typeName};`).join('\n')}\n}\n`;
  return { path: 'src/spec/generated/webhook-events.ts', content };
}

