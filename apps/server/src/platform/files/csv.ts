const BOM = '\uFEFF';

/** A record of a CSV or sheet with its 1-based row number (the header is row 1). */
export type TableRow = { row: number; cells: string[] };

/** Excel runs cells that start like a formula; a leading apostrophe keeps them text (CSV injection). */
function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** Undoes neutralise() on import. */
export function unneutralise(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** RFC 4180 CSV, UTF-8 with a BOM so Excel in Japan opens it correctly, CRLF line ends. */
export function toCsv(rows: string[][]): string {
  return `${BOM}${rows.map((r) => r.map((c) => quote(neutralise(c))).join(',')).join('\r\n')}\r\n`;
}

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes, CRLF or LF),
 * dropping a leading BOM and wholly empty lines. Throws on an unterminated quote.
 */
export function parseCsv(text: string): TableRow[] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let inQuotes = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (inQuotes) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') inQuotes = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (inQuotes) throw new Error('unterminated quoted field');
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows.map((cells, i) => ({ row: i + 1, cells })).filter((r) => r.cells.some((c) => c.trim() !== ''));
}
