import type { ServerApp } from '../../server-deps.js';
import { openApiDocument } from './openapi-document.js';
import { renderDocsHtml } from './render-docs-html.js';

export function getDocs(app: ServerApp, version: string): void {
  let html: string | undefined;
  app.get('/docs', (c) => {
    html ??= renderDocsHtml(openApiDocument(app, version));
    c.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
    return c.html(html);
  });
}
