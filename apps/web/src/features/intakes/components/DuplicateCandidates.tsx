import { Link } from '@tanstack/react-router';
import { Badge, Tag } from '../../../components/Badge';
import { useI18n, useT } from '../../../lib/i18n';
import { formatDay, fullKana, fullName } from '../../households/people';
import { intakeMessages } from '../messages';
import type { DuplicateResult, VisibleCandidate } from '../use-duplicate-check';

function Candidate({ candidate }: { candidate: VisibleCandidate }) {
  const t = useT(intakeMessages);
  const { locale } = useI18n();
  const { person, householdIds } = candidate;
  const name = fullName(person);
  return (
    <li className="flex flex-col gap-2 rounded-8 border border-solid-gray-420 bg-white p-4">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <p className="text-std-18B-160 text-solid-gray-900">{name}</p>
        <Badge tone={candidate.score >= 80 ? 'danger' : 'warning'}>
          {t('duplicateScore', { score: candidate.score })}
        </Badge>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-dns-16N-130 text-solid-gray-900">
        <dt className="font-bold">{t('duplicateKana')}</dt>
        <dd>{fullKana(person) || t('duplicateUnknown')}</dd>
        <dt className="font-bold">{t('duplicateBirthDate')}</dt>
        <dd>{person.birthDate ? formatDay(person.birthDate, locale) : t('duplicateUnknown')}</dd>
        <dt className="font-bold">{t('duplicateReasons')}</dt>
        <dd>
          <ul className="flex flex-wrap gap-1.5">
            {candidate.reasons.map((r) => (
              <li key={r.item}>
                <Tag>{r.detail}</Tag>
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      {householdIds.length ? (
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {householdIds.map((id, i) => (
            <li key={id}>
              <Link to="/staff/households/$id" params={{ id }} className="text-dns-16B-130">
                {t('openHousehold')}
                {householdIds.length > 1 ? ` ${i + 1}` : ''}
                <span className="sr-only">{t('openHouseholdOf', { name })}</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/**
 * Possible duplicates of the member being entered, in a polite live region so a screen reader hears
 * them without losing its place: candidates the agency already has in full (each with a link to their
 * household), and only a count of those other agencies may have. A warning, never a block: the form
 * can still be registered. The region stays (empty, taking no room) when there is nothing to say, so
 * that what appears in it is announced.
 */
export function DuplicateCandidates({ id, result }: { id: string; result: DuplicateResult | null }) {
  const t = useT(intakeMessages);
  const visible = result?.visible ?? [];
  const hidden = result?.hidden ?? 0;
  const titleId = `${id}-title`;
  return (
    <div id={id} aria-live="polite">
      {visible.length || hidden ? (
        <div className="mt-4 flex flex-col gap-3 rounded-8 border-y border-r border-l-8 border-yellow-1000 bg-yellow-50 p-4">
          {visible.length ? (
            <section aria-labelledby={titleId} className="flex flex-col gap-3">
              <h3 id={titleId} className="flex gap-2 text-std-18B-160 text-solid-gray-900">
                <span aria-hidden="true">!</span>
                {t('duplicatesTitle')}
              </h3>
              <p className="text-dns-16N-130 text-solid-gray-900">{t('duplicatesLead')}</p>
              <ul className="flex flex-col gap-3">
                {visible.map((c) => (
                  <Candidate key={c.person.id} candidate={c} />
                ))}
              </ul>
            </section>
          ) : null}
          {hidden ? (
            <p className="flex gap-2 text-std-16N-170 text-solid-gray-900">
              {visible.length ? null : (
                <span aria-hidden="true" className="font-bold">
                  !
                </span>
              )}
              <span>{t('hiddenCandidates', { n: hidden })}</span>
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
