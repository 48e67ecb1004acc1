import { Link } from '@tanstack/react-router';
import { type Household, RELATIONSHIP_LABELS, SEX_LABELS } from '@tsunagu/contracts/households';
import { todayIso } from '../../../lib/format';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { householdMessages } from '../messages';
import { ageAt, formatDay, fullKana, fullName, type Member } from '../people';
import { sheetCell as cell, sheetHeadCell as headCell } from './sheet-cells';

/**
 * 世帯構成 of the つなぐシート: one row per member. On screen each member also links to their consents
 * (the column is left off on paper).
 */
export function MembersTable({ household }: { household: Household }) {
  const t = useT(householdMessages);
  const { locale } = useI18n();
  const label = useLabel();
  const today = todayIso();
  const none = t('notApplicable');

  const birthText = (m: Member) => {
    const birth = m.person.birthDate;
    if (!birth) return t('unknownDate');
    const age = ageAt(birth, today);
    return (
      <>
        <time dateTime={birth}>{formatDay(birth, locale)}</time>
        {age !== null ? (
          <span className="whitespace-nowrap">{t('inParens', { text: t('ageYears', { age }) })}</span>
        ) : null}
      </>
    );
  };

  return (
    <section
      aria-label={t('membersCaption', { count: household.members.length })}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
      className="sheet-scroll overflow-x-auto"
    >
      <table className="w-full min-w-[40rem] border-collapse text-dns-16N-130 print:min-w-0">
        <caption className="sr-only">{t('membersCaption', { count: household.members.length })}</caption>
        <thead>
          <tr>
            <th scope="col" className={headCell}>
              {t('colName')}
            </th>
            <th scope="col" className={headCell}>
              {t('colKana')}
            </th>
            <th scope="col" className={headCell}>
              {t('colRelationship')}
            </th>
            <th scope="col" className={headCell}>
              {t('colSex')}
            </th>
            <th scope="col" className={headCell}>
              {t('colBirth')}
            </th>
            <th scope="col" className={headCell}>
              {t('colLivesTogether')}
            </th>
            <th scope="col" className={`${headCell} print-hide`}>
              {t('colConsents')}
            </th>
          </tr>
        </thead>
        <tbody>
          {household.members.map((m) => (
            <tr key={m.person.id}>
              <th scope="row" className={`${cell} text-left text-std-16B-170 whitespace-nowrap`}>
                {fullName(m.person)}
              </th>
              <td className={cell}>{fullKana(m.person)}</td>
              <td className={`${cell} whitespace-nowrap`}>{label(RELATIONSHIP_LABELS[m.relationship])}</td>
              <td className={`${cell} whitespace-nowrap`}>{label(SEX_LABELS[m.person.sex])}</td>
              <td className={cell}>{birthText(m)}</td>
              <td className={`${cell} text-center whitespace-nowrap`}>
                {m.relationship === 'self' ? none : m.livesTogether ? t('livesTogether') : t('livesApart')}
              </td>
              <td className={`${cell} print-hide whitespace-nowrap`}>
                <Link
                  to="/staff/persons/$id/consents"
                  params={{ id: m.person.id }}
                  search={{ household: household.id }}
                >
                  <span aria-hidden="true">{t('consentsLink')}</span>
                  <span className="sr-only">{t('consentsLinkOf', { name: fullName(m.person) })}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
