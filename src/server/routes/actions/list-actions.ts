import { createRoute, type z } from '@hono/zod-openapi';
import { actionInputJsonSchema, actions, summarizeAction } from '../../../actions/index.js';
import type { ServerApp } from '../../server-deps.js';
import { BEARER, COMMON_PROBLEMS } from '../common-responses.js';
import { ActionListSchema, type ActionSummarySchema } from './action-schemas.js';

const route = createRoute({
  method: 'get',
  path: '/actions',
  tags: ['Actions'],
  summary: 'List the 164 SmartRecruiters actions',
  description: 'Name, title, official method and path, input JSON Schema, and whether the action reads or writes.',
  security: BEARER,
  responses: {
    200: { description: 'The action catalogue', content: { 'application/json': { schema: ActionListSchema } } },
    ...COMMON_PROBLEMS,
  },
});

let catalogue: z.infer<typeof ActionSummarySchema>[] | undefined;

/** Derived once from the catalogue: the same data `srconnect actions list --json` shows. */
function actionCatalogue(): z.infer<typeof ActionSummarySchema>[] {
  catalogue ??= actions.map((action) => {
    const s = summarizeAction(action);
    return {
      name: s.name,
      title: s.title,
      description: s.description,
      method: s.method,
      path: s.path,
      kind: s.kind,
      reads: s.kind === 'read',
      writes: s.kind !== 'read',
      pagination: s.pagination,
      input_schema: actionInputJsonSchema(action),
    };
  });
  return catalogue;
}

export function listActions(app: ServerApp): void {
  app.openapi(route, (c) => c.json({ result: actionCatalogue() }, 200));
}
