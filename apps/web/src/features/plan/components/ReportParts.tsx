import { ENTRY_STATE_LABELS, type ReportRoadmapRow } from '@tsunagu/contracts/plan';
import type { ReactNode } from 'react';
import { useLabel, useT } from '../../../lib/i18n';
import { reportMessages } from '../messages';

/** The borders and padding of every report table cell, black and tighter on paper. */
export const REPORT_CELL =
  'border border-solid-gray-420 px-3 py-2 align-top text-left print:border-black print:px-[1.5mm] print:py-[1mm]';
/** A header cell of a report table. */
export const REPORT_HEAD = `${REPORT_CELL} bg-solid-gray-50 text-dns-14B-130 print:bg-white`;

/** A report table on screen: scrolls sideways inside a focusable region; on paper it takes the page width. */
export function ReportTableFrame({
  label,
  narrow = false,
  children,
}: {
  label: string;
  /** A table of a few short columns: as wide as its content, not the page. */
  narrow?: boolean;
  children: ReactNode;
}) {
  return (
    <section
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
      className="overflow-x-auto print:overflow-visible"
    >
      <table
        className={`${narrow ? 'w-auto min-w-[40rem]' : 'w-full min-w-[56rem]'} border-collapse text-dns-14N-130 print:min-w-0 print:text-[8.5pt]`}
      >
        {children}
      </table>
    </section>
  );
}

/** A report section's heading and the sentence saying what it holds (the sentence is not printed). */
export function ReportSectionHeading({ id, title, lead }: { id: string; title: string; lead?: string }) {
  return (
    <div className="flex flex-col gap-1 border-b-2 border-blue-900 pb-2 print:border-black print:pb-1">
      <h2 id={id} className="text-std-20B-150 print:text-[12pt]">
        {title}
      </h2>
      {lead ? <p className="print-hide text-dns-14N-130 text-solid-gray-800">{lead}</p> : null}
    </div>
  );
}

/**
 * The divisions' texts of one column of a roadmap row, each followed by 【division names】; an entry not
 * yet approved starts with its state (［作成中］) when drafts are included. Line breaks are kept.
 */
export function ReportEntryTexts({
  entries,
  pick,
  approvedOnly,
}: {
  entries: ReportRoadmapRow['entries'];
  pick: 'achievements' | 'nextSteps';
  approvedOnly: boolean;
}) {
  const t = useT(reportMessages);
  const label = useLabel();
  const shown = entries.filter((e) => e[pick].trim() !== '');
  if (shown.length === 0) return <span className="text-solid-gray-800">{t('noEntry')}</span>;
  return (
    <div className="flex flex-col gap-3 print:gap-[1.5mm]">
      {shown.map((e) => (
        <p key={`${e.divisions.map((d) => d.code).join('-')}-${e.state}`} className="whitespace-pre-line">
          {!approvedOnly && e.state !== 'approved' ? (
            <strong className="mr-1">{t('stateTag', { state: label(ENTRY_STATE_LABELS[e.state]) })}</strong>
          ) : null}
          {e[pick]}
          <span className="text-solid-gray-800 print:text-black">
            {t('divisionTag', { names: e.divisions.map((d) => d.name).join('、') })}
          </span>
        </p>
      ))}
    </div>
  );
}

/** Groups rows by a key, keeping the order of first appearance. */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): { key: K; rows: T[] }[] {
  const groups: { key: K; rows: T[] }[] = [];
  for (const row of rows) {
    const k = key(row);
    const group = groups.find((g) => g.key === k);
    if (group) group.rows.push(row);
    else groups.push({ key: k, rows: [row] });
  }
  return groups;
}
