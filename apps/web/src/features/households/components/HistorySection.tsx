import { useQuery } from '@tanstack/react-query';
import type { Household } from '@tsunagu/contracts/households';
import { useState } from 'react';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { useErrorText } from '../../../lib/errors';
import { formatDateTime, isoDateTime } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { historyQuery } from '../api';
import { useHistoryText } from '../history-format';
import { historyMessages } from '../history-messages';

const cell = 'border-b border-solid-gray-420 px-3 py-2 align-top';
const head = `${cell} bg-solid-gray-50 text-left text-dns-16B-130 whitespace-nowrap`;

/**
 * 変更履歴, folded: reading it is audited, so it is fetched only when opened (and again on each
 * opening, never kept). Newest first: when, who (and their agency), whose record, what changed.
 */
export function HistorySection({ household }: { household: Household }) {
  const t = useT(historyMessages);
  const [open, setOpen] = useState(false);
  return (
    <details
      className="rounded-8 border border-solid-gray-420"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="cursor-pointer px-4 py-3 text-std-18B-160 text-blue-900">
        {t('summary')}
        <span className="text-std-16N-170 text-solid-gray-800">{t('summaryNote')}</span>
      </summary>
      <div className="border-t border-solid-gray-420 p-4">
        {open ? <HistoryTable household={household} /> : null}
      </div>
    </details>
  );
}

function HistoryTable({ household }: { household: Household }) {
  const t = useT(historyMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const result = useQuery(historyQuery(household.id));
  const items = result.data?.items ?? [];
  const text = useHistoryText(household, items);
  if (result.isPending) return <Loading />;
  if (result.isError) return <Notice tone="error" live title={errorText(result.error)} />;
  if (items.length === 0) return <p>{t('none')}</p>;
  const sorted = [...items].sort((a, b) => b.changedAt.localeCompare(a.changedAt));
  const caption = t('caption', { count: items.length });

  return (
    <section
      aria-label={caption}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
      className="overflow-x-auto"
    >
      <table className="w-full min-w-[44rem] border-collapse text-dns-16N-130">
        <caption className="pb-2 text-left text-std-16B-170">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={head}>
              {t('colWhen')}
            </th>
            <th scope="col" className={`${head} w-56`}>
              {t('colWho')}
            </th>
            <th scope="col" className={head}>
              {t('colTarget')}
            </th>
            <th scope="col" className={head}>
              {t('colWhat')}
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((entry) => (
            <tr key={entry.id}>
              <td className={`${cell} whitespace-nowrap`}>
                <time dateTime={isoDateTime(entry.changedAt)}>{formatDateTime(entry.changedAt, locale)}</time>
              </td>
              <td className={cell}>
                <span className="block">{entry.changedByName ?? t('unknownUser')}</span>
                {entry.changedByAgencyName ? (
                  <span className="block text-dns-14N-130 text-solid-gray-800">
                    {entry.changedByAgencyName}
                  </span>
                ) : null}
              </td>
              <th scope="row" className={`${cell} text-left font-bold whitespace-nowrap`}>
                {text.target(entry)}
              </th>
              <td className={cell}>
                <span className="block font-bold">{text.action(entry)}</span>
                <ul className="empty:hidden">
                  {text.changes(entry).map((line) => (
                    <li key={line} className="break-words">
                      {line}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
