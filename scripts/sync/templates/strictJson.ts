/**
 * Reads a template file's bytes as strict JSON (RFC 8259): valid UTF-8 — a replacement character
 * would otherwise slip into a template's text unseen — and no object that names a member twice
 * (`JSON.parse` keeps the last one silently, so a file could say two things and mean one). A small
 * parser of its own, so that every refusal names its line and column (both from 1; a column
 * counts characters as an editor does). A leading byte-order mark is allowed.
 */

export interface StrictJsonProblem {
  line: number;
  column: number;
  message: string;
}

export type StrictJsonResult = { ok: true; value: unknown } | { ok: false; problem: StrictJsonProblem };

class JsonProblem extends Error {
  readonly index: number;
  constructor(index: number, message: string) {
    super(message);
    this.index = index;
  }
}

/** Line and column (from 1) of a character index in `text`. */
function positionOf(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

/** The index in characters of the first byte that is not valid UTF-8, or -1. */
function invalidUtf8Index(bytes: Uint8Array): number {
  const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    fatal.decode(bytes);
    return -1;
  } catch {
    // Walk the sequences to name the first bad one.
  }
  let chars = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return chars;
    try {
      // Overlong forms, surrogates and bad continuation bytes fail here.
      fatal.decode(bytes.subarray(i, i + length));
    } catch {
      return chars;
    }
    chars += length === 4 ? 2 : 1;
    i += length;
  }
  return chars;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const LITERALS: readonly [string, unknown][] = [
  ['true', true],
  ['false', false],
  ['null', null]
];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

class Parser {
  private i = 0;
  private readonly text: string;
  constructor(text: string) {
    this.text = text;
  }

  document(): unknown {
    const value = this.value();
    this.skip();
    if (this.i < this.text.length) throw new JsonProblem(this.i, 'has text after the JSON value');
    return value;
  }

  private skip(): void {
    while (this.i < this.text.length && WHITESPACE.has(this.text[this.i])) this.i++;
  }

  private expect(char: string, what: string): void {
    this.skip();
    if (this.text[this.i] !== char) throw this.unexpected(what);
    this.i++;
  }

  private unexpected(what: string): JsonProblem {
    const found = this.i < this.text.length ? JSON.stringify(this.text[this.i]) : 'the end of the file';
    return new JsonProblem(this.i, `is not valid JSON: expected ${what}, found ${found}`);
  }

  private value(): unknown {
    this.skip();
    const c = this.text[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    for (const [word, value] of LITERALS) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = this.i;
    const number = NUMBER.exec(this.text);
    if (number) {
      this.i += number[0].length;
      return Number(number[0]);
    }
    throw this.unexpected('a value');
  }

  private string(): string {
    STRING.lastIndex = this.i;
    const match = STRING.exec(this.text);
    if (!match)
      throw new JsonProblem(
        this.i,
        'is not valid JSON: a string is not closed or holds a bad escape or control character'
      );
    this.i += match[0].length;
    return JSON.parse(match[0]) as string;
  }

  private object(): Record<string, unknown> {
    this.i++;
    const result: Record<string, unknown> = {};
    const names = new Set<string>();
    this.skip();
    if (this.text[this.i] === '}') {
      this.i++;
      return result;
    }
    for (;;) {
      this.skip();
      if (this.text[this.i] !== '"') throw this.unexpected('a member name in double quotes');
      const at = this.i;
      const name = this.string();
      if (names.has(name))
        throw new JsonProblem(
          at,
          `repeats the member "${name}" in one object (JSON.parse would keep only the last)`
        );
      names.add(name);
      this.expect(':', '":"');
      Object.defineProperty(result, name, {
        value: this.value(),
        enumerable: true,
        writable: true,
        configurable: true
      });
      this.skip();
      if (this.text[this.i] === ',') {
        this.i++;
        continue;
      }
      this.expect('}', '"," or "}"');
      return result;
    }
  }

  private array(): unknown[] {
    this.i++;
    const result: unknown[] = [];
    this.skip();
    if (this.text[this.i] === ']') {
      this.i++;
      return result;
    }
    for (;;) {
      result.push(this.value());
      this.skip();
      if (this.text[this.i] === ',') {
        this.i++;
        continue;
      }
      this.expect(']', '"," or "]"');
      return result;
    }
  }
}

export function parseStrictJson(bytes: Uint8Array): StrictJsonResult {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
  const badByte = invalidUtf8Index(body);
  if (badByte >= 0)
    return { ok: false, problem: { ...positionOf(text, badByte), message: 'is not valid UTF-8' } };
  try {
    return { ok: true, value: new Parser(text).document() };
  } catch (error) {
    if (!(error instanceof JsonProblem)) throw error;
    return { ok: false, problem: { ...positionOf(text, error.index), message: error.message } };
  }
}
