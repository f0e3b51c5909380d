import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Prints the closing line CI reads: `playwright: N passed, N failed, N skipped`. */
export default class CountReporter implements Reporter {
  #final = new Map<string, TestResult['status']>();

  onTestEnd(test: TestCase, result: TestResult) {
    this.#final.set(test.id, result.status);
  }

  onEnd(result: FullResult) {
    const states = [...this.#final.values()];
    const passed = states.filter((s) => s === 'passed').length;
    const skipped = states.filter((s) => s === 'skipped').length;
    let failed = states.length - passed - skipped;
    if (states.length === 0 || result.status !== 'passed') failed = Math.max(failed, 1);
    console.log(`\nplaywright: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
