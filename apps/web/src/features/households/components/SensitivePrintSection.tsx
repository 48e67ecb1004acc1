import { type Household, SENSITIVE_CATEGORY_LABELS, type SensitiveNote } from '@tsunagu/contracts/households';
import { formatDate } from '../../../lib/format';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { fullName } from '../people';
import { sensitiveMessages } from '../sensitive-messages';
import { sheetCell as cell, sheetHeadCell as headCell } from './sheet-cells';

/**
 * 要配慮個人情報 on paper: present only for the one print the server allowed it for (managers and
 * coordinators), and only in print — never on screen, where it is opened member by member.
 */
export function SensitivePrintSection({
  household,
  notes,
}: {
  household: Household;
  notes: SensitiveNote[];
}) {
  const t = useT(sensitiveMessages);
  const { locale } = useI18n();
  const label = useLabel();
  const names = new Map(household.members.map((m) => [m.person.id, fullName(m.person)]));
  const order = new Map(household.members.map((m, i) => [m.person.id, i]));
  const rows = [...notes].sort((a, b) => (order.get(a.personId) ?? 99) - (order.get(b.personId) ?? 99));
  return (
    <section
      aria-labelledby="sheet-sensitive"
      className="sheet-section sheet-sensitive hidden flex-col gap-3 print:flex"
    >
      <h2 id="sheet-sensitive" className="sheet-heading text-std-20B-150 text-solid-gray-900">
        {t('printHeading')}
      </h2>
      <p className="text-dns-14N-130">{t('printNote')}</p>
      <table className="w-full border-collapse text-dns-16N-130">
        <caption className="sr-only">{t('printCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className={headCell}>
              {t('colMember')}
            </th>
            <th scope="col" className={headCell}>
              {t('colCategory')}
            </th>
            <th scope="col" className={`${headCell} w-1/2`}>
              {t('colContent')}
            </th>
            <th scope="col" className={headCell}>
              {t('colRecorded')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((n) => (
            <tr key={n.id}>
              <th scope="row" className={`${cell} text-left font-bold whitespace-nowrap`}>
                {names.get(n.personId) ?? '—'}
              </th>
              <td className={`${cell} whitespace-nowrap`}>{label(SENSITIVE_CATEGORY_LABELS[n.category])}</td>
              <td className={`${cell} break-words whitespace-pre-wrap`}>{n.content}</td>
              <td className={cell}>
                {t('recordedBy', { agency: n.recordedByAgencyName, date: formatDate(n.createdAt, locale) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
