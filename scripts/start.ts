import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { main as planSync } from './sync/main.ts';
import { DEMO_PRESETS, generateDemoData, loadTemplates } from './localorg/demoData.ts';
import { startLocalOrg } from './localorg/index.ts';
import { demoBuyerLink } from './preview/demoLinks.ts';
import { servePreview, type RunningPreview } from './preview/servePreview.ts';

/**
 * The product's run command. With --target-org: seeds the plan templates into that org and rolls
 * plan health up to its opportunities. Without: starts the local org with demo data and does the
 * same there, then builds and serves the UI preview on a demo opportunity, and prints where to look.
 */
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A port taken by another program: one line that names the option to pick another. */
class PortInUse extends Error {}

async function listening<T>(start: () => Promise<T>, port: string, option: string): Promise<T> {
  try {
    return await start();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
      throw new PortInUse(
        `Port ${port} is in use by another program: stop it, or pick another port with ${option} <port> (npm start -- ${option} <port>).`
      );
    throw error;
  }
}

async function run(): Promise<number> {
  const { values } = parseArgs({
    options: {
      'target-org': { type: 'string', short: 'o' },
      port: { type: 'string', default: '6868' },
      'preview-port': { type: 'string', default: '6869' },
      'no-serve': { type: 'boolean', default: false }
    }
  });
  const targetOrg = values['target-org'];
  if (targetOrg) {
    process.stderr.write(`Seeding plan templates into ${targetOrg}…\n`);
    const seeded = await planSync(['seed-templates', '--target-org', targetOrg]);
    if (seeded !== 0) return seeded;
    process.stderr.write(`Rolling plan health up to the opportunities of ${targetOrg}…\n`);
    const rolledUp = await planSync(['rollup', '--target-org', targetOrg]);
    if (rolledUp !== 0) return rolledUp;
    // A real org's people get real email: show what would go out; sending is the admin's choice.
    process.stderr.write(
      `\nWhat reminders would go out (plan-sync remind --dry-run; send with remind or rollup --watch --remind)…\n`
    );
    return planSync(['remind', '--dry-run', '--target-org', targetOrg]);
  }

  const org = await listening(() => startLocalOrg({ port: Number(values.port) }), values.port, '--port');
  const demo = generateDemoData(org.store, {
    ...DEMO_PRESETS.small,
    templates: loadTemplates(path.join(projectRoot, 'templates')),
    insertTemplates: false
  });
  process.stderr.write(
    `Local org at ${org.url} with demo data: ${Object.entries(demo.counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}.\n\n`
  );
  const env = { ...process.env, SF_INSTANCE_URL: org.url, SF_ACCESS_TOKEN: org.token };
  process.stderr.write('Seeding plan templates (plan-sync seed-templates)…\n');
  const seeded = await planSync(['seed-templates'], process.stdout, env);
  process.stderr.write('\nRolling plan health up to Opportunity fields (plan-sync rollup)…\n');
  const rolled = await planSync(['rollup'], process.stdout, env);
  process.stderr.write('\nTasks for seller steps, notifications and buyer digests (plan-sync remind)…\n');
  const reminded = await planSync(['remind'], process.stdout, env);
  if (seeded !== 0 || rolled !== 0 || reminded !== 0) {
    await org.close();
    return seeded || rolled || reminded;
  }

  const lines = [
    '',
    'Where to look:',
    `  Local org          ${org.url}  (access token: ${org.token})`,
    `  Query it           curl -H "Authorization: Bearer ${org.token}" "${org.url}/services/data/v68.0/query?q=SELECT+Name,Plan_Health__c,Plan_Health_Reasons__c+FROM+Opportunity+LIMIT+10"`,
    `  With the sf CLI    SF_ACCESS_TOKEN='${org.token}' npx sf org login access-token --instance-url ${org.url} --no-prompt --alias local`,
    `                     npx sf data query -o local -q "SELECT Name, Plan_Health__c, Plan_Health_Score__c FROM Opportunity WHERE IsClosed = false"`,
    `  Roll up again      SF_INSTANCE_URL=${org.url} SF_ACCESS_TOKEN='${org.token}' npm run rollup -- --dry-run`,
    `  Emails sent        ${org.url}/__local/outbox   notifications  ${org.url}/__local/notifications`
  ];
  const previewEntry = path.join(projectRoot, 'force-app/main/default/lwc/planWorkspace/planWorkspace.ts');
  let preview: RunningPreview | undefined;
  if (existsSync(previewEntry)) {
    try {
      preview = await listening(
        () =>
          servePreview(
            { instanceUrl: org.url, accessToken: org.token, now: () => org.clock.now() },
            { port: Number(values['preview-port']), log: (line) => process.stderr.write(`${line}\n`) }
          ),
        values['preview-port'],
        '--preview-port'
      );
      const { healthy, overdue, noPlan } = preview.links;
      lines.push(`  UI preview         ${preview.server.url}/  (demo opportunities)`);
      if (overdue) lines.push(`    overdue plan     ${preview.pageUrl(overdue.id)}`);
      if (healthy) lines.push(`    healthy plan     ${preview.pageUrl(healthy.id)}`);
      if (noPlan) lines.push(`    no plan          ${preview.pageUrl(noPlan.id)}`);
      const buyerLink = overdue ? await demoBuyerLink(preview.controller, overdue.id) : null;
      if (buyerLink)
        lines.push(
          `buyer room           ${buyerLink.url}  (as ${buyerLink.name}, a buyer on the overdue plan)`
        );
    } catch (error) {
      if (error instanceof PortInUse) {
        await org.close();
        throw error;
      }
      lines.push(`  UI preview         could not be built: ${(error as Error).message}`);
    }
  } else {
    lines.push('  UI preview         not available yet: the record-page components are not in this version.');
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  if (values['no-serve']) {
    await preview?.server.close();
    await org.close();
    return 0;
  }
  process.stdout.write('\nThe local org and the preview keep running; press Ctrl-C to stop them.\n');
  await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
  await preview?.server.close();
  await org.close();
  return 0;
}

try {
  process.exitCode = await run();
} catch (error) {
  if (!(error instanceof PortInUse)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
