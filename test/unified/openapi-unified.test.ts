import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unifiedResources } from '../../src/unified/index.js';
import { startUnifiedBed, type UnifiedBed } from './unified-testbed.js';

describe('the OpenAPI document shows every unified route with its schemas', () => {
  let u: UnifiedBed;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the document is arbitrary JSON
  let doc: any;
  beforeAll(async () => {
    u = await startUnifiedBed();
    doc = (await u.bed.call('GET', '/openapi.json')).body;
  });
  afterAll(() => u?.close());

  it.each(unifiedResources.map((r) => [r.key, r] as const))('%s: list and get, the model as a named schema', (_key, r) => {
    const list = doc.paths[`/unified/${r.area}/${r.path}`]?.get;
    const get = doc.paths[`/unified/${r.area}/${r.path}/{id}`]?.get;
    expect(list).toBeDefined();
    expect(get).toBeDefined();
    expect(list.security).toEqual([{ bearer: [] }]);
    const params = (list.parameters as { name: string }[]).map((p) => p.name);
    expect(params).toEqual(expect.arrayContaining(['account_id', 'cursor', 'limit', 'include_remote_data', ...r.filters]));
    expect(list.responses['200'].content['application/json'].schema.$ref).toBe(`#/components/schemas/${r.modelName}List`);
    expect(get.responses['200'].content['application/json'].schema.$ref).toBe(`#/components/schemas/${r.modelName}`);
    const model = doc.components.schemas[r.modelName];
    expect(model.required).toEqual(expect.arrayContaining(['id', 'remote_id', 'created_at', 'updated_at', 'remote_deleted_at', 'custom_fields']));
    expect(model.properties.remote_data).toBeDefined();
    expect(doc.components.schemas[`${r.modelName}List`].properties).toMatchObject({ result: { type: 'array' }, next_cursor: expect.any(Object) });
  });
});
