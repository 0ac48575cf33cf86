import type { Page } from 'playwright-core';
import type { ApexCallCounts } from './server.ts';

/**
 * The Apex calls a preview page made, as its Apex stand-in counts them (window.__apexCalls): what
 * the browser tests and the UI benchmark read to count calls per load and per save.
 */
export function apexCalls(page: Page): Promise<ApexCallCounts> {
  return page.evaluate(() => {
    const calls = (globalThis as unknown as { __apexCalls?: ApexCallCounts }).__apexCalls;
    return calls ?? { total: 0, byMethod: {} };
  });
}

/** How many times the page called PlanController.`method`. */
export async function callsOf(page: Page, method: string): Promise<number> {
  return (await apexCalls(page)).byMethod[`PlanController.${method}`] ?? 0;
}

/** Waits until the page has called PlanController.`method` `count` times in all. */
export async function waitForCalls(
  page: Page,
  method: string,
  count: number,
  timeout = 10_000
): Promise<void> {
  await page.waitForFunction(
    ([name, n]) =>
      ((globalThis as unknown as { __apexCalls?: ApexCallCounts }).__apexCalls?.byMethod[name] ?? 0) >= n,
    [`PlanController.${method}`, count] as const,
    { timeout }
  );
}
