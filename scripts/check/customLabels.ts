// Every Custom Label the code reads must be in the package's labels files: an LWC's
// `import x from '@salesforce/label/c.Name'` and Apex's `System.Label.Name` / `Label.Name`. A
// missing one fails the deploy (LWC) or the Apex compile; here it fails check:metadata first.
import fs from 'node:fs';
import path from 'node:path';
import { listFiles, lineAndColumn, packageDirs } from './projectFiles.ts';
import type { Finding } from './report.ts';
import { childrenNamed, childText, parseXmlTree } from './xmlTree.ts';

/** The label names a CustomLabels file defines. */
export function labelNamesOf(xml: string): string[] {
  return childrenNamed(parseXmlTree(xml), 'labels')
    .map((label) => childText(label, 'fullName') ?? '')
    .filter((name) => name !== '');
}

/** A label the source reads, where. */
export interface LabelUse {
  name: string;
  line: number;
  column: number;
}

const LWC_IMPORT = /(['"])@salesforce\/label\/c\.(\w+)\1/g;
// System.Label.X (any case), or Label.X as written; not a member (record.Label.X), nor a variable
// named label (label.length).
const APEX_LABEL = /(?<![\w.])(?:[Ss][Yy][Ss][Tt][Ee][Mm]\.[Ll][Aa][Bb][Ee][Ll]|Label)\.(\w+)/g;

/** The Custom Labels an LWC source (.ts / .js) imports. */
export function lwcLabelUses(source: string): LabelUse[] {
  return [...source.matchAll(LWC_IMPORT)].map((match) => ({
    name: String(match[2]),
    ...lineAndColumn(source, match.index)
  }));
}

/** The Custom Labels an Apex source reads, outside comments and strings. */
export function apexLabelUses(source: string): LabelUse[] {
  // Comments and string literals blanked (same length, so positions hold).
  const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'/g, (text) =>
    text.replace(/[^\n]/g, ' ')
  );
  return [...code.matchAll(APEX_LABEL)].map((match) => ({
    name: String(match[1]),
    ...lineAndColumn(source, match.index)
  }));
}

/** Whether a file is an LWC bundle's own source (lwc/<bundle>/…, not its tests). */
function isLwcSource(file: string): boolean {
  const parts = file.split(path.sep);
  const lwc = parts.lastIndexOf('lwc');
  return lwc >= 0 && !parts.includes('__tests__') && /\.(ts|js)$/.test(file) && !file.endsWith('.d.ts');
}

export function checkCustomLabels(root: string): Finding[] {
  const files = packageDirs(root).flatMap((dir) => listFiles(dir));
  const known = new Set<string>();
  for (const file of files.filter((f) => f.endsWith('.labels-meta.xml'))) {
    for (const name of labelNamesOf(fs.readFileSync(file, 'utf8'))) known.add(name);
  }
  const findings: Finding[] = [];
  const report = (file: string, uses: LabelUse[], what: string): void => {
    for (const use of uses.filter((u) => !known.has(u.name))) {
      findings.push({
        file,
        line: use.line,
        column: use.column,
        check: 'custom-labels',
        message: `${what} Custom Label ${use.name}, which no labels file defines`
      });
    }
  };
  const sources = new Set(files);
  for (const file of files) {
    if (isLwcSource(file)) {
      // A compiled .js beside its .ts says the same: the .ts is checked.
      if (file.endsWith('.js') && sources.has(file.replace(/\.js$/, '.ts'))) continue;
      report(file, lwcLabelUses(fs.readFileSync(file, 'utf8')), 'imports');
    } else if (file.endsWith('.cls') || file.endsWith('.trigger')) {
      report(file, apexLabelUses(fs.readFileSync(file, 'utf8')), 'reads');
    }
  }
  return findings;
}
