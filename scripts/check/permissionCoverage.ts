// Permission sets together must grant read access to every custom field a user can be granted
// (not required, not master-detail), and none may name a field the API refuses to grant
// (required or master-detail) or make a calculated field (formula, roll-up, auto-number) editable.
import fs from 'node:fs';
import path from 'node:path';
import type { FieldInfo, SchemaModel } from './objectModel.ts';
import type { Finding } from './report.ts';
import { childrenNamed, childText, parseXmlTree, type XmlElement } from './xmlTree.ts';

const READ_ONLY_TYPES = new Set(['Summary', 'AutoNumber']);

function grantable(field: FieldInfo): boolean {
  return !field.required && field.type !== 'MasterDetail' && !field.object.endsWith('__mdt');
}

/** Object permission flags that need another flag (the API rejects the permission set otherwise). */
const OBJECT_FLAG_NEEDS: readonly (readonly [string, readonly string[]])[] = [
  ['allowCreate', ['allowRead']],
  ['allowEdit', ['allowRead']],
  ['allowDelete', ['allowRead', 'allowEdit']],
  ['viewAllRecords', ['allowRead']],
  ['modifyAllRecords', ['allowRead', 'allowEdit', 'allowDelete', 'viewAllRecords']]
];

export function checkPermissionCoverage(files: readonly string[], model: SchemaModel): Finding[] {
  const findings: Finding[] = [];
  const readable = new Set<string>();
  const report = (file: string, where: XmlElement | undefined, message: string): void => {
    findings.push({
      file,
      ...(where ? { line: where.line, column: where.column } : {}),
      check: 'permissions',
      message
    });
  };

  for (const file of files.filter((name) => name.endsWith('.permissionset-meta.xml'))) {
    let root: XmlElement;
    try {
      root = parseXmlTree(fs.readFileSync(file, 'utf8'));
    } catch {
      continue;
    }
    for (const permission of childrenNamed(root, 'fieldPermissions')) {
      const name = childText(permission, 'field') ?? '';
      const [objectName = '', fieldName = ''] = name.split('.');
      const field = model.object(objectName)?.fields.get(fieldName.toLowerCase());
      const canRead = childText(permission, 'readable') === 'true';
      const canEdit = childText(permission, 'editable') === 'true';
      if (!field?.file) continue; // unknown fields are reported by the reference check
      if (field.required)
        report(file, permission, `${name} is required: the API rejects field permissions on required fields`);
      else if (field.type === 'MasterDetail')
        report(
          file,
          permission,
          `${name} is master-detail: the API rejects field permissions on master-detail fields`
        );
      if (canEdit && (field.isFormula || READ_ONLY_TYPES.has(field.type ?? ''))) {
        report(
          file,
          permission,
          `${name} is a ${field.isFormula ? 'formula' : field.type === 'Summary' ? 'roll-up summary' : 'auto-number'} field and must not be editable`
        );
      }
      if (canEdit && !canRead) report(file, permission, `${name} is editable but not readable`);
      if (canRead) readable.add(`${objectName}.${fieldName}`.toLowerCase());
    }
    for (const permission of childrenNamed(root, 'objectPermissions')) {
      const objectName = childText(permission, 'object') ?? '';
      for (const [flag, needs] of OBJECT_FLAG_NEEDS) {
        if (childText(permission, flag) !== 'true') continue;
        const missing = needs.filter((need) => childText(permission, need) !== 'true');
        if (missing.length > 0)
          report(file, permission, `${objectName}: ${flag} needs ${missing.join(' and ')}`);
      }
    }
  }

  for (const info of model.objects.values()) {
    for (const field of info.fields.values()) {
      if (!field.file || !grantable(field)) continue;
      if (!readable.has(`${field.object}.${field.name}`.toLowerCase())) {
        report(
          field.file,
          undefined,
          `no permission set grants read access to ${field.object}.${field.name} (add it to a permission set under ${path.join('force-app', 'main', 'default', 'permissionsets')})`
        );
      }
    }
  }
  return findings;
}
