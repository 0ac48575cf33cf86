// Every XML file in the package directories must be well-formed: the deploy rejects the whole
// package for one broken file, and `sf project convert source` does not notice.
import fs from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import type { Finding } from './report.ts';

export function checkXmlWellFormed(files: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  for (const file of files.filter((name) => name.endsWith('.xml'))) {
    // fast-xml-parser 5 marks XMLValidator deprecated in favour of a separate package we do not
    // install; it still validates with line and column.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    const result = XMLValidator.validate(fs.readFileSync(file, 'utf8'));
    if (result !== true) {
      findings.push({
        file,
        line: result.err.line,
        column: result.err.col,
        check: 'xml',
        message: `malformed XML: ${result.err.msg} (${result.err.code})`
      });
    }
  }
  return findings;
}
