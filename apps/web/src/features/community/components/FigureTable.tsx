import type { CommunityFigures, FigureRow } from '@tsunagu/contracts/community';
import { fiscalYearLabel } from '@tsunagu/japan';
import { ScrollRegion } from '../../../components/Table';
import { formatCount } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { hubMessages } from '../hub-messages';

type Section = CommunityFigures['sections'][number];

const TH = 'border-b border-solid-gray-420 px-4 py-3 text-dns-16B-130 whitespace-nowrap';
const TD = 'px-4 py-3 align-top';

/**
 * One section of the figures (§6 地域づくり, §7 在宅医療): a row per figure with its unit and a value per
 * 年度, each breakdown (うち…, by theme, by area) as indented rows beneath it.
 */
export function FigureTable({ section, years }: { section: Section; years: number[] }) {
  const t = useT(hubMessages);
  const { locale } = useI18n();
  const title = locale === 'en' ? section.titleEn : section.titleJa;
  const first = years[0];
  const last = years[years.length - 1];
  const caption =
    first === undefined || last === undefined
      ? title
      : t('figuresCaption', {
          title,
          from: fiscalYearLabel(first, { locale }),
          to: fiscalYearLabel(last, { locale }),
        });
  const value = (v: number | null) => (v === null ? '—' : formatCount(v, locale));
  return (
    <ScrollRegion label={caption}>
      <table className="w-full border-collapse text-left text-dns-16N-130">
        <caption className="px-4 pt-3 pb-2 text-left text-std-16B-170">{caption}</caption>
        <thead className="bg-solid-gray-50">
          <tr>
            <th scope="col" className={TH}>
              {t('colItem')}
            </th>
            <th scope="col" className={TH}>
              {t('colUnit')}
            </th>
            {years.map((fy) => (
              <th key={fy} scope="col" className={`${TH} text-right`}>
                {fiscalYearLabel(fy, { locale })}
              </th>
            ))}
          </tr>
        </thead>
        {section.rows.map((row) => (
          <FigureRows key={row.code} row={row} years={years} value={value} />
        ))}
      </table>
    </ScrollRegion>
  );
}

/** A figure and its breakdown as one row group, so the parts stay with their whole. */
function FigureRows({
  row,
  years,
  value,
}: {
  row: FigureRow;
  years: number[];
  value: (v: number | null) => string;
}) {
  const { locale } = useI18n();
  const label = (r: { labelJa: string; labelEn: string }) => (locale === 'en' ? r.labelEn : r.labelJa);
  return (
    <tbody className="border-b border-solid-gray-420 last:border-b-0">
      <tr>
        <th scope="row" className={`${TD} min-w-56 font-bold`}>
          {label(row)}
        </th>
        <td className={`${TD} whitespace-nowrap`}>{row.unitJa}</td>
        {years.map((fy, i) => (
          <td key={fy} className={`${TD} text-right whitespace-nowrap`}>
            {value(row.values[i] ?? null)}
          </td>
        ))}
      </tr>
      {row.breakdown.map((part) => (
        <tr key={part.labelJa} className="border-t border-solid-gray-200 text-solid-gray-800">
          <th scope="row" className={`${TD} pl-10 font-normal`}>
            {label(part)}
          </th>
          <td className={`${TD} whitespace-nowrap`}>{row.unitJa}</td>
          {years.map((fy, i) => (
            <td key={fy} className={`${TD} text-right whitespace-nowrap`}>
              {value(part.values[i] ?? null)}
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  );
}
