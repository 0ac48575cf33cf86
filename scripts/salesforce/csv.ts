/** CSV as Bulk API 2.0 speaks it: RFC 4180, a header row, quoted fields, "" for a quote. */

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

const isRowEnd = (byte: number | undefined): boolean => byte === LF || byte === CR;

/**
 * Reads CSV as it arrives, chunk by chunk, and hands each complete row to `onRow`; a row cut by a
 * chunk boundary waits for the next chunk. It works on the bytes and decodes every cell into a
 * string of its own: a cell sliced from one large decoded text would keep that whole text alive
 * for as long as the caller keeps the cell (V8 slices share their parent), and a results page of
 * hundreds of thousands of rows would never be freed. Blank lines are skipped.
 */
export class CsvStreamParser {
  private readonly onRow: (cells: string[]) => void;
  /** The bytes of the row the last chunk ended in. */
  private pending: Buffer = Buffer.alloc(0);
  private atStart = true;

  constructor(onRow: (cells: string[]) => void) {
    this.onRow = onRow;
  }

  push(chunk: Uint8Array): void {
    const view = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let bytes = this.pending.length > 0 ? Buffer.concat([this.pending, view]) : view;
    if (this.atStart) {
      if (bytes.length < 3) {
        this.pending = Buffer.from(bytes);
        return;
      }
      bytes = skipByteOrderMark(bytes);
      this.atStart = false;
    }
    const used = this.readRows(bytes, false);
    // A copy, so the rest of the chunk is not kept with it.
    this.pending = Buffer.from(bytes.subarray(used));
  }

  /** The end of the input: the last row needs no line break. */
  end(): void {
    const bytes = this.atStart ? skipByteOrderMark(this.pending) : this.pending;
    this.readRows(bytes, true);
    this.pending = Buffer.alloc(0);
    this.atStart = true;
  }

  /** Emits the complete rows in `bytes` and returns where the first incomplete one starts. */
  private readRows(bytes: Buffer, final: boolean): number {
    const n = bytes.length;
    let rowStart = 0;
    let i = 0;
    let cells: string[] = [];
    for (;;) {
      if (cells.length === 0) {
        while (i < n && isRowEnd(bytes[i])) i++;
        rowStart = i;
        if (i >= n) return n;
      }
      const cell = readCell(bytes, i, final);
      if (!cell) return rowStart;
      cells.push(cell.value);
      i = cell.next;
      if (i >= n) {
        if (!final) return rowStart;
        this.onRow(cells);
        return n;
      }
      if (bytes[i] === COMMA) {
        i++;
        continue;
      }
      // A CR ending a chunk may be the first half of CRLF: wait for the next byte.
      if (bytes[i] === CR && i + 1 >= n && !final) return rowStart;
      i += bytes[i] === CR && bytes[i + 1] === LF ? 2 : 1;
      this.onRow(cells);
      cells = [];
    }
  }
}

function skipByteOrderMark(bytes: Buffer): Buffer {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

/**
 * The cell starting at `start` and the index of the delimiter or line break after it; undefined
 * when the cell may go on in the next chunk.
 */
function readCell(bytes: Buffer, start: number, final: boolean): { value: string; next: number } | undefined {
  const n = bytes.length;
  if (bytes[start] !== QUOTE) {
    const end = plainEnd(bytes, start);
    return { value: end > start ? bytes.toString('utf8', start, end) : '', next: end };
  }
  let escaped = false;
  let close = start + 1;
  for (;;) {
    close = bytes.indexOf(QUOTE, close);
    if (close === -1) {
      // An unterminated quote: more is coming, or the input ends inside the cell.
      if (!final) return undefined;
      return { value: unescape(bytes.toString('utf8', start + 1, n), escaped), next: n };
    }
    if (close + 1 >= n && !final) return undefined; // "" may straddle the chunks
    if (bytes[close + 1] !== QUOTE) break;
    escaped = true;
    close += 2;
  }
  let value = unescape(bytes.toString('utf8', start + 1, close), escaped);
  // Text after the closing quote (not valid CSV) is kept, as lenient readers do.
  const end = plainEnd(bytes, close + 1);
  if (end > close + 1) value += bytes.toString('utf8', close + 1, end);
  return { value, next: end };
}

/** Where an unquoted run ends: the next comma or line break, or the end of the bytes. */
function plainEnd(bytes: Buffer, start: number): number {
  let end = start;
  const n = bytes.length;
  while (end < n) {
    const byte = bytes[end];
    if (byte === COMMA || byte === LF || byte === CR) break;
    end++;
  }
  return end;
}

function unescape(text: string, escaped: boolean): string {
  return escaped ? text.replaceAll('""', '"') : text;
}

/** Every row of a whole CSV text. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const parser = new CsvStreamParser((cells) => rows.push(cells));
  parser.push(Buffer.from(text, 'utf8'));
  parser.end();
  return rows;
}

/** Rows as objects keyed by the header; empty strings stay empty strings (Bulk's null). */
export function csvRecords(text: string): {
  header: string[];
  records: Record<string, string | undefined>[];
} {
  const rows = parseCsv(text);
  const header = rows.shift() ?? [];
  const records = rows.map((cells) => toRecord(header, cells));
  return { header, records };
}

export function toRecord(header: readonly string[], cells: readonly string[]): Record<string, string> {
  const record: Record<string, string> = {};
  header.forEach((name, index) => {
    record[name] = cells[index] ?? '';
  });
  return record;
}

/** One CSV cell; null becomes #N/A, which Bulk API 2.0 ingest reads as "set this field to null". */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '#N/A';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly (string | number | boolean | null)[]): string {
  return values.map(csvCell).join(',') + '\n';
}
