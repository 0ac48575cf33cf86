// `npm run check:apex [projectRoot]`: every .cls / .trigger parses (@apexdevtools/apex-parser, errors
// with file:line:col), the Apex type-checks (apex-ls: unknown types, methods and fields, argument
// counts and types; see apexTypes.ts), and PMD's Recommended Apex rules (through Salesforce Code
// Analyzer's core and PMD engine, offline) report no violation of severity Moderate (3) or worse.
import fs from 'node:fs';
import path from 'node:path';
import { CodeAnalyzer, CodeAnalyzerConfig, SeverityLevel } from '@salesforce/code-analyzer-core';
import * as pmdEngine from '@salesforce/code-analyzer-pmd-engine';
import { parseApex } from './apexSource.ts';
import { checkApexTypes } from './apexTypes.ts';
import { sourceFiles } from './projectFiles.ts';
import { printFindings, type Finding } from './report.ts';

/** Violations at this severity or worse fail (1 Critical, 2 High, 3 Moderate; 4 Low and 5 Info pass). */
export const FAILING_SEVERITY = SeverityLevel.Moderate;
/** PMD needs a JVM start and rule loading (~3 s); anything past this is a hang. */
export const PMD_TIMEOUT_MS = 120_000;

export function apexFiles(root: string): string[] {
  return sourceFiles(root).filter((file) => /\.(cls|trigger)$/.test(file));
}

export function checkApexSyntax(files: readonly string[]): Finding[] {
  return files.flatMap((file) =>
    parseApex(fs.readFileSync(file, 'utf8'), file.endsWith('.trigger')).errors.map((error): Finding => ({
      file,
      line: error.line,
      column: error.column,
      check: 'apex-syntax',
      message: error.message.length > 160 ? `${error.message.slice(0, 160)}…` : error.message
    }))
  );
}

async function runPmd(root: string, files: readonly string[]): Promise<Finding[]> {
  const analyzer = new CodeAnalyzer(CodeAnalyzerConfig.fromObject({ config_root: root }));
  await analyzer.addEnginePlugin(pmdEngine.createEnginePlugin());
  const workspace = await analyzer.createWorkspace([...files]);
  const rules = await analyzer.selectRules(['pmd:Recommended:Apex'], { workspace });
  const results = await analyzer.run(rules, { workspace });
  return results
    .getViolations()
    .filter((violation) => violation.getRule().getSeverityLevel() <= FAILING_SEVERITY)
    .map((violation): Finding => {
      const location = violation.getPrimaryLocation();
      const rule = violation.getRule();
      return {
        file: location.getFile() ?? root,
        ...(location.getStartLine() !== undefined ? { line: location.getStartLine() } : {}),
        ...(location.getStartColumn() !== undefined ? { column: location.getStartColumn() } : {}),
        check: 'pmd',
        message: `${rule.getName()} (severity ${rule.getSeverityLevel()}): ${violation.getMessage().trim()}`
      };
    });
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`${what} did not finish within ${ms / 1000} s`));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => {
    clearTimeout(timer);
  });
}

export interface ApexCheckResult {
  files: number;
  findings: Finding[];
}

export interface ApexCheckOptions {
  quiet?: boolean;
  /** Skip PMD (the type check's tests do not need its run). */
  skipPmd?: boolean;
  /** Environment for the type check's `java` (tests take Java away). */
  env?: NodeJS.ProcessEnv;
}

export async function checkApex(root: string, options: ApexCheckOptions = {}): Promise<ApexCheckResult> {
  const files = apexFiles(root);
  const print = (title: string, findings: Finding[]): void => {
    if (!options.quiet) printFindings(title, findings, root);
  };
  if (files.length === 0) {
    if (!options.quiet) console.log('ok    no Apex classes or triggers yet: nothing to parse or analyse');
    return { files: 0, findings: [] };
  }
  const syntax = checkApexSyntax(files);
  print(`Apex parses (${files.length} file${files.length === 1 ? '' : 's'})`, syntax);
  // Two JVMs at once: the type check and PMD do not depend on each other.
  const [types, pmd] = await Promise.all([
    checkApexTypes(root, options.env ? { env: options.env } : {}).catch((error: unknown): Finding[] => [
      {
        file: root,
        check: 'apex-types',
        message: `the Apex type check could not run: ${(error as Error).message}`
      }
    ]),
    options.skipPmd
      ? []
      : withTimeout(runPmd(root, files), PMD_TIMEOUT_MS, 'PMD').catch((error: unknown): Finding[] => [
          { file: root, check: 'pmd', message: `PMD could not run: ${(error as Error).message}` }
        ])
  ]);
  print('Apex types (apex-ls): no unknown type, method or field, no wrong arguments', types);
  if (!options.skipPmd)
    print(`PMD Recommended rules: no violation of severity ${FAILING_SEVERITY} or worse`, pmd);
  return { files: files.length, findings: [...syntax, ...types, ...pmd] };
}

if (import.meta.main) {
  const root = path.resolve(process.argv[2] ?? process.cwd());
  const started = Date.now();
  const { findings } = await checkApex(root);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (findings.length > 0) {
    console.error(
      `check:apex failed: ${findings.length} problem${findings.length === 1 ? '' : 's'} (${seconds} s)`
    );
    process.exitCode = 1;
  } else {
    console.log(`check:apex passed (${seconds} s)`);
  }
  // The PMD engine may leave handles open; the result is decided.
  process.exit();
}
