import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

/**
 * The values of the package's restricted picklists, read from the field metadata that deploys,
 * so a template is checked against the same values the org enforces.
 */
export function readPicklistValues(
  objectsDir: string,
  qualifiedFields: readonly string[]
): Map<string, string[]> {
  const parser = new XMLParser({ ignoreAttributes: true, isArray: (name) => name === 'value' });
  const picklists = new Map<string, string[]>();
  for (const qualified of qualifiedFields) {
    const [objectName, fieldName] = qualified.split('.') as [string, string];
    const file = path.join(objectsDir, objectName, 'fields', `${fieldName}.field-meta.xml`);
    if (!existsSync(file))
      throw new Error(`The field metadata ${file} is missing; it defines the values of ${qualified}.`);
    const xml = parser.parse(readFileSync(file, 'utf8')) as {
      CustomField?: { valueSet?: { valueSetDefinition?: { value?: { fullName: string | number }[] } } };
    };
    const values = xml.CustomField?.valueSet?.valueSetDefinition?.value ?? [];
    picklists.set(
      qualified,
      values.map((v) => String(v.fullName))
    );
  }
  return picklists;
}
