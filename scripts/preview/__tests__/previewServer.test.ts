import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { createApexBridge, MESSAGES } from '../apexBridge/index.ts';
import { findDemoLinks } from '../demoLinks.ts';
import { MAX_BODY_BYTES } from '../requestGuard.ts';
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
    headers: { 'Content-Type': 'application/json' },
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

/** A raw request, so that Host and Origin can be set as a browser on another site would. */
function send(
  method: string,
  urlPath: string,
  headers: Record<string, string>,
  body?: string | Buffer
): Promise<{ status: number; text: string }> {
  const { port } = server.server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path: urlPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') })
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('it_should_listen_on_127_0_0_1_only', () => {
  const address = server.server.address() as AddressInfo;
  assert.equal(address.address, '127.0.0.1');
  assert.equal(server.url, `http://127.0.0.1:${address.port}`);
});

test('it_should_refuse_a_host_that_is_not_its_own_on_every_route', async () => {
  const { port } = server.server.address() as AddressInfo;
  const getPlan = JSON.stringify({ recordId: 'nope' });
  const json = { 'Content-Type': 'application/json' };
  for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `LOCALHOST:${port}`])
    assert.equal((await send('GET', '/', { Host: host })).status, 200, host);
  // A rebinding attacker's name for 127.0.0.1, and the right name on another port.
  for (const host of [`evil.example:${port}`, 'evil.example', `localhost:${port + 1}`]) {
    assert.equal((await send('GET', '/', { Host: host })).status, 403, host);
    assert.equal((await send('GET', '/app.js', { Host: host })).status, 403, host);
    const write = await send('POST', '/apex/PlanController.getPlan', { ...json, Host: host }, getPlan);
    assert.equal(write.status, 403, host);
  }
});

test('it_should_refuse_apex_calls_from_another_origin_or_site', async () => {
  const { port } = server.server.address() as AddressInfo;
  const links = await findDemoLinks(demo.controller);
  assert.ok(links.overdue);
  const body = JSON.stringify({ recordId: links.overdue.id });
  const base = { Host: `127.0.0.1:${port}`, 'Content-Type': 'application/json' };
  server.resetCalls();
  for (const origin of ['https://evil.example', `http://127.0.0.1:${port + 1}`, 'null']) {
    const refused = await send('POST', '/apex/PlanController.getPlan', { ...base, Origin: origin }, body);
    assert.equal(refused.status, 403, origin);
    assert.match(refused.text, /not accepted/);
  }
  const crossSite = await send(
    'POST',
    '/apex/PlanController.getPlan',
    { ...base, 'Sec-Fetch-Site': 'cross-site' },
    body
  );
  assert.equal(crossSite.status, 403);
  assert.equal(server.calls.total, 0, 'no refused call reached the bridge');
  for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`]) {
    const own = await send(
      'POST',
      '/apex/PlanController.getPlan',
      { ...base, Origin: origin, 'Sec-Fetch-Site': 'same-origin' },
      body
    );
    assert.equal(own.status, 200, origin);
  }
});

test('it_should_refuse_apex_calls_whose_body_is_not_declared_json', async () => {
  const { port } = server.server.address() as AddressInfo;
  const body = JSON.stringify({ recordId: 'nope' });
  const host = `127.0.0.1:${port}`;
  server.resetCalls();
  // What an HTML form on another page can send without a preflight.
  for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])
    assert.equal(
      (await send('POST', '/apex/PlanController.getPlan', { Host: host, 'Content-Type': type }, body)).status,
      415,
      type
    );
  assert.equal((await send('POST', '/apex/PlanController.getPlan', { Host: host }, body)).status, 415);
  assert.equal(server.calls.total, 0);
  const charset = await send(
    'POST',
    '/apex/PlanController.getPlan',
    { Host: host, 'Content-Type': 'application/json; charset=utf-8' },
    body
  );
  assert.equal(charset.status, 400, 'read and answered by the bridge');
  assert.equal((await send('GET', '/apex/PlanController.getPlan', { Host: host })).status, 405);
  assert.equal((await send('PUT', '/', { Host: host })).status, 405);
});

test('it_should_cap_an_apex_call_body_at_1_mb_with_413', async () => {
  const { port } = server.server.address() as AddressInfo;
  const headers = { Host: `127.0.0.1:${port}`, 'Content-Type': 'application/json' };
  const big = Buffer.from(JSON.stringify({ recordId: 'x'.repeat(MAX_BODY_BYTES) }));
  server.resetCalls();
  const declared = await send('POST', '/apex/PlanController.getPlan', headers, big);
  assert.equal(declared.status, 413);
  assert.match(declared.text, /larger than 1 MB/);
  // Chunked, with no Content-Length to go by: counted as it arrives.
  const chunked = await send(
    'POST',
    '/apex/PlanController.getPlan',
    { ...headers, 'Transfer-Encoding': 'chunked' },
    big
  );
  assert.equal(chunked.status, 413);
  assert.equal(server.calls.byMethod['PlanController.getPlan'], 1, 'the chunked call got as far as reading');
  const justUnder = Buffer.from(JSON.stringify({ recordId: 'x'.repeat(MAX_BODY_BYTES - 20) }));
  assert.ok(justUnder.length <= MAX_BODY_BYTES);
  assert.equal((await send('POST', '/apex/PlanController.getPlan', headers, justUnder)).status, 400);
});
