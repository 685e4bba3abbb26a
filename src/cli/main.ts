#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { registerAccounts } from './commands/accounts.js';
import { registerActions } from './commands/actions.js';
import { registerDemo } from './commands/demo.js';
import { registerServe } from './commands/serve.js';
import { registerKeygen } from './commands/keygen.js';
import { registerMcp } from './commands/mcp.js';
import { registerSimulator } from './commands/simulator.js';
import { registerUnified } from './commands/unified.js';
import { describeFailure } from './describe-failure.js';
import { exitCode, exitCodesHelp } from './exit-codes.js';
import { helpText } from './help-text.js';
import { packageVersion } from './package-version.js';

// `srconnect … | head`: the reader left; stop writing, quietly (no EPIPE stack trace).
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`${describeFailure(err).line}\n`);
  process.exit(exitCode('upstream'));
});

// Last resort: whatever escaped a command is still one line, never a stack trace.
const lastResort = (err: unknown): void => {
  const { exit, line } = describeFailure(err);
  process.stderr.write(`${line}\n`);
  process.exit(exit);
};
process.on('uncaughtException', lastResort);
process.on('unhandledRejection', lastResort);

/** Commander's own errors ("unknown option", a refused option value) as one line with a pointer to --help. */
function oneLineCommanderError(text: string, write: (s: string) => void): void {
  const message = text.replace(/^error:\s*/i, '').replace(/\s*\n\s*/g, ' ').trim();
  if (message) write(`srconnect: ${message} (see --help)\n`);
}

const program = new Command()
  .name('srconnect')
  .description('SmartRecruiters integration platform: client, simulator, action catalogue')
  .version(packageVersion(), '-V, --version', 'print the version')
  .exitOverride()
  .configureOutput({ outputError: oneLineCommanderError })
  .addHelpText(
    'after',
    helpText(
      ['srconnect simulator --port 4010 --api-key dev-key', 'srconnect actions list', 'srconnect actions run get_candidate --input @input.json'],
      exitCodesHelp(),
    ),
  );

registerDemo(program);
registerServe(program);
registerSimulator(program);
registerActions(program);
registerAccounts(program);
registerKeygen(program);
registerUnified(program);
registerMcp(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (!(err instanceof CommanderError)) lastResort(err);
  else if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0) process.exitCode = 0;
  // Usage mistakes (unknown option or command, a refused value, a missing argument) are exit 2.
  else process.exitCode = exitCode('usage');
}
