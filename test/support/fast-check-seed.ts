/**
 * The same generated cases on every run: fast-check's properties draw from one fixed seed, so a run
 * that passed here passes in CI, and a failure names a seed and path that replay it. To explore
 * other cases, set `LOSEN_FAST_CHECK_SEED` (any integer) for a run.
 */
import fc from 'fast-check';

const DEFAULT_SEED = 20_261_207;
const fromEnv = Number.parseInt(process.env.LOSEN_FAST_CHECK_SEED ?? '', 10);
fc.configureGlobal({ seed: Number.isSafeInteger(fromEnv) ? fromEnv : DEFAULT_SEED });
