import { formulon, isError, type AstNode, type FormulonError, type Literal } from './formulon.ts';

/** What a formula reads besides its literals: its fields, the org's clock and the record's prior state. */
export interface FormulaEnv {
  value(name: string): Literal;
  today(): Literal;
  now(): Literal;
  /** The record is being inserted (ISNEW()). */
  isNew(): boolean;
  /** The stored value of a field of the record before this write (PRIORVALUE, ISCHANGED). */
  prior(name: string): Literal;
}

export const NULL_LITERAL: Literal = { type: 'literal', value: null, dataType: 'null', options: {} };
export const checkbox = (value: boolean): Literal => ({
  type: 'literal',
  value,
  dataType: 'checkbox',
  options: {}
});

/**
 * Operators whose result is blank when an operand is blank, as in Salesforce (a date minus a blank
 * date is blank; a blank date is not before today). formulon rejects a blank operand instead.
 */
const BLANK_PROPAGATES = new Set([
  'add',
  'subtract',
  'multiply',
  'divide',
  'exponentiate',
  'lessThan',
  'lessThanOrEqual',
  'greaterThan',
  'greaterThanOrEqual'
]);

/** formulon's function table, with its crashes on inputs it does not expect (CASESAFEID of a short Id) as errors. */
function dispatch(id: string, args: Literal[]): Literal | FormulonError {
  try {
    return formulon.dispatch(id, args);
  } catch (error) {
    return {
      type: 'error',
      errorType: 'RuntimeError',
      message: `${id.toUpperCase()}(): ${(error as Error).message}`
    };
  }
}

const isNull = (v: Literal) => v.value === null || v.dataType === 'null';
/** A blank condition counts as false (a validation rule whose condition is blank does not fire). */
const asCondition = (v: Literal) => (isNull(v) ? checkbox(false) : v);
const sameValue = (a: Literal, b: Literal): boolean => {
  const x = a.value instanceof Date ? a.value.getTime() : a.value;
  const y = b.value instanceof Date ? b.value.getTime() : b.value;
  return (x ?? null) === (y ?? null) || ((x ?? '') === '' && (y ?? '') === '');
};

/**
 * Evaluates a formula tree parsed once by formulon. Function calls go to formulon's function table;
 * this walk adds what formulon lacks or does differently from Salesforce: IF, AND and OR evaluate
 * lazily (a branch not taken cannot fail the formula), blanks propagate through arithmetic and
 * comparisons, TODAY()/NOW() read the org clock, and ISNEW, ISCHANGED and PRIORVALUE (absent from
 * formulon) read the stored record. `eager` walks every branch: the start-up check uses it to find
 * type errors in branches sample data would not take.
 */
export function evaluate(node: AstNode, env: FormulaEnv, eager = false): Literal | FormulonError {
  switch (node.type) {
    case 'literal':
    case 'error':
      return node;
    case 'identifier':
      return env.value(node.name);
    case 'callExpression':
      break;
  }
  const args = node.arguments;
  const field = () => {
    const arg = args.at(0);
    if (args.length !== 1 || arg?.type !== 'identifier')
      throw new Error(`${node.id.toUpperCase()}() takes one field`);
    return arg.name;
  };
  switch (node.id) {
    case 'today':
      return env.today();
    case 'now':
      return env.now();
    case 'isnew':
      return checkbox(env.isNew());
    case 'ischanged': {
      const name = field();
      return checkbox(!env.isNew() && !sameValue(env.prior(name), env.value(name)));
    }
    case 'priorvalue': {
      const name = field();
      return env.isNew() ? env.value(name) : env.prior(name);
    }
    case 'if': {
      if (args.length !== 3) return dispatch('if', []);
      const [test, then, otherwise] = args as [AstNode, AstNode, AstNode];
      const c = evaluate(test, env, eager);
      if (isError(c)) return c;
      const checked = dispatch('not', [asCondition(c)]);
      if (isError(checked)) return checked;
      if (eager) {
        const a = evaluate(then, env, true);
        const b = evaluate(otherwise, env, true);
        if (isError(a)) return a;
        if (isError(b)) return b;
        return c.value === true ? a : b;
      }
      return evaluate(c.value === true ? then : otherwise, env);
    }
    case 'and':
    case 'or': {
      const values: Literal[] = [];
      for (const arg of args) {
        const v = evaluate(arg, env, eager);
        if (isError(v)) return v;
        const condition = asCondition(v);
        values.push(condition);
        if (!eager && condition.value === (node.id === 'or')) break;
      }
      return dispatch(node.id, values);
    }
    case 'not': {
      if (args.length !== 1) return dispatch('not', []);
      const v = evaluate(args[0], env, eager);
      if (isError(v)) return v;
      return dispatch('not', [asCondition(v)]);
    }
    default: {
      const values: Literal[] = [];
      for (const arg of args) {
        const v = evaluate(arg, env, eager);
        if (isError(v)) return v;
        values.push(v);
      }
      if (BLANK_PROPAGATES.has(node.id) && values.some(isNull)) return NULL_LITERAL;
      return dispatch(node.id, values);
    }
  }
}
