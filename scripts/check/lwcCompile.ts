// The LWC compiler as the platform runs it at deploy: every bundle's deployable .js, .html and .css
// compiled with @lwc/compiler. Catches what tsc and ESLint do not: template syntax the platform
// rejects, iterators without keys, decorators down-levelled to helper calls (LWC1104), and so on.
import fs from 'node:fs';
import path from 'node:path';
import { transformSync } from '@lwc/compiler';
import { listFiles, packageDirs } from './projectFiles.ts';
import type { Finding } from './report.ts';

const COMPILED = /\.(js|html|css)$/;

interface CompilerFailure {
  message?: unknown;
  location?: { line?: number; column?: number };
  loc?: { line?: number; column?: number };
}

/** The deployable source files of each LWC bundle (tests and TypeScript sources left out). */
export function lwcSourceFiles(root: string): string[] {
  return packageDirs(root)
    .flatMap((dir) => listFiles(dir))
    .filter((file) => {
      const parts = file.split(path.sep);
      const lwc = parts.lastIndexOf('lwc');
      // lwc/<bundle>/<file> only: __tests__ and jest mocks sit deeper.
      return lwc >= 0 && parts.length === lwc + 3 && COMPILED.test(file);
    });
}

export function checkLwcCompile(root: string): Finding[] {
  const findings: Finding[] = [];
  for (const file of lwcSourceFiles(root)) {
    const bundle = path.basename(path.dirname(file));
    try {
      transformSync(fs.readFileSync(file, 'utf8'), file, { namespace: 'c', name: bundle });
    } catch (error) {
      const failure = error as CompilerFailure;
      const where = failure.location ?? failure.loc;
      const text = typeof failure.message === 'string' ? failure.message : String(error);
      findings.push({
        file,
        line: where?.line,
        column: where?.column === undefined ? undefined : where.column + 1,
        check: 'lwc-compile',
        // The compiler repeats the file name and a code frame; the first line says what is wrong.
        message: (text.split('\n')[0] ?? text).replace(`${file}: `, '')
      });
    }
  }
  return findings;
}
