import type { ServerApp } from '../../server-deps.js';
import { openApiDocument } from './openapi-document.js';

export function getOpenApi(app: ServerApp, version: string): void {
  let doc: Record<string, unknown> | undefined;
  app.get('/openapi.json', (c) => c.json((doc ??= openApiDocument(app, version))));
}
