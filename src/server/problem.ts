import { z } from '@hono/zod-openapi';

/** RFC 9457 problem details, with our stable `code`, the field at fault and the request id. */
export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'https://srconnect.dev/problems/account_not_found' }),
    title: z.string().openapi({ example: 'Not Found' }),
    status: z.number().int().openapi({ example: 404 }),
    code: z.string().openapi({ example: 'account_not_found' }),
    detail: z.string(),
    field: z.string().optional().openapi({ example: 'auth.api_key' }),
    request_id: z.string(),
    errors: z.array(z.object({ field: z.string().optional(), code: z.string(), message: z.string() })).optional(),
    upstream_request_id: z.string().optional(),
  })
  .openapi('Problem');

export type Problem = z.infer<typeof ProblemSchema>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The OpenAPI response entry for a problem, reused by every route. */
export function problemResponse(description: string) {
  return { description, content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } } } as const;
}
