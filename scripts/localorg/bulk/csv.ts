/** CSV as Bulk API 2.0 writes and reads it: every value quoted on output, RFC 4180 on input. */
export const DELIMITERS: Record<string, string> = {
  COMMA: ',',
  TAB: '\t',
  PIPE: '|',
  SEMICOLON: ';',
  CARET: '^',
  BACKQUOTE: '`'
};

/** What a CSV cell holds: API values (null or absent: an empty cell). */
export type CsvValue = string | number | boolean | null | undefined;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '""';
  return `"${String(value).replaceAll('"', '""')}"`;
}

export function csvLine(values: CsvValue[], delimiter = ',', lineEnding = '\n'): string {
  return values.map(csvCell).join(delimiter) + lineEnding;
}

/** Parses CSV text row by row (quoted fields may hold delimiters, quotes and newlines). */
export function* parseCsv(text: string, delimiter = ','): Generator<string[]> {
  let i = 0;
  const n = text.length;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < n) {
    const row: string[] = [];
    for (;;) {
      let value = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          const j = text.indexOf('"', i);
          if (j < 0) throw new Error('unterminated quoted field');
          value += text.slice(i, j);
          i = j + 1;
          if (text[i] === '"') {
            value += '"';
            i++;
          } else break;
        }
      } else {
        let j = i;
        while (j < n && text[j] !== delimiter && text[j] !== '\n' && text[j] !== '\r') j++;
        value = text.slice(i, j);
        i = j;
      }
      row.push(value);
      if (text[i] === delimiter) {
        i++;
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      break;
    }
    if (row.length === 1 && row[0] === '') continue;
    yield row;
  }
}
