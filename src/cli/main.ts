#!/usr/bin/env node
import { Command } from 'commander';
import { registerAccounts } from './commands/accounts.js';
import { registerActions } from './commands/actions.js';
import { registerDemo } from './commands/demo.js';
import { registerServe } from './commands/serve.js';
import { registerKeygen } from './commands/keygen.js';
import { registerSimulator } from './commands/simulator.js';

const program = new Command()
  .name('srconnect')
  .description('SmartRecruiters integration platform: client, simulator, action catalogue')
  .showHelpAfterError();

registerDemo(program);
registerServe(program);
registerSimulator(program);
registerActions(program);
registerAccounts(program);
registerKeygen(program);

await program.parseAsync(process.argv);
