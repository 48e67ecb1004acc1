import type { CommunityProgramme, EventTotals, ProgrammeEvent } from '@tsunagu/contracts/community';
import { Button } from '../../../components/Button';
import { ScrollRegion } from '../../../components/Table';
import { formatCount } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { useCodeLabel, useDistrictLabel } from '../../settings/api';
import { type CountColumn, nameOf } from '../labels';
import { programmeMessages } from '../programme-messages';

const TH = 'border-b border-solid-gray-420 px-4 py-3 text-dns-16B-130 whitespace-nowrap';
const TD = 'px-4 py-3 align-top';
const NUM = `${TD} text-right whitespace-nowrap`;

/**
 * A programme's events as a table: date, kind, title, venue, district, theme, sessions and one column
 * per count field of the kinds shown; the last row totals the whole filtered list (not only this page).
 */
export function EventTable({
  programme,
  caption,
  items,
  totals,
  columns,
  onEdit,
}: {
  programme: CommunityProgramme;
  caption: string;
  items: ProgrammeEvent[];
  totals: EventTotals;
  columns: CountColumn[];
  onEdit?: ((event: ProgrammeEvent) => void) | undefined;
}) {
  const t = useT(programmeMessages);
  const { locale } = useI18n();
  const codeLabel = useCodeLabel();
  const district = useDistrictLabel();
  const n = (v: number) => formatCount(v, locale);
  const kindName = (code: string) => {
    const kind = programme.kinds.find((k) => k.code === code);
    return kind ? nameOf(kind, locale) : code;
  };
  const hasField = (kindCode: string, field: string) =>
    programme.kinds.some((k) => k.code === kindCode && k.fields.some((f) => f.code === field));
  // The columns before 回数, which the totals row's heading spans.
  const leading = programme.usesThemes ? 6 : 5;
  return (
    <ScrollRegion label={caption}>
      <table className="w-full border-collapse text-left text-dns-16N-130">
        <caption className="px-4 pt-3 pb-2 text-left text-std-16B-170">{caption}</caption>
        <thead className="bg-solid-gray-50">
          <tr>
            <th scope="col" className={TH}>
              {t('colHeldOn')}
            </th>
            <th scope="col" className={TH}>
              {t('colKind')}
            </th>
            <th scope="col" className={TH}>
              {t('colTitle')}
            </th>
            <th scope="col" className={TH}>
              {t('colVenue')}
            </th>
            <th scope="col" className={TH}>
              {t('colDistrict')}
            </th>
            {programme.usesThemes ? (
              <th scope="col" className={TH}>
                {t('colTheme')}
              </th>
            ) : null}
            <th scope="col" className={`${TH} text-right`}>
              {t('colSessions')}
            </th>
            {columns.map((c) => (
              <th key={c.code} scope="col" className={`${TH} text-right`}>
                {nameOf(c, locale)}
              </th>
            ))}
            {onEdit ? (
              <th scope="col" className={TH}>
                {t('colAction')}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.id} className="border-b border-solid-gray-200">
              <td className={`${TD} whitespace-nowrap`}>
                <time dateTime={e.heldOn}>{formatDay(e.heldOn, locale)}</time>
              </td>
              <td className={`${TD} whitespace-nowrap`}>{kindName(e.kindCode)}</td>
              <th scope="row" className={`${TD} min-w-48 font-bold`}>
                <span className="flex flex-col gap-1">
                  <span>{e.title}</span>
                  {e.follows ? (
                    <span className="text-dns-14N-130 font-normal text-solid-gray-800">
                      {t('follows', { title: e.follows.title, date: formatDay(e.follows.heldOn, locale) })}
                    </span>
                  ) : null}
                  {e.organisations.length > 0 ? (
                    <span className="text-dns-14N-130 font-normal text-solid-gray-800">
                      {e.organisations.map((o) => o.name).join('、')}
                    </span>
                  ) : null}
                </span>
              </th>
              <td className={`${TD} min-w-32`}>{e.venue || '—'}</td>
              <td className={`${TD} whitespace-nowrap`}>
                {district(e.schoolDistrictCode ?? e.welfareDistrictCode ?? '') || '—'}
              </td>
              {programme.usesThemes ? (
                <td className={`${TD} whitespace-nowrap`}>
                  {e.themeCode ? codeLabel('community_theme', e.themeCode) : '—'}
                </td>
              ) : null}
              <td className={NUM}>{t('countTimes', { n: n(e.sessions) })}</td>
              {columns.map((c) => (
                <td key={c.code} className={NUM}>
                  {hasField(e.kindCode, c.code) ? n(e.counts[c.code] ?? 0) : '—'}
                </td>
              ))}
              {onEdit ? (
                <td className={TD}>
                  <Button size="sm" variant="secondary" onClick={() => onEdit(e)}>
                    {t('edit')}
                    <span className="sr-only">（{e.title}）</span>
                  </Button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
        <tfoot className="bg-solid-gray-50 font-bold">
          <tr>
            <th scope="row" colSpan={leading} className={`${TD} text-right`}>
              {t('totalRow', { n: n(totals.events) })}
            </th>
            <td className={NUM}>{t('countTimes', { n: n(totals.sessions) })}</td>
            {columns.map((c) => (
              <td key={c.code} className={NUM}>
                {n(totals.counts[c.code] ?? 0)}
              </td>
            ))}
            {onEdit ? <td className={TD} /> : null}
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}
