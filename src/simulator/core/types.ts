import type { OperationSpec } from '../../spec/index.js';
import type { SimState } from '../state/sim-state.js';

/** A request that passed auth, limits and input validation, as a handler sees it. */
export interface SimRequest {
  readonly op: OperationSpec;
  readonly method: string;
  /** Concrete path without the query, e.g. `/candidates/abc/tags`. */
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
  /** Declared query params, typed from the table: arrays for repeatable params, numbers, booleans. */
  readonly query: Readonly<Record<string, QueryValue>>;
  readonly rawQuery: URLSearchParams;
  /** Lower-cased header names. */
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed body: JSON value, form fields object, multipart fields object, or undefined. */
  readonly body: unknown;
  readonly rawBody: Buffer;
  /** Opaque id of the calling credential (`key:…`/`oauth:…`), null for public operations. */
  readonly credential: string | null;
  /** Base URL the client used, e.g. `http://127.0.0.1:4010`. */
  readonly baseUrl: string;
}

export type QueryValue = string | number | boolean | readonly (string | number | boolean)[];

export interface SimResponse {
  readonly status: number;
  /** Serialised as JSON unless it is a Buffer/string with a content-type header set. */
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Answers one official operation. Throw `SimError` for documented error answers. */
export type Handler = (req: SimRequest) => SimResponse | Promise<SimResponse>;

/** What an area gets to build its handlers. */
export interface AreaContext {
  readonly state: SimState;
}

/** One API area: handlers keyed by operation key (`OperationSpec.key`). */
export interface Area {
  readonly name: string;
  readonly handlers: Readonly<Record<string, Handler>>;
}

export type AreaFactory = (ctx: AreaContext) => Area;
