import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { useI18n, useT } from '../../../lib/i18n';
import { formatDay, fullKana, fullName } from '../../households/people';
import type { DuplicatePair } from '../api';
import { duplicateMessages } from '../messages';

type Person = DuplicatePair['persons'][number];

/** One likely duplicate pair: the two records side by side, a button to keep either, or to say they are two people. */
export function PairCard({
  pair,
  onKeep,
  onDismiss,
}: {
  pair: DuplicatePair;
  onKeep: (keep: Person, merge: Person) => void;
  onDismiss: (pair: DuplicatePair) => void;
}) {
  const t = useT(duplicateMessages);
  const { locale } = useI18n();
  const [a, b] = pair.persons as [Person, Person];
  const day = (iso: string | null) => (iso ? formatDay(iso, locale) : t('unknown'));
  const column = (p: Person, other: Person) => (
    <div className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4">
      <dl className="grid grid-cols-[7rem_1fr] gap-x-3 gap-y-1">
        <dt className="font-bold">{t('name')}</dt>
        <dd>{fullName(p)}</dd>
        <dt className="font-bold">{t('kana')}</dt>
        <dd>{fullKana(p)}</dd>
        <dt className="font-bold">{t('birthDate')}</dt>
        <dd>{day(p.birthDate)}</dd>
        <dt className="font-bold">{t('address')}</dt>
        <dd>{p.address ?? t('unknown')}</dd>
        <dt className="font-bold">{t('agencies')}</dt>
        <dd>{p.agencyNames.length ? p.agencyNames.join('、') : t('noAgency')}</dd>
        <dt className="font-bold">{t('registered')}</dt>
        <dd>{day(p.createdAt.slice(0, 10))}</dd>
      </dl>
      <Button variant="secondary" size="sm" onClick={() => onKeep(p, other)}>
        {t('keepThis')}
        <span className="sr-only">
          {t('keepLabel', { name: fullName(p), date: day(p.createdAt.slice(0, 10)) })}
        </span>
      </Button>
    </div>
  );
  return (
    <li className="flex flex-col gap-3 rounded-8 bg-solid-gray-50 p-4">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={pair.score >= 80 ? 'danger' : 'warning'}>{t('score', { score: pair.score })}</Badge>
        <span className="text-dns-14N-130">
          {t('reasons')}：{pair.reasons.map((r) => r.detail).join('・')}
        </span>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        {column(a, b)}
        {column(b, a)}
      </div>
      <div>
        <Button variant="tertiary" size="sm" onClick={() => onDismiss(pair)}>
          {t('notSamePerson')}
          <span className="sr-only">{t('notSameLabel', { a: fullName(a), b: fullName(b) })}</span>
        </Button>
      </div>
    </li>
  );
}
