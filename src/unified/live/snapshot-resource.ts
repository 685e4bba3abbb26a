import type { z } from 'zod';
import type { ActionClient } from '../../actions/index.js';
import type { FilterName, GetRequest, ListFilters, UnifiedResource } from './list-request.js';
import { notFound } from './unified-error.js';
import { after, keysetPage } from './upstream.js';

interface SnapshotSpec<M> {
  readonly key: string;
  readonly area: UnifiedResource['area'];
  readonly path: string;
  readonly modelName: string;
  readonly schema: z.ZodType;
  readonly what: string;
  readonly filters?: readonly FilterName[];
  /** Every record of the account (configuration lists are short). */
  all(client: ActionClient, includeRemoteData: boolean, signal: AbortSignal | undefined): Promise<M[]>;
  /** A direct read by id, when SmartRecruiters has one; else the list is searched. */
  one?(client: ActionClient, id: string, req: GetRequest): Promise<M>;
  keep?(record: M, filters: ListFilters): boolean;
}

/**
 * A resource SmartRecruiters lists whole (or in a few pages): each unified page reads it all and
 * pages it by id, so records added or removed during a walk never make it skip or repeat another.
 */
export function snapshotResource<M extends { id: string; created_at: string | null; updated_at: string | null }>(spec: SnapshotSpec<M>): UnifiedResource<M> {
  return {
    key: spec.key,
    area: spec.area,
    path: spec.path,
    modelName: spec.modelName,
    schema: spec.schema,
    filters: spec.filters ?? [],
    async list(client, req) {
      const all = (await spec.all(client, req.includeRemoteData, req.signal)).filter(
        (r) => after(r.created_at, req.filters.created_after) && after(r.updated_at, req.filters.updated_after) && (spec.keep?.(r, req.filters) ?? true),
      );
      return keysetPage(all, req.position, req.limit);
    },
    async get(client, id, req) {
      if (spec.one) return spec.one(client, id, req);
      const found = (await spec.all(client, req.includeRemoteData, req.signal)).find((r) => r.id === id);
      if (!found) throw notFound(spec.what, id);
      return found;
    },
  };
}
