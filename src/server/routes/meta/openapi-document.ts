import type { ServerApp } from '../../server-deps.js';

/** OpenAPI 3.1, generated from the zod schemas the routes validate with: one source for both. */
export function openApiDocument(app: ServerApp, version: string): Record<string, unknown> {
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'srconnect API',
      version,
      description:
        'One HTTP API for every linked SmartRecruiters account. Authenticate with `Authorization: Bearer $SRCONNECT_API_TOKEN`. ' +
        'Errors are `application/problem+json` with a stable `code`, the `field` at fault and the `request_id`.',
    },
  }) as unknown as Record<string, unknown>;
}
