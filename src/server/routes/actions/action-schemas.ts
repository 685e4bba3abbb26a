import { z } from '@hono/zod-openapi';
import { AccountIdSchema } from '../accounts/account-schemas.js';

export const ActionSummarySchema = z
  .object({
    name: z.string().openapi({ example: 'search_candidates' }),
    title: z.string(),
    description: z.string(),
    method: z.string(),
    path: z.string().openapi({ description: 'The official SmartRecruiters path, with its version prefix' }),
    kind: z.enum(['read', 'write', 'delete']),
    reads: z.boolean(),
    writes: z.boolean(),
    pagination: z.string().nullable(),
    input_schema: z.record(z.string(), z.unknown()).openapi({ description: 'JSON Schema (2020-12) of `input`' }),
  })
  .openapi('ActionSummary');

export const ActionListSchema = z.object({ result: z.array(ActionSummarySchema) }).openapi('ActionList');

export const ActionParamsSchema = z.object({
  name: z.string().min(1).max(200).openapi({ param: { name: 'name', in: 'path' }, example: 'search_candidates' }),
});

export const RunActionBodySchema = z
  .object({
    account_id: AccountIdSchema,
    input: z.record(z.string(), z.unknown()).optional().openapi({ description: "The action's input; see `input_schema` in `GET /actions`" }),
    all: z.boolean().optional().openapi({ description: 'Paginated actions: follow every page and return all items' }),
    max_items: z.number().int().min(1).max(100_000).optional(),
  })
  .strict()
  .openapi('RunAction');

export const ActionResultSchema = z
  .object({
    action: z.string(),
    status: z.number().int().openapi({ description: "SmartRecruiters' status" }),
    data: z.unknown(),
    upstream_request_id: z.string().nullable(),
    pages: z.number().int().optional(),
    output: z.record(z.string(), z.unknown()).openapi({ description: 'Whether the response matched the documented schema' }),
  })
  .openapi('ActionResult');
