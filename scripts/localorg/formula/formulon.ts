import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';

/** A value in formulon's terms: what identifiers are bound to and what evaluation returns. */
export interface Literal {
  type: 'literal';
  value: unknown;
  dataType: string;
  options?: Record<string, unknown>;
}

export interface FormulonError {
  type: 'error';
  errorType: string;
  message: string;
}

export interface CallNode {
  type: 'callExpression';
  id: string;
  arguments: AstNode[];
}

export type AstNode = Literal | CallNode | { type: 'identifier'; name: string } | FormulonError;

interface FormulonModule {
  ast(formula: string): AstNode;
  /** Formulon's function table: validates the arguments and applies the Salesforce function. */
  dispatch(name: string, args: Literal[]): Literal | FormulonError;
  /** Formulon's normalisation of a bound value (rounding of numbers, null as a NULL literal). */
  coerceLiteral(input: Literal): Literal;
}

/**
 * formulon (the Salesforce formula parser and evaluator on npm), loaded with its function table.
 *
 * Its public `parse(formula, values)` parses the text on every call (about 1 ms for the package's
 * longer formulas), far too slow to run per row over millions of rows, and it has no entry point
 * that evaluates a tree parsed once. So the bundle is loaded here with two of its own internal
 * functions exported beside the public ones (`dispatch`, the function table, and `coerceLiteral`);
 * the tree walk around them is ours (evaluate.ts). A formulon release that renames them fails at
 * start-up with the names missing, not silently.
 */
function load(): FormulonModule {
  const require = createRequire(import.meta.url);
  const file = require.resolve('formulon');
  const source = readFileSync(file, 'utf8');
  const factory = vm.runInThisContext(
    `(function (exports, require) {${source}\n;exports.dispatch = dispatch; exports.coerceLiteral = coerceLiteral;\n})`,
    { filename: file }
  ) as (exports: Record<string, unknown>, req: NodeJS.Require) => void;
  const exported: Record<string, unknown> = {};
  factory(exported, require);
  for (const name of ['ast', 'dispatch', 'coerceLiteral'])
    if (typeof exported[name] !== 'function') throw new Error(`formulon (${file}) has no function '${name}'`);
  return exported as unknown as FormulonModule;
}

export const formulon: FormulonModule = load();

export const isError = (node: AstNode | Literal): node is FormulonError => node.type === 'error';
