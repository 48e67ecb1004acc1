import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv, unneutralise } from '../../src/platform/files/csv';

const cells = (text: string) => parseCsv(text).map((r) => r.cells);

describe('toCsv / parseCsv', () => {
  it('round-trips awkward cells: commas, quotes, newlines, Japanese and 異体字', () => {
    const rows = [
      ['コード', '名称', 'メモ'],
      ['a-1', '相談室, "ほっと"', '一行目\n二行目'],
      ['a-2', '髙橋𠮷田', 'CR\r\nLF'],
      ['a-3', '', '末尾の空欄'],
    ];
    expect(cells(toCsv(rows))).toEqual(rows);
  });

  it('writes a BOM, CRLF line ends and quotes only where needed', () => {
    const text = toCsv([
      ['a', 'b,c'],
      ['d"e', 'f'],
    ]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe('a,"b,c"\r\n"d""e",f\r\n');
  });

  it('reads with or without a BOM, with CRLF or LF, and numbers rows from the header as 1', () => {
    const withBom = parseCsv('\uFEFFh1,h2\r\nx,y\r\n');
    const plain = parseCsv('h1,h2\nx,y');
    expect(withBom).toEqual([
      { row: 1, cells: ['h1', 'h2'] },
      { row: 2, cells: ['x', 'y'] },
    ]);
    expect(plain).toEqual(withBom);
  });

  it('skips blank lines but keeps the row numbers of the lines after them', () => {
    expect(parseCsv('h\r\n\r\nx\r\n,\r\ny')).toEqual([
      { row: 1, cells: ['h'] },
      { row: 3, cells: ['x'] },
      { row: 5, cells: ['y'] },
    ]);
  });

  it('keeps a newline inside quotes as part of the cell', () => {
    expect(cells('"a\nb",c\r\nd,e')).toEqual([
      ['a\nb', 'c'],
      ['d', 'e'],
    ]);
  });

  it('reads doubled quotes as one and keeps a quote in the middle of an unquoted cell', () => {
    expect(cells('"say ""hi""",5" disk')).toEqual([['say "hi"', '5" disk']]);
  });

  it('throws on an unterminated quoted field', () => {
    expect(() => parseCsv('a,"never closed\r\nb,c')).toThrow(/unterminated/);
  });

  it('neutralises formula-looking cells on export and restores them on import', () => {
    const risky = ['=1+2', '+81 86', '-5', '@SUM(A1)', '\tTAB'];
    const text = toCsv([risky]);
    const exported = cells(text)[0]!;
    expect(exported).toEqual(risky.map((c) => `'${c}`));
    expect(exported.map(unneutralise)).toEqual(risky);
    // Ordinary text, including a leading apostrophe before a letter, is left alone.
    expect(cells(toCsv([["'quoted", 'a=b', '086-000']]))[0]).toEqual(["'quoted", 'a=b', '086-000']);
    expect(unneutralise("'quoted")).toBe("'quoted");
  });
});
