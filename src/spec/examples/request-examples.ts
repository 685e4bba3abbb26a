import { CANDIDATE_EXAMPLES } from './candidate-examples.js';
import { CONFIGURATION_EXAMPLES } from './configuration-examples.js';
import { EXTRA_AREA_EXAMPLES } from './extra-area-examples.js';
import { HIRING_EXAMPLES } from './hiring-examples.js';
import { JOB_EXAMPLES } from './job-examples.js';
import type { ExampleIdLookup, RequestExample, RequestExampleTable } from './request-example.js';
import { USER_EXAMPLES } from './user-examples.js';

export type { ExampleFile, ExampleIdLookup, RequestExample, RequestExampleOf, RequestExampleTable } from './request-example.js';

/** The per-area tables; an operation appears in at most one (request-examples.test.ts checks). */
export const REQUEST_EXAMPLE_TABLES: readonly RequestExampleTable[] = [CANDIDATE_EXAMPLES, JOB_EXAMPLES, CONFIGURATION_EXAMPLES, HIRING_EXAMPLES, USER_EXAMPLES, EXTRA_AREA_EXAMPLES];

/**
 * Realistic request bodies keyed by operation key: the one home of the examples that action
 * sample inputs, the simulator's every-operation calls, the fidelity report and the action docs use.
 * Operations without an entry take no body, or one generated from their documented fields.
 * Test and docs data only: not part of the build (tsconfig.build.json).
 */
export const REQUEST_EXAMPLES: RequestExampleTable = Object.assign({}, ...REQUEST_EXAMPLE_TABLES);

/**
 * The example of an operation, with `id` resolving its references, or undefined when it has none.
 * A deep copy: the tables share nested constants, and a caller may change what it gets.
 */
export function requestExample(operationKey: string, id: ExampleIdLookup): RequestExample | undefined {
  const example = (REQUEST_EXAMPLES as Record<string, ((id: ExampleIdLookup) => RequestExample) | undefined>)[operationKey]?.(id);
  return example && structuredClone(example);
}

/** The names an operation's example refers to (`['candidateId', 'jobId']`), in order, each once. */
export function exampleRefNames(operationKey: string): string[] {
  const names = new Set<string>();
  requestExample(operationKey, (name) => {
    names.add(name);
    return `{${name}}`;
  });
  return [...names];
}
