import type { Command } from 'commander';
import { generateSecretKey } from '../../accounts/index.js';

/** `srconnect keygen`: a fresh SRCONNECT_SECRET_KEY on stdout, nothing else (so `$(srconnect keygen)` works). */
export function registerKeygen(program: Command, write: (text: string) => void = (t) => void process.stdout.write(t)): void {
  program
    .command('keygen')
    .description('print a fresh SRCONNECT_SECRET_KEY (256 random bits, base64url)')
    .addHelpText('after', '\nexport SRCONNECT_SECRET_KEY="$(srconnect keygen)". Keep it: stored credentials cannot be decrypted without it.')
    .action(() => {
      write(`${generateSecretKey()}\n`);
    });
}
