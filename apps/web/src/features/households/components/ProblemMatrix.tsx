import { type Household, RELATIONSHIP_LABELS } from '@tsunagu/contracts/households';
import { useLabel, useT } from '../../../lib/i18n';
import { useCodeLabel } from '../../settings/api';
import { householdMessages } from '../messages';
import { fullName, type problemsOf } from '../people';

const cell = 'border border-solid-gray-600 px-2 py-2 text-center align-middle';
const headCell = `${cell} bg-solid-gray-50 font-bold`;

type Problems = ReturnType<typeof problemsOf>;

/**
 * 分野別の一覧: members down, the problem categories that appear in any intake across, ● where the
 * member has the problem and ◎ for the 主訴, with totals. The marks carry hidden words for screen readers.
 */
export function ProblemMatrix({
  household,
  problems,
  order,
}: {
  household: Household;
  problems: Problems;
  order: Map<string, number>;
}) {
  const t = useT(householdMessages);
  const label = useLabel();
  const codeLabel = useCodeLabel();
  const { byPerson, main } = problems;
  const codes = [...new Set([...byPerson.values()].flat())].sort(
    (a, b) => (order.get(a) ?? 999) - (order.get(b) ?? 999),
  );
  if (codes.length === 0) return <p>{t('noProblems')}</p>;
  const has = (personId: string, code: string) => byPerson.get(personId)?.includes(code) ?? false;
  const perCode = codes.map((code) => household.members.filter((m) => has(m.person.id, code)).length);
  const total = perCode.reduce((sum, n) => sum + n, 0);

  return (
    <div className="flex flex-col gap-2">
      <p className="text-dns-14N-130 text-solid-gray-800">{t('matrixLegend')}</p>
      <section
        aria-label={t('matrixCaption')}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        tabIndex={0}
        className="sheet-scroll overflow-x-auto"
      >
        <table className="problem-matrix w-full border-collapse text-dns-16N-130">
          <caption className="sr-only">{t('matrixCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" className={`${headCell} text-left`}>
                {t('colMember')}
              </th>
              {codes.map((code) => (
                <th key={code} scope="col" className={`${headCell} min-w-16`}>
                  {codeLabel('problem_category', code)}
                </th>
              ))}
              <th scope="col" className={`${headCell} whitespace-nowrap`}>
                {t('matrixTotal')}
              </th>
            </tr>
          </thead>
          <tbody>
            {household.members.map((m) => (
              <tr key={m.person.id}>
                <th scope="row" className={`${cell} text-left font-bold whitespace-nowrap`}>
                  {fullName(m.person)}
                  <span className="font-normal">
                    {t('inParens', { text: label(RELATIONSHIP_LABELS[m.relationship]) })}
                  </span>
                </th>
                {codes.map((code) => {
                  if (!has(m.person.id, code)) return <td key={code} className={cell} />;
                  const isMain = main?.personId === m.person.id && main.code === code;
                  return (
                    <td key={code} className={`${cell} text-std-18B-160`}>
                      {/* ◎ is drawn thinner than ● in the CJK fonts: enlarge it so the 主訴 stands out. */}
                      <span aria-hidden="true" className={isMain ? 'text-[1.5em] leading-none' : ''}>
                        {isMain ? '◎' : '●'}
                      </span>
                      <span className="sr-only">{isMain ? t('matrixMain') : t('matrixHas')}</span>
                    </td>
                  );
                })}
                <td className={`${cell} font-bold`}>{byPerson.get(m.person.id)?.length ?? 0}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className={`${headCell} text-left`}>
                {t('matrixTotal')}
              </th>
              {perCode.map((n, i) => (
                <td key={codes[i]} className={`${cell} font-bold`}>
                  {n}
                </td>
              ))}
              <td className={`${cell} font-bold`}>{total}</td>
            </tr>
          </tfoot>
        </table>
      </section>
    </div>
  );
}
