// Enforces the import direction of ../shared/design/architecture.md: a module under src/<layer>/
// may import only from the layers listed for it. Relative imports are resolved against the file,
// so `../client/x.js` from src/simulator/ is caught however deep the file sits.
import path from 'node:path';

/** layer -> layers it may import (besides itself). */
export const ALLOWED = {
  spec: [],
  client: ['spec'],
  simulator: ['spec'],
  actions: ['spec', 'client'],
  unified: ['spec', 'client', 'actions'],
  store: ['spec', 'client', 'actions', 'unified'],
  accounts: ['spec', 'client', 'actions', 'unified', 'store'],
  sync: ['spec', 'client', 'actions', 'unified', 'store', 'accounts'],
  webhooks: ['spec', 'client', 'actions', 'unified', 'store', 'accounts'],
  // Faces may start the simulator (`srconnect simulator`, `demo`); nothing below them may.
  // The server mounts the MCP core at /mcp (a thin route); mcp never imports the server.
  server: ['spec', 'client', 'actions', 'unified', 'store', 'accounts', 'sync', 'webhooks', 'simulator', 'mcp'],
  cli: ['spec', 'client', 'actions', 'unified', 'store', 'accounts', 'sync', 'webhooks', 'simulator', 'server', 'mcp'],
  mcp: ['spec', 'client', 'actions', 'unified', 'store', 'accounts', 'sync', 'webhooks'],
  web: ['spec', 'client', 'actions', 'unified', 'store', 'accounts', 'sync', 'webhooks'],
  shared: [],
};

function layerOf(file, srcRoot) {
  const rel = path.relative(srcRoot, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return rel.split(path.sep)[0] ?? null;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'imports follow the layer direction of the architecture doc' },
    schema: [],
    messages: {
      forbidden: "src/{{from}} may not import from src/{{to}} (allowed: {{allowed}}); see ../shared/design/architecture.md",
    },
  },
  create(context) {
    const srcRoot = path.join(context.cwd, 'src');
    const file = context.filename;
    const from = layerOf(file, srcRoot);
    if (!from || !(from in ALLOWED)) return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = layerOf(path.resolve(path.dirname(file), source), srcRoot);
      if (!to || to === from || !(to in ALLOWED)) return;
      if (ALLOWED[from].includes(to) || to === 'shared') return;
      context.report({ node, messageId: 'forbidden', data: { from, to, allowed: ALLOWED[from].join(', ') || 'none' } });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};
