import type { ReactNode } from 'react';

/** One column of a {@link Table}. */
export interface Column<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Makes this column's cells row headers (<th scope="row">). */
  rowHeader?: boolean;
  className?: string;
}

/** Props of {@link Table}. */
export interface TableProps<Row> {
  /** The table's accessible name, shown as its caption. */
  caption: ReactNode;
  captionHidden?: boolean;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  rowClassName?: (row: Row) => string;
}

/**
 * A data table with a caption, column headers and row headers. Wide tables scroll sideways inside a
 * focusable region so keyboard users can scroll them too.
 */
export function Table<Row>({ caption, captionHidden, columns, rows, rowKey, rowClassName }: TableProps<Row>) {
  return (
    <ScrollRegion label={typeof caption === 'string' ? caption : undefined}>
      <table className="w-full border-collapse text-left text-dns-16N-130">
        <caption className={captionHidden ? 'sr-only' : 'px-4 pt-3 pb-2 text-left text-std-16B-170'}>
          {caption}
        </caption>
        <thead className="bg-solid-gray-50">
          <tr>
            {columns.map((col) => (
              <th
                key={col.key}
                scope="col"
                className={`border-b border-solid-gray-420 px-4 py-3 text-dns-16B-130 whitespace-nowrap ${col.className ?? ''}`}
              >
                {col.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={rowKey(row)}
              className={`border-b border-solid-gray-200 last:border-b-0 ${rowClassName?.(row) ?? ''}`}
            >
              {columns.map((col) =>
                col.rowHeader ? (
                  <th
                    key={col.key}
                    scope="row"
                    className={`px-4 py-3 align-top font-bold ${col.className ?? ''}`}
                  >
                    {col.cell(row)}
                  </th>
                ) : (
                  <td key={col.key} className={`px-4 py-3 align-top ${col.className ?? ''}`}>
                    {col.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/**
 * A horizontally scrolling box for a wide table, focusable so it can be scrolled by keyboard (WCAG 2.1.1).
 * It is positioned so that screen-reader-only text in its cells (absolutely placed) is clipped with the
 * table instead of widening the whole page on narrow screens.
 */
export function ScrollRegion({ label, children }: { label: string | undefined; children: ReactNode }) {
  return (
    <section
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
      className="relative overflow-x-auto rounded-8 border border-solid-gray-420"
    >
      {children}
    </section>
  );
}
