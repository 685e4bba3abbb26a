import type { Command } from 'commander';
import { helpText } from '../help-text.js';

/**
 * `srconnect demo` will start the simulator and the HTTP server on embedded SQLite, link a demo
 * account and run the first sync. The server and sync layers are not built yet, so it says what
 * it will do and exits non-zero rather than pretending.
 */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('start the simulator + server on SQLite, link a demo account, run the first sync (not available yet)')
    .addHelpText('after', helpText(['srconnect demo', 'npm run demo']))
    .action(() => {
      process.stderr.write(
        [
          'srconnect demo is not available yet.',
          'When the server and sync layers land it will:',
          '  1. start the SmartRecruiters simulator on a local port with seeded data,',
          '  2. start the srconnect HTTP server on embedded SQLite (./srconnect.db),',
          '  3. link a demo account to the simulator and run the first sync,',
          '  4. print the URLs and the API token, and run until Ctrl-C.',
          'Today you can run `npx srconnect simulator` and use `srconnect/client` against it.',
          '',
        ].join('\n'),
      );
      process.exitCode = 2;
    });
}
