import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_PRESETS, generateDemoData, loadTemplates } from '../localorg/demoData.ts';
import { PROJECT_ROOT, startLocalOrg } from '../localorg/index.ts';
import { servePreview } from './servePreview.ts';

/**
 * npm run preview: the plan workspace in a browser. Against SF_INSTANCE_URL + SF_ACCESS_TOKEN when
 * set (a running local org, or a real org), else against a fresh local org with demo data.
 */
async function run(): Promise<number> {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '6869' }, 'org-port': { type: 'string', default: '0' } }
  });
  const log = (line: string) => process.stderr.write(`${line}\n`);
  let close = () => Promise.resolve();
  let auth = {
    instanceUrl: process.env.SF_INSTANCE_URL ?? '',
    accessToken: process.env.SF_ACCESS_TOKEN ?? ''
  };
  let now: (() => Date) | undefined;
  if (!auth.instanceUrl || !auth.accessToken) {
    const org = await startLocalOrg({ port: Number(values['org-port']) });
    generateDemoData(org.store, {
      ...DEMO_PRESETS.small,
      templates: loadTemplates(path.join(PROJECT_ROOT, 'templates'))
    });
    log(`Local org with demo data at ${org.url}`);
    auth = { instanceUrl: org.url, accessToken: org.token };
    now = () => org.clock.now();
    close = () => org.close();
  }
  const preview = await servePreview(
    { ...auth, ...(now ? { now } : {}) },
    { port: Number(values.port), log }
  );
  const { healthy, overdue, noPlan } = preview.links;
  process.stdout.write(
    [
      `Preview           ${preview.server.url}/`,
      ...(healthy ? [`  healthy plan    ${preview.pageUrl(healthy.id)}`] : []),
      ...(overdue ? [`  overdue plan    ${preview.pageUrl(overdue.id)}`] : []),
      ...(noPlan ? [`  no plan         ${preview.pageUrl(noPlan.id)}`] : []),
      'Press Ctrl-C to stop.',
      ''
    ].join('\n')
  );
  await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
  await preview.server.close();
  await close();
  return 0;
}

process.exitCode = await run();
