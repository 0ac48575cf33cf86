import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../index.ts';
import { seedPlan, withOrg } from './helpers.ts';

const run = promisify(execFile);
const SF = path.join(PROJECT_ROOT, 'node_modules/.bin/sf');

test(
  'the real sf CLI logs in with an access token and queries the local org',
  { timeout: 180_000 },
  async () => {
    const { org, conn } = await withOrg();
    const home = mkdtempSync(path.join(tmpdir(), 'localorg-sf-'));
    const env = {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: path.join(home, '.config'),
      XDG_DATA_HOME: path.join(home, '.local/share'),
      XDG_CACHE_HOME: path.join(home, '.cache'),
      SF_USE_GENERIC_UNIX_KEYCHAIN: 'true',
      SF_DISABLE_TELEMETRY: 'true',
      SF_AUTOUPDATE_DISABLE: 'true',
      SF_SKIP_NEW_VERSION_CHECK: 'true',
      SF_ACCESS_TOKEN: org.token
    };
    try {
      await seedPlan(conn, 'Acme');
      const login = await run(
        SF,
        [
          'org',
          'login',
          'access-token',
          '--instance-url',
          org.url,
          '--no-prompt',
          '--alias',
          'local',
          '--json'
        ],
        { env, cwd: home }
      );
      const auth = JSON.parse(login.stdout) as {
        status: number;
        result: { username: string; orgId: string };
      };
      assert.equal(auth.status, 0);
      assert.equal(auth.result.username, 'admin@local.org');
      const query = await run(
        SF,
        ['data', 'query', '-q', 'SELECT Id, Name FROM Opportunity LIMIT 5', '-o', 'local', '--json'],
        { env, cwd: home }
      ).catch((error: unknown) => {
        const { stdout, stderr } = error as { stdout?: string; stderr?: string };
        throw new Error(`sf data query failed: ${stdout ?? ''} ${stderr ?? ''}`);
      });
      const out = JSON.parse(query.stdout) as {
        status: number;
        result: { totalSize: number; records: { Name: string }[] };
      };
      assert.equal(out.status, 0);
      assert.deepEqual(
        out.result.records.map((r) => r.Name),
        ['Acme deal']
      );
      const calls = org.meter.snapshot().calls;
      assert.ok(calls['GET /oauth2/userinfo'] >= 1);
      assert.ok(calls['GET /sobjects/{type}/{id}'] >= 1, 'sf reads its User record');
    } finally {
      await org.close();
      rmSync(home, { recursive: true, force: true });
    }
  }
);
