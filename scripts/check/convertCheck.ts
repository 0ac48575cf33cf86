// `sf project convert source` must succeed, and its output must hold exactly what deploys: no
// TypeScript, tests, Jest mocks or tooling config; and every TypeScript LWC's compiled .js.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listFiles } from './projectFiles.ts';
import type { Finding } from './report.ts';

/** Paths (relative, with /) that must never reach an org. */
const LOCAL_ONLY: readonly (readonly [RegExp, string])[] = [
  [/\.ts$/, 'TypeScript source (only the compiled .js deploys)'],
  [/(^|\/)__tests__\//, 'Jest test folder'],
  [/(^|\/)jest-mocks\//, 'Jest mocks'],
  [/\.test\.[jt]s$/, 'test file'],
  [/(^|\/)(tsconfig|jsconfig)(\.\w+)?\.json$/, 'TypeScript/JavaScript project config'],
  [/(^|\/)\.eslintrc(\.\w+)?$|(^|\/)eslint\.config\.[cm]?js$/, 'ESLint config'],
  [/(^|\/)\.DS_Store$/, 'Finder metadata'],
  [/(^|\/)\.prettierrc/, 'Prettier config']
];

export interface ConvertResult {
  findings: Finding[];
  /** Where the converted (Metadata API format) output is; the caller removes it. */
  outputDir: string;
}

export function runConvert(root: string, sourceDir = 'force-app'): ConvertResult {
  const outputDir = fs.mkdtempSync(path.join(os.tmpdir(), 'map-convert-'));
  const target = path.join(outputDir, 'mdapi');
  const sf = path.join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'sf');
  const run = spawnSync(
    sf,
    ['project', 'convert', 'source', '--root-dir', sourceDir, '--output-dir', target, '--json'],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
      env: {
        ...process.env,
        SF_DISABLE_TELEMETRY: 'true',
        SF_AUTOUPDATE_DISABLE: 'true',
        SF_SKIP_NEW_VERSION_CHECK: 'true',
        SF_USE_PROGRESS_BAR: 'false'
      }
    }
  );
  const findings: Finding[] = [];
  if (run.status !== 0) {
    let message = run.error?.message ?? `exit code ${run.status ?? 'none'}`;
    try {
      const output = JSON.parse(run.stdout) as { message?: string; name?: string };
      message = `${output.name ?? 'error'}: ${output.message ?? run.stdout}`;
    } catch {
      message = `${message} ${run.stderr.trim()}`;
    }
    findings.push({
      file: path.join(root, sourceDir),
      check: 'convert',
      message: `sf project convert source failed: ${message}`
    });
  }
  return { findings, outputDir: target };
}

export function checkConvertedOutput(root: string, outputDir: string, sourceDir = 'force-app'): Finding[] {
  const findings: Finding[] = [];
  const converted = listFiles(outputDir).map((file) =>
    path.relative(outputDir, file).split(path.sep).join('/')
  );
  for (const file of converted) {
    const rule = LOCAL_ONLY.find(([pattern]) => pattern.test(file));
    if (rule) {
      findings.push({
        file: path.join(outputDir, file),
        check: 'convert',
        message: `${file} would deploy: ${rule[1]} must not reach the org (ignore it in .forceignore)`
      });
    }
  }
  const convertedSet = new Set(converted);
  const bundlesWithTs = new Set<string>();
  for (const file of listFiles(path.join(root, sourceDir))) {
    const rel = path.relative(root, file).split(path.sep).join('/');
    const match = /\/lwc\/(\w+)\/(?!.*__tests__)([^/]+)\.ts$/.exec(rel);
    if (!match || rel.endsWith('.d.ts') || rel.endsWith('.test.ts')) continue;
    const [, bundle = '', base = ''] = match;
    bundlesWithTs.add(bundle);
    const inBundle = rel
      .slice(rel.indexOf(`/lwc/${bundle}/`) + `/lwc/${bundle}/`.length)
      .replace(/\.ts$/, '.js');
    const expected = `lwc/${bundle}/${inBundle}`;
    if (!convertedSet.has(expected)) {
      findings.push({
        file,
        check: 'convert',
        message: `${base}.ts has no compiled ${expected} in the deploy: run \`npm run build\` before converting (or the .js is ignored)`
      });
    }
  }
  // Code files deploy only with their -meta.xml; without it convert drops them without a word.
  for (const file of listFiles(path.join(root, sourceDir))) {
    const match = /\/(classes|triggers)\/([^/]+)\.(cls|trigger)$/.exec(file.split(path.sep).join('/'));
    if (!match) continue;
    const [, folder = '', name = '', extension = ''] = match;
    if (!convertedSet.has(`${folder}/${name}.${extension}`)) {
      findings.push({
        file,
        check: 'convert',
        message: `${name}.${extension} is not in the deploy: it needs ${name}.${extension}-meta.xml beside it (apiVersion and status)`
      });
    }
  }
  for (const bundle of bundlesWithTs) {
    if (!convertedSet.has(`lwc/${bundle}/${bundle}.js-meta.xml`)) {
      findings.push({
        file: path.join(root, sourceDir),
        check: 'convert',
        message: `LWC bundle ${bundle} has no ${bundle}.js-meta.xml in the deploy: every bundle needs its configuration file`
      });
    }
  }
  return findings;
}
