#!/usr/bin/env node
/**
 * `npm test`: every stage in order, each to its end, then a table of what passed and failed. A
 * failing stage does not hide the later ones (the unit tests failing still shows whether the build,
 * the size budget and the browser tests pass); stages that need the build are skipped when it
 * failed. Exits non-zero when any stage failed.
 */
import { spawnSync } from 'node:child_process';

/** The stages, in order: the npm script and the stage it needs, if any. */
const STAGES = [
  { script: 'typecheck' },
  { script: 'lint' },
  { script: 'format:check' },
  { script: 'test:unit' },
  { script: 'build' },
  { script: 'size', needs: 'build' },
  { script: 'test:e2e', needs: 'build' },
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const results = [];
for (const stage of STAGES) {
  const needed = stage.needs && results.find((r) => r.script === stage.needs);
  if (needed && needed.status !== 'passed') {
    results.push({
      script: stage.script,
      status: 'skipped',
      seconds: 0,
      note: `needs ${stage.needs}`,
    });
    continue;
  }
  console.log(`\n── npm run ${stage.script} ──`);
  const started = Date.now();
  const run = spawnSync(npm, ['run', stage.script], { stdio: 'inherit' });
  const seconds = (Date.now() - started) / 1000;
  const status = run.status === 0 ? 'passed' : 'failed';
  const note = run.error ? run.error.message : run.signal ? `stopped by ${run.signal}` : '';
  results.push({ script: stage.script, status, seconds, note });
}

const width = Math.max(...results.map((r) => r.script.length));
console.log('\nStage'.padEnd(width + 3) + 'Result    Time');
for (const r of results) {
  const time = r.status === 'skipped' ? '' : `${r.seconds.toFixed(1)} s`;
  console.log(`${r.script.padEnd(width + 2)}${r.status.padEnd(10)}${time.padStart(8)}  ${r.note}`);
}
const total = results.reduce((sum, r) => sum + r.seconds, 0);
const count = (status) => results.filter((r) => r.status === status).length;
console.log(`\nTotal ${(total / 60).toFixed(1)} min.`);
const skipped = count('skipped');
console.log(
  `stages: ${count('passed')} passed, ${count('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`,
);
process.exit(count('failed') > 0 ? 1 : 0);
