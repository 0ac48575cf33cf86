/** CSV as Bulk API 2.0 speaks it: RFC 4180, a header row, quoted fields, "" for a quote. */

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (quoted) {
      if (ch === 34 /* " */) {
        if (text.charCodeAt(i + 1) === 34) {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        // Copy a run of plain characters at once: much faster than char-by-char concatenation.
        let end = text.indexOf('"', i);
        if (end === -1) end = text.length;
        field += text.slice(i, end);
        i = end - 1;
      }
    } else if (ch === 34) {
      quoted = true;
    } else if (ch === 44 /* , */) {
      row.push(field);
      field = '';
    } else if (ch === 10 /* \n */ || ch === 13 /* \r */) {
      if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      let end = i;
      while (end < text.length) {
        const c = text.charCodeAt(end);
        if (c === 44 || c === 10 || c === 13 || c === 34) break;
        end++;
      }
      field += text.slice(i, end);
      i = end - 1;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Rows as objects keyed by the header; empty strings stay empty strings (Bulk's null). */
export function csvRecords(text: string): {
  header: string[];
  records: Record<string, string | undefined>[];
} {
  const rows = parseCsv(text);
  const header = rows.shift() ?? [];
  const records = rows.map((cells) => {
    const record: Record<string, string | undefined> = {};
    header.forEach((name, index) => {
      record[name] = cells[index] ?? '';
    });
    return record;
  });
  return { header, records };
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
