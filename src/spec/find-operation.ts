import { operations } from './generated/operations.js';
import type { OperationSpec } from './operation-spec.js';

const byKey = new Map<string, OperationSpec>(operations.map((op) => [op.key, op]));
const bySignature = new Map<string, OperationSpec>(operations.map((op) => [`${op.method} ${op.path}`, op]));

/** The operation with this unique key (see OperationSpec.key), or undefined. */
export function operationByKey(key: string): OperationSpec | undefined {
  return byKey.get(key);
}

/** The operation declared with exactly this method and path template, e.g. `GET /candidates/{id}`. */
export function findOperation(method: string, pathTemplate: string): OperationSpec | undefined {
  return bySignature.get(`${method.toUpperCase()} ${pathTemplate}`);
}

interface CompiledRoute {
  readonly op: OperationSpec;
  readonly regex: RegExp;
  readonly names: readonly string[];
  /** Literal segments first: `/candidates/cv` must win over `/candidates/{id}`. */
  readonly literalSegments: number;
}

let compiled: CompiledRoute[] | undefined;

function compile(): CompiledRoute[] {
  const routes = operations
    .filter((op) => op.host === 'api')
    .map((op): CompiledRoute => {
      const names: string[] = [];
      const source = op.path
        .split('/')
        .map((seg) => {
          const m = /^\{(.+)\}$/.exec(seg);
          if (m) {
            names.push(m[1] as string);
            return '([^/]+)';
          }
          return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        })
        .join('/');
      const literalSegments = op.path.split('/').filter((s) => s && !s.startsWith('{')).length;
      return { op, regex: new RegExp(`^${source}/?$`), names, literalSegments };
    });
  return routes.sort((a, b) => b.literalSegments - a.literalSegments);
}

/**
 * Matches a concrete request (`GET /candidates/abc/tags`) to its official operation, with the
 * decoded path parameters. Literal segments win over parameters.
 */
export function matchOperation(
  method: string,
  path: string,
): { op: OperationSpec; params: Record<string, string> } | undefined {
  compiled ??= compile();
  const upper = method.toUpperCase();
  for (const route of compiled) {
    if (route.op.method !== upper) continue;
    const m = route.regex.exec(path);
    if (!m) continue;
    const params: Record<string, string> = {};
    route.names.forEach((name, i) => {
      params[name] = decodeURIComponent(m[i + 1] as string);
    });
    return { op: route.op, params };
  }
  return undefined;
}
