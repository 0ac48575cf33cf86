// The admin and CI assets run real commands: every `sf …` line in the GitHub workflows and in the
// scratch-org script must name a command the project's sf CLI has, with flags that command takes,
// and the files, permission sets and npm scripts those lines name must exist. The CLI's own
// command list (`sf commands --json`, one call) is the reference, so a renamed command or flag
// fails here instead of in a user's Dev Hub.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { parse } from 'yaml';
import { PROJECT_ROOT } from './testProject.ts';

const WORKFLOW_DIR = path.join(PROJECT_ROOT, '.github', 'workflows');
const SCRATCH_SCRIPT = path.join(PROJECT_ROOT, 'scripts', 'dev', 'create-scratch-org.sh');
const PERMISSION_SET_DIR = path.join(PROJECT_ROOT, 'force-app', 'main', 'default', 'permissionsets');

interface CliFlag {
  name: string;
  char?: string;
  allowNo?: boolean;
  aliases?: string[];
}

interface CliCommand {
  id: string;
  aliases?: string[];
  flags: Record<string, CliFlag>;
}

/** One `sf` invocation found in a file: the words before the first flag, and the flags. */
interface SfInvocation {
  source: string;
  line: string;
  words: string[];
  /** Flag tokens as written (`--wait`, `-o`), each with the value that follows, if any. */
  flags: { flag: string; value?: string }[];
}

interface WorkflowStep {
  name?: string;
  id?: string;
  if?: string;
  run?: string;
  uses?: string;
}

interface Workflow {
  name?: string;
  on?: unknown;
  jobs?: Record<string, { steps?: WorkflowStep[] }>;
}

const SEPARATORS = new Set(['&&', '||', ';', '|']);

/** Shell words of a line, quotes removed; good enough for the simple command lines we write. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  for (const match of line.matchAll(
    /"([^"]*)"|'([^']*)'|(&&|\|\||[;|])|([^\s;|&"']+(?:"[^"]*"[^\s;|&"']*)*)/g
  )) {
    // Groups that did not take part in the match are undefined at run time.
    words.push(match.slice(1).find((group: string | undefined) => group !== undefined) ?? '');
  }
  return words;
}

/** The logical lines of a shell script: comments dropped, backslash continuations joined. */
function logicalLines(script: string): string[] {
  return script
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Every `sf` command at a command position (line start, after &&, ||, ;, | or `$(`). */
function sfInvocations(script: string, source: string): SfInvocation[] {
  const found: SfInvocation[] = [];
  for (const line of logicalLines(script)) {
    const words = shellWords(line);
    let segment: string[] = [];
    const segments: string[][] = [];
    for (const word of words) {
      if (SEPARATORS.has(word)) {
        segments.push(segment);
        segment = [];
      } else {
        segment.push(word.startsWith('$(') ? word.slice(2) : word);
      }
    }
    segments.push(segment);
    for (const tokens of segments) {
      let start = 0;
      while (start < tokens.length && /^[A-Za-z_]\w*=/.test(tokens[start] ?? '')) start++;
      if (tokens[start] === 'npx' || tokens[start] === 'exec') start++;
      if (tokens[start] !== 'sf') continue;
      const rest = tokens.slice(start + 1);
      const firstFlag = rest.findIndex((token) => token.startsWith('-'));
      const commandWords = firstFlag === -1 ? rest : rest.slice(0, firstFlag);
      const flags: SfInvocation['flags'] = [];
      const flagTokens = firstFlag === -1 ? [] : rest.slice(firstFlag);
      for (let i = 0; i < flagTokens.length; i++) {
        const token = flagTokens[i] ?? '';
        if (!token.startsWith('-')) continue;
        const next = i + 1 < flagTokens.length ? flagTokens[i + 1] : undefined;
        flags.push({ flag: token, value: next?.startsWith('-') === false ? next : undefined });
      }
      found.push({ source, line, words: commandWords, flags });
    }
  }
  return found;
}

function readWorkflows(): { file: string; workflow: Workflow }[] {
  return fs
    .readdirSync(WORKFLOW_DIR)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const file = path.join(WORKFLOW_DIR, name);
      return { file, workflow: parse(fs.readFileSync(file, 'utf8')) as Workflow };
    });
}

function steps(workflow: Workflow): WorkflowStep[] {
  return Object.values(workflow.jobs ?? {}).flatMap((job) => job.steps ?? []);
}

function allInvocations(): SfInvocation[] {
  const invocations: SfInvocation[] = [];
  for (const { file, workflow } of readWorkflows()) {
    for (const step of steps(workflow)) {
      if (step.run) invocations.push(...sfInvocations(step.run, path.relative(PROJECT_ROOT, file)));
    }
  }
  invocations.push(
    ...sfInvocations(fs.readFileSync(SCRATCH_SCRIPT, 'utf8'), path.relative(PROJECT_ROOT, SCRATCH_SCRIPT))
  );
  return invocations;
}

function loadCliCommands(): Map<string, CliCommand> {
  // Run the CLI on this Node (22), not whatever `node` the shebang would find.
  const runJs = path.join(PROJECT_ROOT, 'node_modules', '@salesforce', 'cli', 'bin', 'run.js');
  const output = execFileSync(process.execPath, [runJs, 'commands', '--json'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, SF_DISABLE_AUTOUPDATE: 'true', SF_AUTOUPDATE_DISABLE: 'true' }
  });
  const commands = JSON.parse(output) as CliCommand[];
  const byWords = new Map<string, CliCommand>();
  for (const command of commands) {
    for (const id of [command.id, ...(command.aliases ?? [])]) byWords.set(id.split(':').join(' '), command);
  }
  return byWords;
}

function flagProblem(command: CliCommand, flag: string): string | undefined {
  const flags = Object.values(command.flags);
  if (flag.startsWith('--')) {
    const name = flag.slice(2).split('=')[0] ?? '';
    const known = flags.some(
      (f) =>
        f.name === name || (f.aliases ?? []).includes(name) || (f.allowNo === true && name === `no-${f.name}`)
    );
    return known ? undefined : `unknown flag ${flag}`;
  }
  const chars = flag.slice(1);
  for (const char of chars) {
    if (!flags.some((f) => f.char === char)) return `unknown short flag -${char}`;
  }
  return undefined;
}

describe('admin and CI assets', () => {
  let cli: Map<string, CliCommand>;
  let invocations: SfInvocation[];

  before(() => {
    cli = loadCliCommands();
    invocations = allInvocations();
  });

  test('it_should_parse_every_workflow_as_yaml_with_jobs_and_steps', () => {
    const workflows = readWorkflows();
    const names = workflows.map(({ file }) => path.basename(file));
    assert.ok(names.includes('scratch-org.yml'), `workflows found: ${names.join(', ')}`);
    for (const { file, workflow } of workflows) {
      assert.ok(workflow.on, `${file}: no "on" trigger`);
      const all = steps(workflow);
      assert.ok(all.length > 0, `${file}: no steps`);
      for (const step of all) {
        assert.ok(step.run ?? step.uses, `${file}: step "${step.name ?? '?'}" has neither run nor uses`);
      }
    }
  });

  test('it_should_find_the_sf_commands_the_assets_depend_on', () => {
    const lines = invocations.map((invocation) => invocation.words.join(' '));
    for (const expected of [
      'org login sfdx-url',
      'org create scratch',
      'project deploy start',
      'org assign permset',
      'apex run test',
      'org delete scratch',
      'package version create',
      'data import tree',
      'org open'
    ]) {
      assert.ok(
        lines.includes(expected),
        `no "sf ${expected}" found; found: ${[...new Set(lines)].join(', ')}`
      );
    }
  });

  test('it_should_name_only_real_sf_commands_and_their_flags', () => {
    const problems: string[] = [];
    for (const invocation of invocations) {
      const command = cli.get(invocation.words.join(' '));
      if (!command) {
        problems.push(`${invocation.source}: "sf ${invocation.words.join(' ')}" is not an sf command`);
        continue;
      }
      for (const { flag } of invocation.flags) {
        const problem = flagProblem(command, flag);
        if (problem) problems.push(`${invocation.source}: sf ${invocation.words.join(' ')}: ${problem}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  test('it_should_delete_the_scratch_org_even_when_a_step_fails', () => {
    const workflow = parse(fs.readFileSync(path.join(WORKFLOW_DIR, 'scratch-org.yml'), 'utf8')) as Workflow;
    const all = steps(workflow);
    const deleteStep = all.find((step) => /\bsf org delete scratch\b/.test(step.run ?? ''));
    assert.ok(deleteStep, 'no step deletes the scratch org');
    assert.match(deleteStep.if ?? '', /always\(\)/);
    assert.equal(all.indexOf(deleteStep), all.length - 1, 'deleting the org is not the last step');
    const runs = all.map((step) => step.run ?? '').join('\n');
    assert.match(runs, /sf org login sfdx-url --sfdx-url-file /);
    assert.match(runs, /npm run test:jest/);
  });

  test('it_should_run_apex_tests_with_coverage_and_build_promotable_versions', () => {
    const flagsOf = (words: string): string[] =>
      invocations
        .filter((invocation) => invocation.words.join(' ') === words)
        .flatMap((invocation) => invocation.flags.map(({ flag }) => flag));
    const apex = flagsOf('apex run test');
    for (const flag of ['--code-coverage', '--result-format', '--wait', '--test-level', '--target-org']) {
      assert.ok(apex.includes(flag), `sf apex run test lacks ${flag}`);
    }
    const version = flagsOf('package version create');
    for (const flag of ['--package', '--code-coverage', '--installation-key-bypass', '--wait']) {
      assert.ok(version.includes(flag), `sf package version create lacks ${flag}`);
    }
  });

  test('it_should_point_sf_flags_at_files_and_permission_sets_that_exist', () => {
    const problems: string[] = [];
    for (const invocation of invocations) {
      for (const { flag, value } of invocation.flags) {
        if (!value || value.includes('$')) continue;
        if (['--definition-file', '--plan', '--source-dir'].includes(flag)) {
          if (!fs.existsSync(path.join(PROJECT_ROOT, value)))
            problems.push(`${invocation.source}: ${flag} ${value} does not exist`);
        }
        if (invocation.words.join(' ') === 'org assign permset' && flag === '--name') {
          const file = path.join(PERMISSION_SET_DIR, `${value}.permissionset-meta.xml`);
          if (!fs.existsSync(file)) problems.push(`${invocation.source}: no permission set ${value}`);
        }
      }
    }
    const plan = JSON.parse(
      fs.readFileSync(path.join(PROJECT_ROOT, 'data', 'sample-data-plan.json'), 'utf8')
    ) as {
      sobject: string;
      files: string[];
    }[];
    for (const entry of plan) {
      for (const file of entry.files) {
        if (!fs.existsSync(path.join(PROJECT_ROOT, 'data', file)))
          problems.push(`data plan: ${file} is missing`);
      }
    }
    assert.deepEqual(problems, []);
  });

  test('it_should_name_only_npm_scripts_that_exist', () => {
    const packageJson = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const sources = [
      ...readWorkflows().flatMap(({ workflow }) => steps(workflow).map((step) => step.run ?? '')),
      fs.readFileSync(SCRATCH_SCRIPT, 'utf8')
    ].join('\n');
    const missing = [...sources.matchAll(/\bnpm run ([\w:-]+)/g)]
      .map((match) => match.slice(1).join(''))
      .filter((name) => !(name in packageJson.scripts));
    assert.deepEqual(missing, []);
  });

  test('it_should_keep_the_scratch_org_script_strict_and_syntactically_valid', () => {
    const script = fs.readFileSync(SCRATCH_SCRIPT, 'utf8');
    assert.match(script, /^set -euo pipefail$/m);
    assert.match(script, /^usage\(\) \{/m);
    const syntax = spawnSync('bash', ['-n', SCRATCH_SCRIPT], { encoding: 'utf8' });
    assert.equal(syntax.status, 0, syntax.stderr);
    const help = spawnSync('bash', [SCRATCH_SCRIPT, '--help'], { encoding: 'utf8' });
    assert.equal(help.status, 0, help.stderr);
    assert.match(help.stdout, /^Usage: /);
    const bad = spawnSync('bash', [SCRATCH_SCRIPT, '--no-such-option'], { encoding: 'utf8' });
    assert.equal(bad.status, 2, 'an unknown option must fail before any sf command runs');
  });
});
