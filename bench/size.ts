/**
 * `npm run size` (`tsx bench/size.ts [--budget kB]`, by default `FIRST_LOAD_BUDGET_KB`): prints the app's first-load size (JS and CSS,
 * gzip level 9, in kB of 1,000 bytes) from `dist/`, and fails when it is over the budget.
 * Sizes are deterministic, so `npm test` runs this right after the build.
 */
import { parseArgs } from 'node:util';
import { FIRST_LOAD_BUDGET_KB, formatFirstLoad, formatKilobytes } from '../scripts/firstLoadSize';
import { readFirstLoad } from './firstLoad';

function main(): number {
  const { values } = parseArgs({
    options: { budget: { type: 'string' }, dist: { type: 'string', default: 'dist' } },
  });
  const budget = values.budget === undefined ? FIRST_LOAD_BUDGET_KB : Number(values.budget);
  if (!(Number.isFinite(budget) && budget > 0)) {
    console.error(`size: --budget must be a positive number of kB, got "${values.budget}"`);
    return 2;
  }
  const load = readFirstLoad(values.dist);
  console.log(`First load of ${values.dist}/ (gzip -9):\n${formatFirstLoad(load)}`);
  const limit = budget * 1000;
  if (load.totalGzip > limit) {
    const files = load.assets
      .map((asset) => `${asset.path} ${formatKilobytes(asset.gzipBytes)}`)
      .join(', ');
    console.error(
      `size: the first load is ${formatKilobytes(load.totalGzip)} gzip, over the budget of ${formatKilobytes(limit)} ` +
        `by ${formatKilobytes(load.totalGzip - limit)} (${files}).`,
    );
    return 1;
  }
  console.log(
    `Within the budget: ${formatKilobytes(load.totalGzip)} of ${formatKilobytes(limit)} (${formatKilobytes(limit - load.totalGzip)} to spare).`,
  );
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`size: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
