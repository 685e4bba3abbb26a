import type { ExitName } from './exit-codes.js';

/** A failure the CLI itself detected, with the exit code it maps to (default: usage). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exit: ExitName = 'usage',
  ) {
    super(message);
    this.name = new.target.name;
  }
}
