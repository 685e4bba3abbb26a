import type { OperationKey, ParamSpec, operations } from '../spec/index.js';
import type { SrRequest } from './sr-request.js';

/**
 * Requests typed from the spec's operation table (`as const`), as openapi-fetch types calls from
 * `paths`: the key picks the operation, and its declared path and query parameters become the
 * types of `pathParams` and `query`. Nothing here exists at run time.
 */

type Operation = (typeof operations)[number];

/** The table by key, built once (an Extract per key would scan all 312 entries for each). */
type OperationsByKey = { readonly [O in Operation as O['key']]: O };

/** The table entry of one operation key. */
export type OperationFor<K extends OperationKey> = OperationsByKey[K];

/** Keys of the operations that page (the only ones `paginate`, `paginateItems` and `collect` take). */
export type PaginatedOperationKey = Extract<Operation, { readonly pagination: object }>['key'];

type Scalar<P extends ParamSpec> = P extends { readonly enum: readonly (infer E extends string)[] }
  ? E
  : P['type'] extends 'integer' | 'number'
    ? number
    : P['type'] extends 'boolean'
      ? boolean
      : string;

type QueryValueOf<P extends ParamSpec> = P extends { readonly array: true } ? Scalar<P> | readonly Scalar<P>[] : Scalar<P>;

type QueryParamOf<K extends OperationKey> = OperationFor<K>['queryParams'][number];

/**
 * An `object` query parameter is sent as dotted keys (`custom_field.<id>=<valueIds>`), not under
 * its own name: those keys are open; every other name is one the spec declares.
 */
type DottedQuery<K extends OperationKey> = Extract<QueryParamOf<K>, { readonly type: 'object' }> extends never
  ? unknown
  : { readonly [dotted: `${string}.${string}`]: string };

/** The query of operation K: required parameters required, the rest optional (null or undefined are left out). */
export type QueryOf<K extends OperationKey> = {
  readonly [P in QueryParamOf<K> as P extends { readonly type: 'object' } ? never : P extends { readonly required: true } ? P['name'] : never]: QueryValueOf<P>;
} & {
  readonly [P in QueryParamOf<K> as P extends { readonly type: 'object' } ? never : P extends { readonly required: true } ? never : P['name']]?: QueryValueOf<P> | null | undefined;
} & DottedQuery<K>;

/** The path parameters of operation K, all required (a template has no optional segment). */
export type PathParamsOf<K extends OperationKey> = { readonly [P in OperationFor<K>['pathParams'][number] as P['name']]: string | number };

type PathParamsField<K extends OperationKey> = [keyof PathParamsOf<K>] extends [never]
  ? { readonly pathParams?: Readonly<Record<string, never>> }
  : { readonly pathParams: PathParamsOf<K> };

type QueryField<K extends OperationKey> = [Extract<QueryParamOf<K>, { readonly required: true }>] extends [never]
  ? { readonly query?: QueryOf<K> }
  : { readonly query: QueryOf<K> };

/** A call to the operation with key K: `{ operation: 'candidates.get', pathParams: { id } }`. */
export type OperationRequest<K extends OperationKey> = Omit<SrRequest, 'operation' | 'pathParams' | 'query'> & {
  /** The operation's key in the spec table (see OperationSpec.key). */
  readonly operation: K;
} & PathParamsField<K> &
  QueryField<K>;

/** A call to any of the operations K, told apart by `operation`: what a call with an explicit response type is checked against. */
export type AnyOperationRequest<K extends OperationKey = OperationKey> = { [Key in K]: OperationRequest<Key> }[K];
