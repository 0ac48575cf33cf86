// Parsing Apex with @apexdevtools/apex-parser: syntax errors (from the lexer and parser error
// listener, with line:column) and the inline SOQL queries (`[SELECT …]`) with their offsets.
import {
  ApexErrorListener,
  ApexParseTreeWalker,
  ApexParserBaseListener,
  ApexParserFactory,
  type SoqlLiteralContext
} from '@apexdevtools/apex-parser';

export interface ApexSyntaxProblem {
  line: number;
  column: number;
  message: string;
}

export interface InlineQuery {
  /** Query text without the brackets. */
  text: string;
  /** Offset of the query text in the source. */
  offset: number;
}

export interface ParsedApex {
  errors: ApexSyntaxProblem[];
  queries: InlineQuery[];
}

class CollectingErrorListener extends ApexErrorListener {
  readonly errors: ApexSyntaxProblem[] = [];
  apexSyntaxError(line: number, column: number, message: string): void {
    this.errors.push({ line, column: column + 1, message });
  }
}

class SoqlCollector extends ApexParserBaseListener {
  readonly queries: InlineQuery[] = [];
  private readonly source: string;
  constructor(source: string) {
    super();
    this.source = source;
  }
  enterSoqlLiteral = (ctx: SoqlLiteralContext): void => {
    const start = ctx.start.start + 1;
    const stop = ctx.stop?.start ?? start;
    this.queries.push({ text: this.source.slice(start, stop), offset: start });
  };
}

export function parseApex(source: string, isTrigger: boolean): ParsedApex {
  const listener = new CollectingErrorListener();
  const { parser } = ApexParserFactory.createLexerAndParser(source, listener);
  const tree = isTrigger ? parser.triggerUnit() : parser.compilationUnit();
  const collector = new SoqlCollector(source);
  if (listener.errors.length === 0) ApexParseTreeWalker.DEFAULT.walk(collector, tree);
  return { errors: listener.errors, queries: collector.queries };
}
