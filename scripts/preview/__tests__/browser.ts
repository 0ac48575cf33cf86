import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../localorg/index.ts';
import { ensurePreviewBundle } from '../build.ts';
import { launchChromium } from '../chromium.ts';
import { servePreview, type RunningPreview } from '../servePreview.ts';
import { startDemoOrg, type DemoOrg } from './demoOrg.ts';

export const ARTIFACTS = path.join(PROJECT_ROOT, 'artifacts/browser');

let bundle: Promise<string> | undefined;

/** A local org with demo data, the preview on it, and a headless browser: what each browser test runs on. */
export interface PreviewStack extends DemoOrg {
  preview: RunningPreview;
  browser: Browser;
  /** A fresh page on the record, with the script errors and console errors it logs. */
  open(recordId: string): Promise<{ page: Page; errors: string[] }>;
  screenshot(page: Page, name: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startPreviewStack(
  options: { opportunities?: number; stepsPerPlan?: number } = {}
): Promise<PreviewStack> {
  const demo = await startDemoOrg(options);
  // One build per test process: the components may change while the tests run.
  bundle ??= ensurePreviewBundle(undefined, (line) => process.stderr.write(`${line}\n`));
  const preview = await servePreview(
    { instanceUrl: demo.org.url, accessToken: demo.org.token, now: () => demo.org.clock.now() },
    { bundleFile: await bundle }
  );
  const browser = await launchChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    ...demo,
    preview,
    browser,
    async open(recordId) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(preview.pageUrl(recordId));
      return { page, errors };
    },
    async screenshot(page, name) {
      const file = path.join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async stop() {
      await browser.close();
      await preview.server.close();
      await demo.close();
    }
  };
}
