import { requestExample, type ExampleIdLookup } from '../../../src/spec/examples/request-examples.js';
import type { ActionDefinition, FileInput } from '../../../src/actions/index.js';

/**
 * The example input fields of an action (`body`, `file`) from the example of its operation
 * (src/spec/examples), with `id` resolving references to other records; undefined without one.
 * A file example becomes the action's file input (base64).
 */
export function actionExample(action: Pick<ActionDefinition, 'operationKey'>, id: ExampleIdLookup): Record<string, unknown> | undefined {
  // Takes the action, not its name: the docs generator passes actions it built in memory, and must
  // not load the checked-in catalogue (generators are pure functions of specs/).
  const example = requestExample(action.operationKey, id);
  if (!example) return undefined;
  const out: Record<string, unknown> = {};
  if (example.body !== undefined) out['body'] = example.body;
  if (example.file) {
    const file: FileInput = { filename: example.file.filename, content_base64: Buffer.from(example.file.text, 'utf8').toString('base64'), content_type: example.file.contentType };
    out['file'] = file;
  }
  return out;
}
