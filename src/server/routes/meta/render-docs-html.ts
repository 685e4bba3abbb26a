/** Minimal views of the parts of an OpenAPI 3.1 document the page shows. */
interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: unknown }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** `code` spans for backticks; everything else escaped. */
const prose = (s: string | undefined): string => (s ? escape(s).replace(/`([^`]+)`/g, '<code>$1</code>') : '');

const anchor = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function schemaLink(schema: unknown): string {
  if (!schema || typeof schema !== 'object') return '';
  const ref = (schema as { $ref?: unknown }).$ref;
  if (typeof ref === 'string') {
    const name = ref.split('/').pop() ?? ref;
    return `<a href="#schema-${anchor(name)}"><code>${escape(name)}</code></a>`;
  }
  return `<pre>${escape(JSON.stringify(schema, null, 2))}</pre>`;
}

function renderOperation(method: string, path: string, op: Operation): string {
  const id = anchor(`${method} ${path}`);
  const params = op.parameters ?? [];
  const body = Object.entries(op.requestBody?.content ?? {});
  const responses = Object.entries(op.responses ?? {});
  return [
    `<section class="op" id="${id}">`,
    `<h3><span class="m m-${method}">${method.toUpperCase()}</span> <code>${escape(path)}</code></h3>`,
    `<p class="summary">${prose(op.summary)}${op.security && op.security.length > 0 ? ' <span class="auth">bearer token</span>' : ' <span class="open">no token</span>'}</p>`,
    op.description ? `<p>${prose(op.description)}</p>` : '',
    params.length
      ? `<h4>Parameters</h4><table><tr><th>name</th><th>in</th><th>required</th><th>description</th></tr>${params
          .map((p) => `<tr><td><code>${escape(p.name)}</code></td><td>${escape(p.in)}</td><td>${p.required ? 'yes' : 'no'}</td><td>${prose(p.description)}</td></tr>`)
          .join('')}</table>`
      : '',
    body.length ? `<h4>Request body</h4>${body.map(([type, m]) => `<p><code>${escape(type)}</code> ${schemaLink(m.schema)}</p>`).join('')}` : '',
    responses.length
      ? `<h4>Responses</h4><table>${responses
          .map(
            ([status, r]) =>
              `<tr><td><code>${escape(status)}</code></td><td>${prose(r.description)}</td><td>${Object.entries(r.content ?? {})
                .map(([type, m]) => `<code>${escape(type)}</code> ${schemaLink(m.schema)}`)
                .join('<br>')}</td></tr>`,
          )
          .join('')}</table>`
      : '',
    '</section>',
  ].join('\n');
}

/**
 * A self-contained reference page (inline CSS, no script, no CDN) rendered from the same
 * OpenAPI document `/openapi.json` serves, so the two cannot disagree.
 */
export function renderDocsHtml(doc: Record<string, unknown>): string {
  const info = (doc.info ?? {}) as { title?: string; version?: string; description?: string };
  const paths = (doc.paths ?? {}) as Record<string, Partial<Record<(typeof METHODS)[number], Operation>>>;
  const schemas = ((doc.components as { schemas?: Record<string, unknown> } | undefined)?.schemas ?? {}) as Record<string, unknown>;
  const ops = Object.entries(paths).flatMap(([path, item]) => METHODS.filter((m) => item[m]).map((m) => ({ method: m, path, op: item[m] as Operation })));
  const byTag = new Map<string, typeof ops>();
  for (const o of ops) {
    const tag = o.op.tags?.[0] ?? 'Other';
    byTag.set(tag, [...(byTag.get(tag) ?? []), o]);
  }
  const toc = [...byTag.entries()]
    .map(([tag, list]) => `<li>${escape(tag)}<ul>${list.map((o) => `<li><a href="#${anchor(`${o.method} ${o.path}`)}">${o.method.toUpperCase()} ${escape(o.path)}</a></li>`).join('')}</ul></li>`)
    .join('');
  const sections = [...byTag.entries()].map(([tag, list]) => `<h2 id="tag-${anchor(tag)}">${escape(tag)}</h2>${list.map((o) => renderOperation(o.method, o.path, o.op)).join('\n')}`);
  const schemaSections = Object.entries(schemas).map(
    ([name, schema]) => `<section class="schema" id="schema-${anchor(name)}"><h3><code>${escape(name)}</code></h3><pre>${escape(JSON.stringify(schema, null, 2))}</pre></section>`,
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(info.title ?? 'API')} ${escape(info.version ?? '')} — reference</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:0;display:flex;color:#1b1f24}
nav{width:300px;flex:none;height:100vh;overflow:auto;position:sticky;top:0;background:#f6f8fa;padding:1rem;box-sizing:border-box;font-size:13px}
nav ul{list-style:none;padding-left:.8rem}main{padding:1rem 2rem;max-width:960px}
code,pre{font-family:ui-monospace,monospace;font-size:13px}pre{background:#f6f8fa;padding:.6rem;overflow:auto;max-height:28rem}
.op{border-top:1px solid #d0d7de;padding:.5rem 0}.m{display:inline-block;min-width:4.5em;text-align:center;border-radius:4px;color:#fff;font-size:12px;padding:2px 4px}
.m-get{background:#1f6feb}.m-post{background:#1a7f37}.m-put{background:#9a6700}.m-patch{background:#8250df}.m-delete{background:#cf222e}
.auth,.open{font-size:12px;border:1px solid #d0d7de;border-radius:4px;padding:0 4px}table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:2px 6px;text-align:left;vertical-align:top}
</style></head><body>
<nav><strong>${escape(info.title ?? 'API')}</strong> <small>${escape(info.version ?? '')}</small><ul>${toc}<li><a href="#schemas">Schemas</a></li></ul><p><a href="/openapi.json">openapi.json</a></p></nav>
<main><h1>${escape(info.title ?? 'API')}</h1><p>${prose(info.description)}</p>
${sections.join('\n')}
<h2 id="schemas">Schemas</h2>
${schemaSections.join('\n')}
</main></body></html>
`;
}
