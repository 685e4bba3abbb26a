import type { OperationKey } from '../spec/index.js';

/**
 * The response body of each operation, by key. Empty for now: nothing in `spec/` types a response
 * yet, so every typed call answers `unknown` (or the type the caller names). When the spec's wire
 * types land, a generated `{ 'candidates.get': SrCandidate, … }` map replaces this one and every
 * typed call, page and item follows without a change here.
 */
export type OperationResponses = Record<never, never>;

/** The response body of operation K: from OperationResponses, else unknown. */
export type ResponseOf<K extends OperationKey> = K extends keyof OperationResponses ? OperationResponses[K] : unknown;

/** The item type of a paginated operation's pages: the elements of its `content`, else unknown. */
export type PageItemOf<K extends OperationKey> = ResponseOf<K> extends { readonly content: readonly (infer I)[] } ? I : unknown;
