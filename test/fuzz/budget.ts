// The fuzz budget. `npm test` runs every property with a fixed seed and a few hundred runs, so CI
// is reproducible and quick; `npm run fuzz` sets FUZZ_RUNS for a long search with a random seed,
// printed so that a failure can be replayed with FUZZ_SEED=<seed> (fast-check also prints the
// seed and the shrunk counterexample).
import fc from "fast-check";

const DEFAULT_RUNS = 300;
const DEFAULT_SEED = 20261202;

const runs = process.env.FUZZ_RUNS === undefined ? undefined : Number(process.env.FUZZ_RUNS);
if (runs !== undefined && !(Number.isInteger(runs) && runs > 0)) throw new Error(`FUZZ_RUNS must be a positive integer; got "${process.env.FUZZ_RUNS}"`);

const seed = process.env.FUZZ_SEED !== undefined
  ? Number(process.env.FUZZ_SEED)
  : runs === undefined ? DEFAULT_SEED : (Date.now() ^ (process.pid << 16)) >>> 0;
if (runs !== undefined || process.env.FUZZ_SEED !== undefined) {
  process.stderr.write(`fuzz: FUZZ_SEED=${seed} FUZZ_RUNS=${runs ?? DEFAULT_RUNS} (set both to replay)\n`);
}

/**
 * fast-check parameters for one property: `share` scales the run count for properties that cost
 * more per run (a CLI call) than a parser call.
 */
export function budget(share = 1): fc.Parameters<unknown> {
  return { seed, numRuns: Math.max(1, Math.round((runs ?? DEFAULT_RUNS) * share)) };
}

/** Whether this is the long `npm run fuzz` search (tests may then raise their timeouts). */
export const longRun = runs !== undefined;
