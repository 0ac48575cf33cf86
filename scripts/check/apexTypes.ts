// The Apex type check: apex-ls (the Apex language server's checker, with Salesforce's standard
// library and SObject stubs of API 65), shipped as a jar inside @salesforce/code-analyzer-pmd-engine,
// run on Java 17+ over the SFDX project. It reports unknown types, methods and fields (custom objects
// and fields come from the project's own metadata), wrong argument counts and types, bad
// assignments and returns. It does not check SOQL field lists (the metadata check does).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { APEX_TYPE_ALLOW_LIST } from './apexTypeAllowList.ts';
import type { Finding } from './report.ts';

export const APEX_LS_MAIN = 'io.github.apexdevtools.apexls.CheckForIssues';
export const MINIMUM_JAVA = 17;
/** A JVM start and the stubs' load take a few seconds; anything past this is a hang. */
export const APEX_TYPES_TIMEOUT_MS = 120_000;
/** apex-ls exit codes: 0 no issue, 4 issues reported; anything else is a failure to run. */
const EXIT_ISSUES = 4;
/** Parsed-class cache (keyed by file content), outside the project sources. */
const CACHE_DIR = path.resolve(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'apex-ls');

/** The directory of the jars the PMD engine package ships (apex-ls among them). */
export function apexLsJarDirectory(): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('@salesforce/code-analyzer-pmd-engine/package.json');
  const dir = path.join(path.dirname(pkg), 'dist', 'java-lib');
  const jars = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  if (!jars.some((jar) => /^apex-ls_.*\.jar$/.test(jar)))
    throw new Error(`no apex-ls jar in ${dir}: is @salesforce/code-analyzer-pmd-engine installed?`);
  return dir;
}

/**
 * The `java` on PATH, if it is Java 17 or later; throws a sentence naming what to install otherwise.
 * `env` lets a test take Java away.
 */
export function requireJava(env: NodeJS.ProcessEnv = process.env): string {
  const probe = spawnSync('java', ['-version'], { env, encoding: 'utf8' });
  const install = `install a Java ${MINIMUM_JAVA}+ runtime (Debian: apt-get install openjdk-17-jre-headless) and put \`java\` on PATH`;
  if (probe.error) {
    const code = (probe.error as NodeJS.ErrnoException).code ?? probe.error.message;
    throw new Error(
      `Java ${MINIMUM_JAVA} or later is needed and no \`java\` runs from PATH (${code}): ${install}`
    );
  }
  const version = /version "(\d+)(?:\.(\d+))?/.exec(`${probe.stderr}${probe.stdout}`);
  // Java 8 and older report "1.8.0_…".
  const major = version ? Number(version[1] === '1' ? version[2] : version[1]) : NaN;
  if (!(major >= MINIMUM_JAVA)) {
    const found = version ? `Java ${major}` : JSON.stringify(probe.stderr.trim().split('\n')[0] ?? '');
    throw new Error(`Java ${MINIMUM_JAVA} or later is needed; \`java -version\` says ${found}: ${install}`);
  }
  return 'java';
}

interface ApexLsPosition {
  line: number;
  offset: number;
}
interface ApexLsMessage {
  start: ApexLsPosition;
  category: string;
  message: string;
}
interface ApexLsReport {
  files: { path: string; messages: ApexLsMessage[] }[];
}

/** apex-ls's JSON report as findings (columns 1-based; apex-ls counts from 0). */
export function parseApexLsReport(json: string): Finding[] {
  const report = JSON.parse(json) as ApexLsReport;
  return report.files.flatMap((file) =>
    file.messages.map((message): Finding => ({
      file: file.path,
      line: message.start.line,
      column: message.start.offset + 1,
      check: 'apex-types',
      message: `${message.category}: ${message.message}`
    }))
  );
}

/** Drops findings about a name the allow list explains (a type newer than apex-ls's stubs). */
export function withoutAllowListed(
  findings: readonly Finding[],
  allowList: Readonly<Partial<Record<string, string>>> = APEX_TYPE_ALLOW_LIST
): Finding[] {
  return findings.filter(
    (finding) =>
      ![...finding.message.matchAll(/'([^']+)'/g)].some(([, name]) => allowList[name] !== undefined)
  );
}

/** Runs apex-ls over the SFDX project at `root` (its sfdx-project.json names the package directories). */
export async function checkApexTypes(
  root: string,
  options: { env?: NodeJS.ProcessEnv } = {}
): Promise<Finding[]> {
  const java = requireJava(options.env);
  const args = [
    // The check is one short run: the C1 compiler alone halves its CPU time.
    '-XX:TieredStopAtLevel=1',
    '-cp',
    path.join(apexLsJarDirectory(), '*'),
    APEX_LS_MAIN,
    '--format',
    'json',
    '--workspace',
    root,
    '--cacheDir',
    CACHE_DIR
  ];
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const { code, stdout, stderr } = await run(java, args, options.env);
  if (code !== 0 && code !== EXIT_ISSUES)
    throw new Error(`apex-ls exited with ${code}: ${(stderr || stdout).trim().slice(0, 400)}`);
  const start = stdout.indexOf('{');
  if (start < 0) {
    if (code === EXIT_ISSUES)
      throw new Error(`apex-ls reported issues but printed no report: ${stderr.trim()}`);
    return [];
  }
  return withoutAllowListed(parseApexLsReport(stdout.slice(start)));
}

function run(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv | undefined
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`apex-ls did not finish within ${APEX_TYPES_TIMEOUT_MS / 1000} s`));
    }, APEX_TYPES_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
