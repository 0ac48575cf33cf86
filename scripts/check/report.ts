// Findings of the offline checks, and how they are printed: `path:line:col  [check] message`.
import path from 'node:path';

export interface Finding {
  /** Absolute or project-relative path of the file at fault. */
  file: string;
  line?: number;
  column?: number;
  /** Short name of the check that found it, e.g. `schema`, `references`. */
  check: string;
  message: string;
}

export function formatFinding(finding: Finding, root: string): string {
  const rel = path.isAbsolute(finding.file) ? path.relative(root, finding.file) : finding.file;
  const where = [rel, finding.line, finding.column].filter((part) => part !== undefined).join(':');
  return `${where}  [${finding.check}] ${finding.message}`;
}

/** Prints the findings of one check (or an OK line) and returns how many there were. */
export function printFindings(title: string, findings: readonly Finding[], root: string): number {
  if (findings.length === 0) {
    console.log(`ok    ${title}`);
    return 0;
  }
  console.error(`FAIL  ${title}: ${findings.length} problem${findings.length === 1 ? '' : 's'}`);
  for (const finding of findings) console.error(`  ${formatFinding(finding, root)}`);
  return findings.length;
}
