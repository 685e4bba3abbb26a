/**
 * Builds the table of the 312 official SmartRecruiters operations from the vendored spec files:
 * method, path and operationId from the official index (the authority for paths); parameters,
 * summaries and enums from official-docs/*.json where they exist; pagination and rate-limit
 * class from the hand-kept table beside this file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type {
  AuthMode,
  BodyMode,
  HttpMethod,
  OperationSpec,
  ParamSpec,
  ParamType,
} from '../../src/spec/operation-spec.js';
import { DEPRECATED, EXTRA_QUERY_PARAMS, PAGINATION, RATE_LIMIT_CLASS } from './pagination-table.js';

const API_HOST = 'https://api.smartrecruiters.com';

interface ManifestOperation {
  operation_id: string;
  method: string;
  base_url: string;
  path: string;
  source: string;
  auth_mode: string;
  body_mode: string;
  tags: string[];
}

interface DocParam {
  name: string;
  type?: string;
  required?: boolean;
  repeatable?: boolean;
  enum?: string[];
  min?: number;
  max?: number;
  default?: string | number | boolean;
  deprecated?: boolean;
  description?: string;
}

interface DocOperation {
  operationId: string;
  method: string;
  path: string;
  summary?: string;
  description?: string;
  path_params?: DocParam[];
  query?: DocParam[];
  requestBody?: { content_type?: string } | null;
  notes?: string[];
}

export function loadManifest(specDir: string): ManifestOperation[] {
  const file = join(specDir, 'official-derived/smartrecruiters-openapi-manifest.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { operations: ManifestOperation[] }).operations;
}

export function loadDocOperations(specDir: string): Map<string, DocOperation> {
  const dir = join(specDir, 'official-docs');
  const byKey = new Map<string, DocOperation>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const doc = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { operations?: DocOperation[] };
    for (const op of doc.operations ?? []) byKey.set(`${op.method} ${op.path}`, op);
  }
  return byKey;
}

function paramType(raw: string | undefined): { type: ParamType; array: boolean } {
  const t = (raw ?? 'string').trim();
  const array = t.startsWith('array<');
  const inner = array ? t.slice(6, -1) : t;
  if (inner === 'integer') return { type: 'integer', array };
  if (inner === 'number') return { type: 'number', array };
  if (inner === 'boolean') return { type: 'boolean', array };
  if (inner.startsWith('string(date-time)')) return { type: 'date-time', array };
  if (inner === 'object') return { type: 'object', array };
  return { type: 'string', array };
}

function toParam(p: DocParam, forcePathRequired: boolean): ParamSpec {
  const { type, array } = paramType(p.type);
  const out: { -readonly [K in keyof ParamSpec]: ParamSpec[K] } = {
    name: p.name,
    type,
    required: forcePathRequired || p.required === true,
  };
  if (array || p.repeatable) out.array = true;
  if (p.enum?.length) out.enum = [...p.enum];
  if (typeof p.min === 'number') out.min = p.min;
  if (typeof p.max === 'number') out.max = p.max;
  if (p.default !== undefined && ['string', 'number', 'boolean'].includes(typeof p.default)) out.default = p.default;
  if (p.deprecated) out.deprecated = true;
  if (p.description) out.description = p.description.replace(/\s+/g, ' ').trim();
  return out;
}

function bodyMode(manifestMode: string, method: string, doc: DocOperation | undefined): BodyMode {
  const ct = doc?.requestBody?.content_type ?? '';
  if (ct.includes('json-patch')) return 'json-patch';
  if (manifestMode === 'multipart') return 'multipart';
  if (manifestMode === 'form') return 'form';
  if (method === 'GET' || method === 'DELETE') return doc?.requestBody ? 'json' : 'none';
  return 'json';
}

function registryOf(source: string): string {
  return source.replace(/\.json$/, '');
}

export function buildOperations(specDir: string): OperationSpec[] {
  const manifest = loadManifest(specDir);
  const docs = loadDocOperations(specDir);
  const idCount = new Map<string, number>();
  for (const m of manifest) idCount.set(m.operation_id, (idCount.get(m.operation_id) ?? 0) + 1);

  return manifest.map((m): OperationSpec => {
    const partner = !m.base_url.startsWith(API_HOST);
    const prefix = partner ? '' : m.base_url.slice(API_HOST.length);
    const path = `${prefix}${m.path}`;
    const method = m.method.toUpperCase() as HttpMethod;
    const sig = `${method} ${path}`;
    const doc = partner ? undefined : docs.get(sig);
    const registry = registryOf(m.source);

    // Path parameters: every {name} in the template, typed from the docs where they say.
    const docPath = new Map((doc?.path_params ?? []).map((p) => [p.name, p]));
    const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => {
      const name = match[1] as string;
      return toParam(docPath.get(name) ?? { name, type: 'string' }, true);
    });

    const pagination = PAGINATION[sig] ?? null;
    const queryParams = (doc?.query ?? []).map((q) => toParam(q, false));
    for (const extra of EXTRA_QUERY_PARAMS[sig] ?? []) {
      if (queryParams.some((q) => q.name === extra.name)) throw new Error(`EXTRA_QUERY_PARAMS ${sig}: the docs now list ${extra.name}; drop the extra`);
      queryParams.push(extra);
    }
    if (pagination) {
      // The pagination table names the paging parameters; make sure the query list has them.
      const names = new Set(queryParams.map((q) => q.name));
      const paging: ParamSpec[] =
        pagination.style === 'cursor'
          ? [
              { name: pagination.cursorParam, type: 'string', required: false },
              ...(pagination.limitParam ? [{ name: pagination.limitParam, type: 'integer' as const, required: false, min: 1, max: pagination.maxLimit }] : []),
            ]
          : pagination.style === 'offset'
            ? [
                { name: pagination.limitParam, type: 'integer', required: false, min: 1, max: pagination.maxLimit },
                { name: pagination.offsetParam, type: 'integer', required: false, min: 0 },
              ]
            : [
                { name: pagination.pageParam, type: 'integer', required: false, min: 0 },
                { name: pagination.sizeParam, type: 'integer', required: false, min: 1, max: pagination.maxLimit },
              ];
      for (const p of paging) if (!names.has(p.name)) queryParams.push(p);
    }

    const key = (idCount.get(m.operation_id) ?? 0) > 1 ? `${registry}/${m.operation_id}` : m.operation_id;
    const summary = (doc?.summary ?? m.operation_id).replace(/\s+/g, ' ').trim();
    const deprecated =
      registry === 'users-api-deprecated' || DEPRECATED.has(sig) || /deprecated/i.test(m.operation_id) || /deprecated/i.test(summary);

    return {
      key,
      operationId: m.operation_id,
      registry,
      method,
      path: partner ? m.base_url + m.path : path,
      host: partner ? 'partner' : 'api',
      summary,
      auth: m.auth_mode as AuthMode,
      bodyMode: bodyMode(m.body_mode, method, doc),
      pathParams,
      queryParams,
      pagination,
      rateLimit: RATE_LIMIT_CLASS[sig] ?? 'standard',
      deprecated,
      tags: [...m.tags],
    };
  });
}
