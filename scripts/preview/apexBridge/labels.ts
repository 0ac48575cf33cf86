import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';

/** The package's Custom Labels, which PlanErrors.cls reads as System.Label.<name>. */
export const LABELS_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../force-app/main/default/labels/CustomLabels.labels-meta.xml'
);

const read = new Map<string, { mtimeMs: number; labels: ReadonlyMap<string, string> }>();

/**
 * Every label of a CustomLabels file by name (fullName → value, exactly as written). Parsed once per
 * version of the file: the preview's build asks for each label it bundles, the bridge per email.
 */
export function readLabels(file: string = LABELS_FILE): ReadonlyMap<string, string> {
  const { mtimeMs } = fs.statSync(file);
  const cached = read.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.labels;
  const labels = parseLabels(file);
  read.set(file, { mtimeMs, labels });
  return labels;
}

function parseLabels(file: string): Map<string, string> {
  const parser = new XMLParser({
    trimValues: false,
    parseTagValue: false,
    isArray: (name) => name === 'labels'
  });
  const document = parser.parse(fs.readFileSync(file, 'utf8')) as {
    CustomLabels?: { labels?: { fullName?: unknown; value?: unknown }[] };
  };
  const labels = new Map<string, string>();
  for (const label of document.CustomLabels?.labels ?? []) {
    if (typeof label.fullName !== 'string' || typeof label.value !== 'string')
      throw new Error(`${file}: a label without a fullName or a value`);
    labels.set(label.fullName.trim(), label.value);
  }
  return labels;
}

/** The label name of a PlanErrors message key: dependencyCycle → Plan_Error_Dependency_Cycle. */
export function errorLabelName(key: string): string {
  const words = key.replace(/([A-Z])/g, ' $1').split(' ');
  return `Plan_Error_${words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('_')}`;
}

/** The message key of a PlanErrors constant: DEPENDENCY_CYCLE → dependencyCycle. */
export function errorKeyOfConstant(constant: string): string {
  return constant.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** The sentences of the given keys from the labels file; a key without its label is a start-up error. */
export function errorMessages<K extends string>(
  keys: readonly K[],
  file: string = LABELS_FILE
): Record<K, string> {
  const labels = readLabels(file);
  const messages = {} as Record<K, string>;
  for (const key of keys) {
    const value = labels.get(errorLabelName(key));
    if (value === undefined)
      throw new Error(`${file} has no label ${errorLabelName(key)} (PlanErrors ${key})`);
    messages[key] = value;
  }
  return messages;
}
