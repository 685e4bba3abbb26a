import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { CliError } from './cli-error.js';
import { fileProblem } from './read-input.js';

/** A file input as the actions take it (`{filename, content_base64, content_type?}`), read from a path. */
export interface FileFromPath {
  filename: string;
  content_base64: string;
  content_type?: string;
}

/** Reads a file given by path into an action's file input; the filename defaults to the path's base name. */
export async function fileFromPath(path: string, overrides: { filename?: unknown; content_type?: unknown } = {}): Promise<FileFromPath> {
  if (path === '') throw new CliError('a file path is empty');
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CliError(`${path} is not a file`);
    bytes = await readFile(path);
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`cannot read file ${path}: ${fileProblem(err)}`);
  }
  if (bytes.length === 0) throw new CliError(`file ${path} is empty`);
  return {
    filename: typeof overrides.filename === 'string' && overrides.filename !== '' ? overrides.filename : basename(path),
    content_base64: bytes.toString('base64'),
    ...(typeof overrides.content_type === 'string' ? { content_type: overrides.content_type } : {}),
  };
}
