// Makes sure the browser tests have a Chromium. Never skips them silently: it finds one, installs
// Debian's package when it can, falls back to Playwright's own download, or stops with the command to run.
import { execSync } from 'node:child_process';
import { findChromium } from './chromium-path.mjs';

function run(command) {
  console.log(`ensure-chromium: ${command}`);
  execSync(command, { stdio: 'inherit' });
}

function canUseApt() {
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
    return typeof process.getuid === 'function' && process.getuid() === 0;
  } catch {
    return false;
  }
}

const found = findChromium();
if (found) {
  console.log(`ensure-chromium: using ${found}`);
  process.exit(0);
}

if (canUseApt()) {
  try {
    run('apt-get update && apt-get install -y chromium');
    if (findChromium()) process.exit(0);
  } catch {
    console.error('ensure-chromium: apt-get could not install chromium.');
  }
}

try {
  run('npx playwright install chromium');
  console.log("ensure-chromium: using Playwright's own Chromium");
  process.exit(0);
} catch {
  console.error(
    [
      'ensure-chromium: no Chromium found for the browser tests, and none could be installed.',
      'Install one, then run npm test again:',
      '  sudo apt-get update && sudo apt-get install -y chromium',
      'or point CHROMIUM_PATH at an existing Chromium or Chrome executable.',
    ].join('\n'),
  );
  process.exit(1);
}
