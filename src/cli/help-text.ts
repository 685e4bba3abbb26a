import { environmentHelp } from './environment-variables.js';

/** The text after a command's options: its examples, then the environment it reads. */
export function helpText(examples: readonly string[], ...sections: string[]): string {
  return ['', 'Examples:', ...examples.map((e) => `  $ ${e}`), '', environmentHelp(), ...sections.flatMap((s) => ['', s])].join('\n');
}
