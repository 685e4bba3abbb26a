import { SimError } from '../../core/sim-error.js';

function pointer(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new SimError(400, 'INVALID_FIELD', `path: JSON Pointer must start with "/", got "${path}"`);
  return path.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * RFC 6902 add/replace/remove/test on a copy of `doc` (copy and move are rare in the
 * SmartRecruiters docs and answered 400, which is what a strict server would do).
 */
export function applyJsonPatch(doc: unknown, ops: unknown[]): unknown {
  const root = structuredClone(doc) as Record<string, unknown>;
  ops.forEach((raw, i) => {
    if (!raw || typeof raw !== 'object') throw new SimError(400, 'INVALID_FIELD', `body[${i}]: must be an operation object`);
    const { op, path, value } = raw as { op?: unknown; path?: unknown; value?: unknown };
    if (typeof path !== 'string') throw new SimError(400, 'INVALID_FIELD', `body[${i}].path: is required`);
    if (op !== 'add' && op !== 'replace' && op !== 'remove' && op !== 'test') {
      throw new SimError(400, 'INVALID_FIELD', `body[${i}].op: must be one of add, replace, remove, test`);
    }
    const keys = pointer(path);
    const last = keys.pop();
    if (last === undefined) throw new SimError(400, 'INVALID_FIELD', `body[${i}].path: must not be the document root`);
    let parent: Record<string, unknown> = root;
    for (const k of keys) {
      const next = parent[k];
      if (next === undefined || next === null || typeof next !== 'object') {
        if (op === 'add' || op === 'replace') parent[k] = {};
        else throw new SimError(400, 'INVALID_FIELD', `body[${i}].path: "${path}" does not exist`);
      }
      parent = parent[k] as Record<string, unknown>;
    }
    if (Array.isArray(parent)) {
      const idx = last === '-' ? parent.length : Number(last);
      if (op === 'remove') parent.splice(idx, 1);
      else if (op === 'add') parent.splice(idx, 0, value);
      else if (op === 'replace') parent[idx] = value;
      return;
    }
    if (op === 'remove' || op === 'replace') {
      if (!(last in parent)) throw new SimError(400, 'INVALID_FIELD', `body[${i}].path: "${path}" does not exist`);
    }
    if (op === 'test') {
      if (JSON.stringify(parent[last]) !== JSON.stringify(value)) throw new SimError(409, 'TEST_FAILED', `body[${i}]: test failed at "${path}"`);
    } else if (op === 'remove') delete parent[last];
    else parent[last] = value;
  });
  return root;
}
