/**
 * Rows held column by column in buffers outside the V8 heap, for the one place the roll-up holds
 * hundreds of thousands of rows at once: a range of plan steps (Bulk API 2.0 cannot order results,
 * so a range is complete only when its query job ends).
 *
 * Why not objects: a step as a JS object with its strings takes about 250 bytes of heap, and V8
 * lets its heap grow to several times what was live at its last full collection before it
 * collects again, so finished ranges lingered while the next ones were read (the process peaked
 * at over 600 MB at 2,000,000 steps even with steps as slim objects). Here a step takes under 200
 * bytes, the buffers are let go as soon as the range is assessed, and V8 counts them as external
 * memory, which makes it collect them promptly.
 *
 * Two kinds of column: `packed` for values that may be distinct from row to row (Ids, timestamps,
 * free text), stored as UTF-8 end to end in one buffer; `shared` for values that repeat (statuses,
 * owners, dates), stored once in a string table and referred to by number.
 */

/** A typed array of at least `size` elements, keeping the contents of `array`. */
export function grown(array: Uint32Array, size: number): Uint32Array {
  if (size <= array.length) return array;
  const bigger = new Uint32Array(Math.max(size, Math.ceil(array.length * 1.5)));
  bigger.set(array);
  return bigger;
}

/** Distinct strings, each stored once and known by its number; 0 is the empty string. */
class StringTable {
  private readonly values: string[] = [''];
  private readonly numbers = new Map<string, number>([['', 0]]);

  numberOf(value: string): number {
    let n = this.numbers.get(value);
    if (n === undefined) {
      n = this.values.length;
      this.values.push(value);
      this.numbers.set(value, n);
    }
    return n;
  }

  valueOf(n: number): string {
    return this.values[n] ?? '';
  }
}

/** One column of strings packed end to end as UTF-8; row i is bytes ends[i-1]..ends[i]. */
class PackedColumn {
  private readonly expectedRows: number;
  /** Starts small: the first rows tell how long the values are before the column is sized. */
  private bytes = Buffer.allocUnsafe(64 * 1024);
  private used = 0;
  private ends: Uint32Array;

  constructor(expectedRows: number) {
    this.expectedRows = expectedRows;
    this.ends = new Uint32Array(Math.max(16, expectedRows));
  }

  set(row: number, value: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    const needed = this.used + value.length * 3;
    if (needed > this.bytes.length) this.grow(needed, row);
    this.used += this.bytes.write(value, this.used, 'utf8');
    this.ends = grown(this.ends, row + 1);
    this.ends[row] = this.used;
  }

  get(row: number): string {
    const start = row === 0 ? 0 : (this.ends[row - 1] ?? 0);
    return this.bytes.toString('utf8', start, this.ends[row]);
  }

  /**
   * Room for the rows still expected at the average length so far (one copy, little slack, where
   * doubling would leave up to half of a large buffer unused), or half as much again once more
   * rows come than expected.
   */
  private grow(needed: number, rows: number): void {
    const average = this.used / Math.max(1, rows);
    const projected = Math.ceil(average * 1.1 * Math.max(0, this.expectedRows - rows));
    const size = Math.max(needed + projected, Math.ceil(this.bytes.length * 1.5));
    const bigger = Buffer.allocUnsafe(size);
    this.bytes.copy(bigger, 0, 0, this.used);
    this.bytes = bigger;
  }
}

export interface CompactColumns {
  /** Values that may differ from row to row. */
  packed: readonly string[];
  /** Values that repeat from row to row. */
  shared: readonly string[];
}

/** Rows of string cells (Bulk API 2.0 CSV rows), added one by one and read back by index. */
export class CompactRows {
  private readonly columns: CompactColumns;
  private readonly packed: PackedColumn[];
  private readonly table = new StringTable();
  /** Row i's shared cells are numbers[i * shared.length + c]. */
  private numbers: Uint32Array;
  private count = 0;

  /** `expectedRows` sizes the buffers up front (they grow if more rows come). */
  constructor(columns: CompactColumns, expectedRows: number) {
    this.columns = columns;
    this.packed = columns.packed.map(() => new PackedColumn(expectedRows));
    this.numbers = new Uint32Array(Math.max(16, expectedRows) * columns.shared.length);
  }

  get length(): number {
    return this.count;
  }

  /** Adds a row (missing cells are empty) and returns its index. */
  add(row: Readonly<Record<string, string | undefined>>): number {
    const index = this.count++;
    this.columns.packed.forEach((column, c) => this.packed[c].set(index, row[column] ?? ''));
    const width = this.columns.shared.length;
    this.numbers = grown(this.numbers, (index + 1) * width);
    this.columns.shared.forEach((column, c) => {
      this.numbers[index * width + c] = this.table.numberOf(row[column] ?? '');
    });
    return index;
  }

  /** Row `index` as an object of its cells, as it was added. */
  row(index: number): Record<string, string> {
    const row: Record<string, string> = {};
    this.columns.packed.forEach((column, c) => {
      row[column] = this.packed[c].get(index);
    });
    const width = this.columns.shared.length;
    this.columns.shared.forEach((column, c) => {
      row[column] = this.table.valueOf(this.numbers[index * width + c]);
    });
    return row;
  }
}
