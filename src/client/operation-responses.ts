import type { OperationKey, SrOperationAnswers } from '../spec/index.js';

/**
 * The response body of each operation, by key: the documented 2xx answer from the spec's wire
 * types (`SrOperationAnswers`, generated from the official field lists). Operations the docs give
 * no answer fields answer `unknown` (or the type the caller names).
 */
export type OperationResponses = SrOperationAnswers;

/** The response body of operation K: from OperationResponses, else unknown. */
export type ResponseOf<K extends OperationKey> = K extends keyof OperationResponses ? OperationResponses[K] : unknown;

/**
 * The item type of a paginated operation's pages: the elements of its `content` (optional and
 * nullable on the wire, as the docs mark it), else unknown.
 */
export type PageItemOf<K extends OperationKey> = ResponseOf<K> extends { readonly content?: infer C } ? (NonNullable<C> extends readonly (infer I)[] ? I : unknown) : unknown;
