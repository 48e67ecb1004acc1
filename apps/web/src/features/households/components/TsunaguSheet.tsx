import {
  type Household,
  INTAKE_CHANNEL_LABELS,
  RELATIONSHIP_LABELS,
  type SensitiveNote,
  URGENCY_LABELS,
  VISITOR_LABELS,
} from '@tsunagu/contracts/households';
import type { ReactNode } from 'react';
import { Badge } from '../../../components/Badge';
import { todayIso } from '../../../lib/format';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { activeItems, useCodeLabel, useCodeLists } from '../../settings/api';
import { householdMessages } from '../messages';
import {
  formatDay,
  fullKana,
  fullName,
  intakesByDate,
  type Member,
  problemsOf,
  selfMember,
  URGENCY_TONES,
} from '../people';
import { MembersTable } from './MembersTable';
import { ProblemMatrix } from './ProblemMatrix';
import { SensitivePrintSection } from './SensitivePrintSection';
import { SheetReferrals } from './SheetReferrals';
import { sheetCell as cell, sheetHeadCell as headCell } from './sheet-cells';

function SheetSection({
  id,
  n,
  title,
  children,
}: {
  id: string;
  n: number;
  title: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="sheet-section flex flex-col gap-3">
      <h2 id={id} className="sheet-heading flex items-center gap-3 text-std-20B-150 text-solid-gray-900">
        <span
          aria-hidden="true"
          className="inline-flex size-8 items-center justify-center rounded-full border-2 border-solid-gray-900 text-std-16B-170"
        >
          {n}
        </span>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** One labelled box of the sheet's summary grid, bordered like a cell of the paper form. */
function GridItem({ label, wide, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div
      className={`grid grid-cols-[7.5rem_1fr] border-r border-b border-solid-gray-600 ${
        wide ? 'sm:col-span-2 print:col-span-2' : ''
      }`}
    >
      <dt className="border-r border-solid-gray-600 bg-solid-gray-50 px-3 py-2 font-bold">{label}</dt>
      <dd className="min-w-0 px-3 py-2 break-words">{children}</dd>
    </div>
  );
}

/**
 * The つなぐシート: the household's one-page problem sheet in the layout of the paper form — summary
 * grid, 世帯構成, お困りごと per member with the 主訴 marked, and the 受付の記録. It prints on A4.
 * `sensitive` is the 要配慮個人情報 the server released for the print under way (paper only).
 */
export function TsunaguSheet({
  household,
  sensitive = null,
}: {
  household: Household;
  sensitive?: SensitiveNote[] | null;
}) {
  const t = useT(householdMessages);
  const { locale } = useI18n();
  const label = useLabel();
  const codeLabel = useCodeLabel();
  const lists = useCodeLists();
  const order = new Map(activeItems(lists, 'problem_category').map((item, i) => [item.code, i]));
  const today = todayIso();
  const self = selfMember(household);
  const intakes = intakesByDate(household);
  const first = intakes[0];
  const latest = intakes[intakes.length - 1];
  const problems = problemsOf(household, order);
  const { byPerson, main } = problems;
  const mainMember = main ? household.members.find((m) => m.person.id === main.personId) : undefined;
  const selfName = self ? fullName(self.person) : '';
  const selfPhone = self?.person.phones[0];
  const none = t('notApplicable');
  const accommodation = intakes.findLast((i) => i.accommodation?.trim())?.accommodation ?? null;

  const memberLabel = (m: Member) =>
    `${fullName(m.person)}${t('inParens', { text: label(RELATIONSHIP_LABELS[m.relationship]) })}`;

  return (
    <article
      aria-labelledby="sheet-title"
      className="tsunagu-sheet mx-auto flex w-full max-w-[960px] flex-col gap-8 rounded-4 border border-solid-gray-420 bg-white p-5 shadow-1 md:p-10"
    >
      <div className="sheet-head flex flex-wrap items-end justify-between gap-4 border-b-4 border-double border-solid-gray-900 pb-4">
        <h1 id="sheet-title" className="flex flex-col gap-1">
          <span
            className={`sheet-kind text-std-16B-170 text-blue-1000 ${locale === 'ja' ? 'tracking-[0.3em]' : 'tracking-wide'}`}
          >
            {t('sheetName')}
          </span>
          <span className="text-std-28B-150 text-solid-gray-900 md:text-std-32B-150">
            {t('householdOf', { name: selfName })}
          </span>
        </h1>
        {first ? (
          <p className="text-std-16N-170">
            <span className="mr-2 font-bold">{t('firstReceived')}</span>
            <time dateTime={first.receivedOn}>{formatDay(first.receivedOn, locale)}</time>
          </p>
        ) : null}
      </div>

      <dl className="sheet-grid grid border-t border-l border-solid-gray-600 text-dns-16N-130 sm:grid-cols-2 print:grid-cols-2">
        <GridItem label={t('selfName')}>
          {self ? (
            <>
              <span className="block text-std-18B-160">{selfName}</span>
              <span className="block text-dns-14N-130 text-solid-gray-800">{fullKana(self.person)}</span>
            </>
          ) : (
            none
          )}
        </GridItem>
        <GridItem label={t('householdSize')}>
          {t('householdSizeValue', {
            count: household.members.length,
            together: household.members.filter((m) => m.relationship !== 'self' && m.livesTogether).length,
          })}
        </GridItem>
        <GridItem label={t('householdAddress')}>{household.address ?? none}</GridItem>
        <GridItem label={t('receivedBy')}>{first?.agencyName ?? none}</GridItem>
        <GridItem label={t('colPhone')}>{selfPhone ?? none}</GridItem>
        <GridItem label={t('urgency')}>
          {latest ? (
            <Badge tone={URGENCY_TONES[latest.urgency]} className="sheet-badge">
              {label(URGENCY_LABELS[latest.urgency])}
            </Badge>
          ) : (
            none
          )}
        </GridItem>
        <GridItem label={t('schoolDistrict')}>
          {household.schoolDistrictCode ? codeLabel('school_district', household.schoolDistrictCode) : none}
        </GridItem>
        <GridItem label={t('accommodation')}>
          <span className="whitespace-pre-wrap break-words">{accommodation ?? none}</span>
        </GridItem>
        <GridItem label={t('mainProblem')} wide>
          {main ? (
            <span className="text-std-16B-170">
              {codeLabel('problem_category', main.code)}
              {mainMember ? (
                <span className="font-normal">{t('inParens', { text: fullName(mainMember.person) })}</span>
              ) : null}
            </span>
          ) : (
            none
          )}
        </GridItem>
      </dl>

      <SheetSection id="sheet-members" n={1} title={t('membersHeading')}>
        <MembersTable household={household} />
      </SheetSection>

      <SheetSection id="sheet-problems" n={2} title={t('problemsHeading')}>
        <table className="w-full border-collapse text-dns-16N-130">
          <caption className="sr-only">{t('problemsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" className={`${headCell} w-1/3`}>
                {t('colMember')}
              </th>
              <th scope="col" className={headCell}>
                {t('colProblems')}
              </th>
            </tr>
          </thead>
          <tbody>
            {household.members.map((m) => {
              const codes = byPerson.get(m.person.id) ?? [];
              return (
                <tr key={m.person.id}>
                  <th scope="row" className={`${cell} text-left font-bold`}>
                    {memberLabel(m)}
                  </th>
                  <td className={cell}>
                    {codes.length === 0 ? (
                      <span className="text-solid-gray-800">{t('noProblems')}</span>
                    ) : (
                      <ul className="flex flex-wrap gap-2">
                        {codes.map((code) => {
                          const isMain = main?.personId === m.person.id && main.code === code;
                          return (
                            <li
                              key={code}
                              className={`problem-tag inline-flex items-center gap-2 rounded-full border px-3 py-0.5 ${
                                isMain
                                  ? 'border-2 border-red-1000 font-bold text-solid-gray-900'
                                  : 'border-solid-gray-600 text-solid-gray-900'
                              }`}
                            >
                              {codeLabel('problem_category', code)}
                              {isMain ? (
                                <Badge tone="danger" className="sheet-badge main-badge">
                                  {t('mainBadge')}
                                </Badge>
                              ) : null}
                            </li>
                          );
                        })}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </SheetSection>

      <SheetSection id="sheet-matrix" n={3} title={t('matrixHeading')}>
        <ProblemMatrix household={household} problems={problems} order={order} />
      </SheetSection>

      <SheetSection id="sheet-intakes" n={4} title={t('intakesHeading')}>
        {intakes.length === 0 ? (
          <p>{t('noIntakes')}</p>
        ) : (
          <ol className="flex flex-col gap-4">
            {intakes.map((intake, i) => (
              <li key={intake.id} className="intake-record border border-solid-gray-600">
                <h3 className="border-b border-solid-gray-600 bg-solid-gray-50 px-3 py-2 text-std-16B-170">
                  {t('intakeN', { n: i + 1 })}
                  <span className="ml-3 font-normal">
                    <time dateTime={intake.receivedOn}>{formatDay(intake.receivedOn, locale)}</time>
                  </span>
                </h3>
                <dl className="grid gap-x-6 gap-y-2 px-3 py-3 text-dns-16N-130 sm:grid-cols-[auto_1fr_auto_1fr]">
                  <dt className="font-bold">{t('intakeAgency')}</dt>
                  <dd className="sm:col-span-3">{intake.agencyName}</dd>
                  <dt className="font-bold">{t('intakeChannel')}</dt>
                  <dd>{label(INTAKE_CHANNEL_LABELS[intake.channel])}</dd>
                  <dt className="font-bold">{t('intakeVisitor')}</dt>
                  <dd>{label(VISITOR_LABELS[intake.visitor])}</dd>
                  <dt className="font-bold">{t('intakeUrgency')}</dt>
                  <dd className="sm:col-span-3">
                    <Badge tone={URGENCY_TONES[intake.urgency]} className="sheet-badge">
                      {label(URGENCY_LABELS[intake.urgency])}
                    </Badge>
                  </dd>
                  {intake.accommodation ? (
                    <>
                      <dt className="font-bold">{t('accommodation')}</dt>
                      <dd className="sm:col-span-3 whitespace-pre-wrap break-words">
                        {intake.accommodation}
                      </dd>
                    </>
                  ) : null}
                  <dt className="font-bold">{t('intakeSummary')}</dt>
                  <dd className="sm:col-span-3 whitespace-pre-wrap break-words">
                    {intake.summary.trim() === '' ? t('noSummary') : intake.summary}
                  </dd>
                </dl>
              </li>
            ))}
          </ol>
        )}
      </SheetSection>

      <SheetSection id="sheet-referrals" n={5} title={t('referralsHeading')}>
        <SheetReferrals referrals={household.referrals} />
      </SheetSection>

      {sensitive?.length ? <SensitivePrintSection household={household} notes={sensitive} /> : null}

      <div className="sheet-foot flex flex-wrap justify-between gap-2 border-t border-solid-gray-420 pt-3 text-dns-14N-130 text-solid-gray-800">
        <p>{t('sheetFooter')}</p>
        <p>{t('printedOn', { date: formatDay(today, locale) })}</p>
      </div>
    </article>
  );
}
