// @web/test-runner reporter that writes test-results/summary.json = { passed, failed, skipped },
// counted over every test file (session) of the run. Use it next to defaultReporter().
//
// Counting rules:
//  - every test in the (nested) suites of a session's testResults counts as passed, failed or skipped;
//  - a session that did not pass but has no failed test (a module that failed to import, a hook
//    error, a browser crash or timeout, an uncaught error after the tests) counts as 1 failed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** @param {import('@web/test-runner').TestSuiteResult | undefined} suite */
function countSuite(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, totals);
}

/** @param {import('@web/test-runner').TestSession[]} sessions */
export function countSessions(sessions) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for (const session of sessions) {
    const own = { passed: 0, failed: 0, skipped: 0 };
    countSuite(session.testResults, own);
    const finishedOk = session.status === 'FINISHED' && session.passed === true;
    if (!finishedOk && own.failed === 0) own.failed = 1;
    totals.passed += own.passed;
    totals.failed += own.failed;
    totals.skipped += own.skipped;
  }
  return totals;
}

/**
 * @param {{ outputFile?: string }} [options] outputFile is resolved against the test runner's rootDir.
 * @returns {import('@web/test-runner').Reporter}
 */
export function countReporter({ outputFile = 'test-results/summary.json' } = {}) {
  let file = resolve(outputFile);

  function write(sessions) {
    const totals = countSessions(sessions);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(totals, null, 2)}\n`);
  }

  return {
    start({ config }) {
      file = resolve(config.rootDir ?? process.cwd(), outputFile);
    },
    // Written after each run (watch mode) and once more when the runner stops.
    onTestRunFinished({ sessions }) {
      write(sessions);
    },
    stop({ sessions }) {
      write(sessions);
    },
  };
}
