#!/usr/bin/env node
import { Command } from 'commander';
import { registerDemo } from './commands/demo.js';

const program = new Command()
  .name('srconnect')
  .description('SmartRecruiters integration platform: client, simulator, action catalogue')
  .showHelpAfterError();

registerDemo(program);

await program.parseAsync(process.argv);
