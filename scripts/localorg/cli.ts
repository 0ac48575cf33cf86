import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_PRESETS, generateDemoData, loadTemplates } from './demoData.ts';
import { PROJECT_ROOT, startLocalOrg } from './index.ts';

const USAGE = `Usage: tsx scripts/localorg/cli.ts start [--port 6868] [--db file] [--demo small|large|none] [--token T] [--seed N] [--fiscal-year-start-month 1-12] [--log]`;

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '6868' },
      db: { type: 'string', default: ':memory:' },
      demo: { type: 'string', default: 'small' },
      token: { type: 'string' },
      seed: { type: 'string', default: '42' },
      'fiscal-year-start-month': { type: 'string' },
      log: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false }
    }
  });
  if (values.help || positionals[0] !== 'start') {
    console.log(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const demo = values.demo;
  if (demo !== 'small' && demo !== 'large' && demo !== 'none')
    throw new Error(`--demo must be small, large or none (got ${demo})`);
  const org = await startLocalOrg({
    port: Number(values.port),
    dbPath: values.db === ':memory:' ? ':memory:' : path.resolve(values.db),
    token: values.token,
    ...(values['fiscal-year-start-month'] !== undefined
      ? { fiscalYearStartMonth: Number(values['fiscal-year-start-month']) }
      : {}),
    log: values.log ? (line) => console.log(line) : undefined
  });
  if (demo !== 'none' && org.store.count('Opportunity') === 0) {
    const templates = loadTemplates(path.join(PROJECT_ROOT, 'templates'));
    const summary = generateDemoData(org.store, {
      ...DEMO_PRESETS[demo],
      seed: Number(values.seed),
      templates,
      onProgress:
        demo === 'large' ? (d, t) => process.stderr.write(`\rloading ${d}/${t} opportunities`) : undefined
    });
    if (demo === 'large') process.stderr.write('\n');
    console.log(
      `Demo data (${demo}) in ${summary.ms} ms: ${Object.entries(summary.counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`
    );
  }
  console.log(`Local org listening
  instance URL: ${org.url}
  access token: ${org.token}
  username:     ${org.username}
Log the sf CLI in:
  SF_ACCESS_TOKEN='${org.token}' sf org login access-token --instance-url ${org.url} --no-prompt --alias local
Or, for the sync CLI:
  export SF_INSTANCE_URL=${org.url} SF_ACCESS_TOKEN='${org.token}'
Press Ctrl+C to stop.`);
  const stop = () => {
    void org.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exitCode = 1;
});
