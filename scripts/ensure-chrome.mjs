// Make sure a Chrome/Chromium is available for @web/test-runner.
// When none is found and we are root on Debian/Ubuntu, install Debian's chromium with apt-get.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChrome } from './find-chrome.mjs';

let chrome = findChrome();

if (!chrome) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get') || existsSync('/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('[ensure-chrome] No Chrome/Chromium found; installing Debian chromium with apt-get…');
    const result = spawnSync('sh', ['-c', 'apt-get update && apt-get install -y chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0) {
      console.error(`[ensure-chrome] apt-get failed (exit ${result.status ?? result.signal}).`);
    }
    chrome = findChrome();
  }
}

if (!chrome) {
  console.error(
    [
      '[ensure-chrome] No Chrome or Chromium executable found; the browser tests need one.',
      '  - Debian/Ubuntu:  sudo apt-get install -y chromium',
      '  - macOS:          install Google Chrome or Chromium into /Applications',
      '  - anywhere:       set CHROME_PATH=/path/to/chrome',
    ].join('\n'),
  );
  process.exit(1);
}

console.log(`[ensure-chrome] using ${chrome}`);
