import type { ActionDefinition } from '../actions/index.js';
import { CliError } from './cli-error.js';
import { fileFromPath } from './file-from-path.js';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Files by path for the actions that take one (`file` in the input): `--file <path>`, or
 * `{"file": {"path": "cv.pdf"}}` in the JSON. Read here, so a 100 KB résumé never travels on the
 * command line; inline `{"filename", "content_base64"}` still works as is.
 */
export async function attachFiles(action: ActionDefinition, input: unknown, filePath: string | undefined): Promise<unknown> {
  if (!action.file) {
    if (filePath !== undefined) throw new CliError(`${action.name} takes no file; --file is for actions with a file input (e.g. parse_resume)`);
    return input;
  }
  if (!isObject(input)) return input;
  const given = input.file;
  if (filePath !== undefined) {
    if (given !== undefined) throw new CliError('give the file once: either --file or "file" in --input');
    return { ...input, file: await fileFromPath(filePath) };
  }
  if (isObject(given) && 'path' in given) {
    const { path, filename, content_type, ...rest } = given;
    if (typeof path !== 'string') throw new CliError('"file.path" must be a string path');
    if (Object.keys(rest).length > 0) throw new CliError(`"file" with a path takes only filename and content_type besides it, not ${Object.keys(rest).join(', ')}`);
    return { ...input, file: await fileFromPath(path, { filename, content_type }) };
  }
  return input;
}
