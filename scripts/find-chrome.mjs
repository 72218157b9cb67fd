// Locate a Chrome/Chromium executable for the browser tests.
// Order: $CHROME_PATH (if it exists), then the usual install locations.
import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { pathToFileURL } from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  `${homedir()}/Applications/Google Chrome.app/Contents/MacOS/Google Chrome`,
  `${homedir()}/Applications/Chromium.app/Contents/MacOS/Chromium`,
];

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * @returns {string | null} absolute path of a Chrome/Chromium executable, or null when none is found.
 */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv) && isFile(fromEnv)) return fromEnv;
  for (const candidate of CANDIDATES) {
    if (isFile(candidate)) return candidate;
  }
  return null;
}

// `node scripts/find-chrome.mjs` prints the path (exit 1 when none).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const found = findChrome();
  if (found) console.log(found);
  else process.exitCode = 1;
}
