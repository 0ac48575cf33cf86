// Field references in a SOQL query as written inside Apex `[ ... ]`: the SELECT list (relationship
// paths, functions, child subqueries), WHERE (including semi-join subqueries), GROUP BY, HAVING and
// ORDER BY. Bind expressions (`:name`), literals and date literals are not field references.

export interface FieldUse {
  path: string;
  /** Offset of the path in the query text. */
  offset: number;
}

export interface QueryRefs {
  /** FROM: an object name, or for a child subquery the parent's child relationship name. */
  from: string;
  fromOffset: number;
  /** True for a parent-to-child subquery in a SELECT list. */
  childRelationship: boolean;
  fields: FieldUse[];
  /** Child subqueries (SELECT list) and semi-join subqueries (WHERE … IN (SELECT …)). */
  subqueries: QueryRefs[];
}

interface Token {
  text: string;
  upper: string;
  offset: number;
  kind: 'word' | 'punct' | 'literal' | 'bind';
}

const KEYWORDS = new Set(
  'SELECT FROM WHERE AND OR NOT IN LIKE INCLUDES EXCLUDES ORDER BY GROUP HAVING LIMIT OFFSET ASC DESC NULLS FIRST LAST WITH USER_MODE SYSTEM_MODE SECURITY_ENFORCED FOR UPDATE VIEW REFERENCE ALL ROWS TRUE FALSE NULL AS USING SCOPE TYPEOF WHEN THEN ELSE END ROLLUP CUBE TRACKING VIEWSTAT DATA CATEGORY AT ABOVE BELOW ABOVE_OR_BELOW'.split(
    ' '
  )
);
const CLAUSE_ENDS = new Set(['WITH', 'LIMIT', 'OFFSET', 'FOR', 'USING', 'ALL']);

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  const pattern =
    /'(?:[^'\\]|\\.)*'|:\s*[A-Za-z_][\w.]*(?:\([^)]*\))?(?:\.[A-Za-z_]\w*(?:\([^)]*\))?)*|[A-Za-z_][\w.]*(?::\d+)?|-?\d+(?:\.\d+)?(?:[-T:.+\dZ]*)?|!=|<>|<=|>=|[(),=<>]|\S/g;
  for (const match of query.matchAll(pattern)) {
    const text = match[0];
    const first = text.charAt(0);
    const kind: Token['kind'] =
      first === "'" || /\d|-/.test(first)
        ? 'literal'
        : first === ':'
          ? 'bind'
          : /[A-Za-z_]/.test(first)
            ? 'word'
            : 'punct';
    tokens.push({ text, upper: text.toUpperCase(), offset: match.index, kind });
  }
  return tokens;
}

class Parser {
  private i = 0;
  private readonly tokens: Token[];
  constructor(tokens: Token[]) {
    this.tokens = tokens;
  }

  private peek(ahead = 0): Token | undefined {
    return this.tokens[this.i + ahead];
  }

  /** Parses `SELECT … FROM … [clauses]` up to the matching `)` or the end. */
  parseSelect(childRelationship: boolean): QueryRefs | undefined {
    if (this.peek()?.upper !== 'SELECT') return undefined;
    this.i++;
    const refs: QueryRefs = { from: '', fromOffset: 0, childRelationship, fields: [], subqueries: [] };
    // SELECT list
    while (this.peek() && this.peek()?.upper !== 'FROM') {
      const token = this.peek();
      if (!token) break;
      if (token.text === '(' && this.peek(1)?.upper === 'SELECT') {
        this.i++;
        const sub = this.parseSelect(true);
        if (sub) refs.subqueries.push(sub);
        continue;
      }
      if (token.upper === 'TYPEOF') {
        while (this.peek() && this.peek()?.upper !== 'END') this.i++;
        this.i++;
        continue;
      }
      this.fieldExpression(refs, true);
    }
    this.i++; // FROM
    const from = this.peek();
    if (from) {
      refs.from = from.text;
      refs.fromOffset = from.offset;
      this.i++;
    }
    // Clauses until the end of this (sub)query.
    let depth = 0;
    let clause = '';
    let previous: Token | undefined;
    while (this.peek()) {
      const token = this.peek();
      if (!token) break;
      if (token.text === ')' && depth === 0) {
        this.i++;
        break;
      }
      if (token.text === '(' && this.peek(1)?.upper === 'SELECT') {
        this.i++;
        const sub = this.parseSelect(false);
        if (sub) refs.subqueries.push(sub);
        previous = undefined;
        continue;
      }
      if (token.text === '(') depth++;
      if (token.text === ')') depth--;
      if (['WHERE', 'HAVING'].includes(token.upper)) clause = token.upper;
      else if (token.upper === 'BY' && ['ORDER', 'GROUP'].includes(previous?.upper ?? '')) clause = 'BY';
      else if (CLAUSE_ENDS.has(token.upper)) clause = '';
      else if (token.kind === 'word' && !KEYWORDS.has(token.upper) && clause !== '') {
        const isFunction = this.peek(1)?.text === '(';
        const afterOperator =
          previous !== undefined && /^(=|!=|<>|<|>|<=|>=|LIKE|IN|INCLUDES|EXCLUDES)$/.test(previous.upper);
        const isDateLiteral =
          /^[A-Z_]+(:\d+)?$/.test(token.upper) && (afterOperator || token.text.includes(':'));
        if (!isFunction && !afterOperator && !isDateLiteral)
          refs.fields.push({ path: token.text, offset: token.offset });
      }
      previous = token;
      this.i++;
    }
    return refs;
  }

  /** One SELECT-list item: a path, or a function over paths, with an optional alias, then a comma. */
  private fieldExpression(refs: QueryRefs, allowAlias: boolean): void {
    const token = this.peek();
    if (!token) return;
    if (token.kind === 'word' && this.peek(1)?.text === '(') {
      this.i += 2;
      let depth = 1;
      while (this.peek() && depth > 0) {
        const inner = this.peek();
        if (!inner) break;
        if (inner.text === '(') depth++;
        else if (inner.text === ')') depth--;
        else if (inner.kind === 'word' && !KEYWORDS.has(inner.upper) && this.peek(1)?.text !== '(') {
          refs.fields.push({ path: inner.text, offset: inner.offset });
        }
        this.i++;
      }
    } else if (token.kind === 'word') {
      refs.fields.push({ path: token.text, offset: token.offset });
      this.i++;
    } else {
      this.i++;
    }
    // alias
    const next = this.peek();
    if (allowAlias && next?.kind === 'word' && next.upper !== 'FROM' && next.text !== ',') this.i++;
    if (this.peek()?.text === ',') this.i++;
  }
}

/** Field references of a query's text (without the surrounding brackets). */
export function soqlReferences(query: string): QueryRefs | undefined {
  return new Parser(tokenize(query)).parseSelect(false);
}
