// A @web/test-runner reporter that writes the run's pass/fail counts to a JSON file, so that
// the root `npm test` can add them to its one summary line (WTR's own summary is not readable).
import { appendFileSync } from 'node:fs';

function count(suite, acc) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else {
      acc.failed++;
      acc.failures.push(t.name);
    }
  }
  for (const s of suite?.suites ?? []) count(s, acc);
  return acc;
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const s of sessions) {
        count(s.testResults, acc);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!s.passed && (s.errors?.length ?? 0) > 0) {
          acc.failed++;
          acc.failures.push(`${s.testFile}: ${s.errors.map((e) => e.message).join('; ')}`);
        }
      }
      const file = process.env.SKILLS_TEST_COUNTS;
      if (file) appendFileSync(file, `${JSON.stringify(acc)}\n`);
    },
  };
}
