import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { createApexBridge, MESSAGES } from '../apexBridge/index.ts';
import { findDemoLinks } from '../demoLinks.ts';
import { startPreviewServer, type PreviewServer } from '../server.ts';
import { startDemoOrg, type DemoOrg } from './demoOrg.ts';

let demo: DemoOrg;
let server: PreviewServer;
let scratch: string;

before(async () => {
  demo = await startDemoOrg();
  scratch = mkdtempSync(path.join(tmpdir(), 'preview-'));
  const bundleFile = path.join(scratch, 'app.js');
  writeFileSync(bundleFile, '/* bundle */');
  server = await startPreviewServer({
    bundleFile,
    bridge: createApexBridge(demo.controller),
    links: () => findDemoLinks(demo.controller)
  });
});
after(async () => {
  await server.close();
  await demo.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function apex(method: string, body: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${server.url}/apex/${method}`, {
    method: 'POST',
    body: JSON.stringify(body)
  });
  return { status: response.status, body: await response.json() };
}

test('it_should_list_demo_opportunities_with_a_healthy_an_overdue_and_no_plan', async () => {
  const links = await findDemoLinks(demo.controller);
  assert.ok(links.healthy && links.overdue && links.noPlan);
  const html = await (await fetch(`${server.url}/`)).text();
  for (const opportunity of [links.healthy, links.overdue, links.noPlan])
    assert.ok(html.includes(`/?recordId=${opportunity.id}`), opportunity.name);
  const page = await (await fetch(`${server.url}/?recordId=${links.overdue.id}`)).text();
  assert.match(page, /<script src="\/app.js"><\/script>/);
});

test('it_should_answer_apex_calls_and_refuse_with_400_and_the_message_an_apex_error_carries', async () => {
  const links = await findDemoLinks(demo.controller);
  assert.ok(links.overdue);
  server.resetCalls();
  const ok = await apex('PlanController.getPlan', { recordId: links.overdue.id });
  assert.equal(ok.status, 200);
  assert.equal((ok.body as { opportunity: { id: string } }).opportunity.id, links.overdue.id);
  const refused = await apex('PlanController.getPlan', { recordId: 'nope' });
  assert.deepEqual(refused, { status: 400, body: { message: MESSAGES.noRecord } });
  assert.equal((await apex('PlanController.deleteEverything', {})).status, 404);
  assert.deepEqual(server.calls, { total: 2, byMethod: { 'PlanController.getPlan': 2 } });
});

test('it_should_serve_slds_styles_and_icons_and_nothing_outside_them', async () => {
  const css = await fetch(`${server.url}/slds/styles/salesforce-lightning-design-system.min.css`);
  assert.equal(css.status, 200);
  assert.match(css.headers.get('content-type') ?? '', /text\/css/);
  const icons = await fetch(`${server.url}/assets/icons/utility-sprite/svg/symbols.svg`);
  assert.equal(icons.status, 200);
  assert.notEqual((await fetch(`${server.url}/slds/..%2F..%2F..%2Fpackage.json`)).status, 200);
});
