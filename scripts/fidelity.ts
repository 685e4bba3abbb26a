/**
 * `npm run fidelity [-- --json] [-- --seed N]`: starts a small simulator, calls every official
 * API-host operation with valid input and prints, per API area, which operations have real state
 * behaviour and which documented response fields their answers carry.
 */
import { createSimulator } from '../src/simulator/index.js';
import { SAMPLE_SIM_OPTIONS } from '../test/support/simulator/sample-request.js';
import { computeFidelity } from './fidelity/compute-fidelity.js';
import { formatFidelity } from './fidelity/format-fidelity.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const seedAt = args.indexOf('--seed');
const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 7;
if (!Number.isInteger(seed) || seed < 0) {
  console.error('--seed: must be a non-negative integer');
  process.exit(2);
}

const sim = await createSimulator({ ...SAMPLE_SIM_OPTIONS, port: 0, seed, onError: () => undefined });
try {
  const report = await computeFidelity(sim);
  console.log(json ? JSON.stringify(report, null, 2) : formatFidelity(report));
  if (report.totals.answered2xx !== report.totals.operations) process.exitCode = 1;
} finally {
  await sim.close();
}
