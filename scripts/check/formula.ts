// Field references in a formula (formula fields, validation rules): identifiers and dotted paths
// that are not function names, string literals, comments or global-variable members we do not model.

export interface FormulaRef {
  /** `Field__c`, `Rel__r.Field__c`, or for globals `$Source.Field__c`, `$CustomMetadata.T.R.F`. */
  path: string;
  offset: number;
}

const LITERALS = new Set(['true', 'false', 'null']);

/** Blanks out string literals and comments, keeping offsets. */
function blankNonCode(formula: string): string {
  return formula.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\/\*[\s\S]*?\*\//g, (text) =>
    ' '.repeat(text.length)
  );
}

export function formulaReferences(formula: string): FormulaRef[] {
  const code = blankNonCode(formula);
  const refs: FormulaRef[] = [];
  for (const match of code.matchAll(/\$?[A-Za-z_][\w]*(?:\.\$?[A-Za-z_][\w]*)*/g)) {
    const token = match[0];
    const after = code.slice(match.index + token.length).trimStart();
    if (after.startsWith('(')) continue; // function call
    if (LITERALS.has(token.toLowerCase())) continue;
    refs.push({ path: token, offset: match.index });
  }
  return refs;
}
