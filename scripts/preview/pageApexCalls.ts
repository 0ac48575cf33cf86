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

/** How many times the page called PlanController.`method` (or another class's, named in full). */
export async function callsOf(page: Page, method: string): Promise<number> {
  return (await apexCalls(page)).byMethod[qualified(method)] ?? 0;
}

/** 'savePlan' is PlanController's; another class's method is named in full ('BuyerRoomController.act'). */
function qualified(method: string): string {
  return method.includes('.') ? method : `PlanController.${method}`;
}

/** Waits until the page has called PlanController.`method` (or another class's, named in full) `count` times in all. */
export async function waitForCalls(
  page: Page,
  method: string,
  count: number,
  timeout = 10_000
): Promise<void> {
  await page.waitForFunction(
    ([name, n]) =>
      ((globalThis as unknown as { __apexCalls?: ApexCallCounts }).__apexCalls?.byMethod[name] ?? 0) >= n,
    [qualified(method), count] as const,
    { timeout }
  );
}
