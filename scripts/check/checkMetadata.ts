// `npm run check:metadata [projectRoot]`: the offline deploy gate for metadata. Runs the
// well-formedness, convert, schema, reference, LWC compiler and permission checks and exits 1 on any problem.
import fs from 'node:fs';
import path from 'node:path';
import { checkConvertedOutput, runConvert } from './convertCheck.ts';
import { checkCustomLabels } from './customLabels.ts';
import { checkLwcCompile } from './lwcCompile.ts';
import { SchemaModel } from './objectModel.ts';
import { checkLeastPrivilege } from './leastPrivilege.ts';
import { checkPermissionCoverage } from './permissionCoverage.ts';
import { checkPicklistParity } from './picklistParity.ts';
import { packageDirs, sourceFiles } from './projectFiles.ts';
import { checkReferences } from './references.ts';
import { printFindings, type Finding } from './report.ts';
import { checkSchema } from './schemaCheck.ts';
import { checkXmlWellFormed } from './xmlWellFormed.ts';

export interface MetadataCheckResult {
  /** Findings per check, in run order. */
  results: { title: string; findings: Finding[] }[];
  total: number;
}

export interface MetadataCheckOptions {
  /** Skip `sf project convert source` (tests that inject non-deploy faults share one conversion). */
  skipConvert?: boolean;
  quiet?: boolean;
}

export function checkMetadata(root: string, options: MetadataCheckOptions = {}): MetadataCheckResult {
  const files = sourceFiles(root);
  const results: MetadataCheckResult['results'] = [];
  const wellFormed = checkXmlWellFormed(files);
  results.push({ title: 'XML is well-formed', findings: wellFormed });

  if (!options.skipConvert) {
    const convert = runConvert(root);
    const findings = [...convert.findings];
    if (convert.findings.length === 0) findings.push(...checkConvertedOutput(root, convert.outputDir));
    fs.rmSync(path.dirname(convert.outputDir), { recursive: true, force: true });
    results.push({
      title: 'sf project convert source: the deploy holds exactly what should deploy',
      findings
    });
  }

  const brokenFiles = new Set(wellFormed.map((finding) => finding.file));
  const readable = files.filter((file) => !brokenFiles.has(file));
  results.push({
    title: 'metadata elements match the Metadata API schema',
    findings: checkSchema(readable, root)
  });

  const model = SchemaModel.load(
    packageDirs(root).map((dir) => path.join(dir, 'main', 'default', 'objects'))
  );
  results.push({ title: 'referenced objects and fields exist', findings: checkReferences(readable, model) });
  results.push({
    title: 'Lightning web components compile with the LWC compiler',
    findings: checkLwcCompile(root)
  });
  results.push({
    title: 'the Custom Labels the code reads are in the labels files',
    findings: checkCustomLabels(root)
  });
  results.push({
    title: 'the picklist values compiled into the record page are the fields’ values, in order',
    findings: checkPicklistParity(root)
  });
  results.push({
    title: 'permission sets cover every grantable custom field',
    findings: checkPermissionCoverage(readable, model)
  });
  results.push({
    title:
      'only the integration permission set edits the roll-up fields, and it holds no more than the sync CLI needs',
    findings: checkLeastPrivilege(readable, model)
  });

  let total = 0;
  for (const { title, findings } of results) {
    total += options.quiet ? findings.length : printFindings(title, findings, root);
  }
  return { results, total };
}

if (import.meta.main) {
  const root = path.resolve(process.argv[2] ?? process.cwd());
  const started = Date.now();
  const { total } = checkMetadata(root);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (total > 0) {
    console.error(`check:metadata failed: ${total} problem${total === 1 ? '' : 's'} (${seconds} s)`);
    process.exitCode = 1;
  } else {
    console.log(`check:metadata passed (${seconds} s)`);
  }
}
