import type { OperationKey } from '../generated/operations.js';

/**
 * Resolves a named reference to the system under test: a record id (`userId`, `jobId`), or a
 * value only that system knows (a free slot's start, a webhook receiver's URL). Tests and demos
 * pass real values; a docs generator can pass the name back to show where a reference goes.
 */
export type ExampleIdLookup = (name: string) => string;

/** The file part of a multipart example, as text (every example file is a small text file). */
export interface ExampleFile {
  readonly filename: string;
  readonly contentType: string;
  readonly text: string;
}

/**
 * One realistic request: the JSON body (an object or an array), or, for a multipart operation,
 * its text form fields in `body` and its file in `file`.
 */
export interface RequestExample {
  readonly body?: unknown;
  readonly file?: ExampleFile;
}

/** An example as a function of the references it needs, so a caller can point it at real records. */
export type RequestExampleOf = (id: ExampleIdLookup) => RequestExample;

/** Examples of one resource area, keyed by operation key (a typo is a type error). */
export type RequestExampleTable = Partial<Record<OperationKey, RequestExampleOf>>;
