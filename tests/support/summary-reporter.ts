// Prints the one closing line CI reads: `N passed, N failed, N skipped`, counting test cases. A file or suite
// that fails without a failed test (it did not load, or a beforeAll hook threw: no browser, say) counts as one
// failure, so a run that exits non-zero never reads "0 failed".
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const mod of testModules) {
      let failedHere = 0;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failedHere++;
        else skipped++;
      }
      const suiteFailed = [...mod.children.allSuites()].some((suite) => suite.state() === 'failed');
      if (failedHere === 0 && (mod.state() === 'failed' || suiteFailed)) failedHere = 1;
      failed += failedHere;
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
