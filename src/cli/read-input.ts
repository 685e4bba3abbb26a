import { readFile } from 'node:fs/promises';
import { CliError } from './cli-error.js';

/** Why a path could not be read, in words (never the file's content). */
export function fileProblem(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return typeof code === 'string' ? code : 'unreadable';
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `--input`: inline JSON, `@path` (a file) or `-` (stdin). Files and stdin carry inputs too
 * large for the argument list. The input may hold personal data: errors say where, never what.
 */
export async function readInput(raw: string | undefined, stdin: NodeJS.ReadableStream = process.stdin): Promise<unknown> {
  if (raw === undefined) return {};
  let text = raw;
  let source = '--input';
  if (raw === '-') {
    source = '--input - (stdin)';
    text = await readAll(stdin);
    if (text.trim() === '') throw new CliError(`${source} was empty; pipe the input JSON in, e.g. echo '{"id":"…"}' | srconnect actions run get_candidate --input -`);
  } else if (raw.startsWith('@')) {
    const path = raw.slice(1);
    if (path === '') throw new CliError('--input @ needs a path, e.g. --input @input.json');
    source = `--input file ${path}`;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      throw new CliError(`cannot read ${source}: ${fileProblem(err)}`);
    }
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CliError(`${source} is not valid JSON`);
  }
}
