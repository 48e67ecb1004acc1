import { useQuery } from '@tanstack/react-query';
import { SENSITIVE_CATEGORY_LABELS, type SensitiveNote } from '@tsunagu/contracts/households';
import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { useErrorText } from '../../../lib/errors';
import { formatDate } from '../../../lib/format';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { sensitiveQuery } from '../api';
import { sensitiveMessages } from '../sensitive-messages';

/**
 * The entries of one person, fetched as this mounts (the logged read): current ones first, each with
 * 訂正; corrected ones folded away below, struck through and labelled 訂正済み.
 */
export function SensitiveNotes({
  personId,
  onCorrect,
}: {
  personId: string;
  onCorrect?: ((note: SensitiveNote) => void) | undefined;
}) {
  const t = useT(sensitiveMessages);
  const { locale } = useI18n();
  const label = useLabel();
  const errorText = useErrorText();
  const result = useQuery(sensitiveQuery(personId));
  if (result.isPending) return <Loading />;
  if (result.isError) return <Notice tone="error" live title={errorText(result.error)} />;
  const current = result.data.items.filter((n) => !n.superseded);
  const corrected = result.data.items.filter((n) => n.superseded);
  const meta = (n: SensitiveNote) =>
    t('recordedBy', { agency: n.recordedByAgencyName, date: formatDate(n.createdAt, locale) });
  const kind = (n: SensitiveNote) => label(SENSITIVE_CATEGORY_LABELS[n.category]);

  return (
    <div className="flex flex-col gap-3 rounded-8 border border-yellow-1000 bg-yellow-50 p-3">
      {current.length === 0 ? <p>{t('noCurrent')}</p> : null}
      <ul className="flex flex-col gap-3 empty:hidden">
        {current.map((n) => (
          <li key={n.id} className="flex flex-col gap-2 rounded-8 border border-solid-gray-420 bg-white p-3">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <Badge tone="warning">{kind(n)}</Badge>
              <span className="text-dns-14N-130 text-solid-gray-800">{meta(n)}</span>
            </div>
            <p className="break-words whitespace-pre-wrap">{n.content}</p>
            {onCorrect ? (
              <div>
                <Button variant="tertiary" size="sm" onClick={() => onCorrect(n)}>
                  {t('correct')}
                  <span className="sr-only">
                    {t('correctOf', { category: kind(n), date: formatDate(n.createdAt, locale) })}
                  </span>
                </Button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {corrected.length ? (
        <details className="rounded-8 border border-solid-gray-420 bg-white">
          <summary className="cursor-pointer px-3 py-2 text-std-16B-170 text-blue-900">
            {t('correctedList', { count: corrected.length })}
          </summary>
          <ul className="flex flex-col gap-2 px-3 pb-3">
            {corrected.map((n) => (
              <li key={n.id} className="flex flex-col gap-1 border-t border-solid-gray-200 pt-2">
                <div className="flex flex-wrap items-center gap-2">
                  <Badge>{t('corrected')}</Badge>
                  <span className="text-dns-14B-130">{kind(n)}</span>
                  <span className="text-dns-14N-130 text-solid-gray-800">{meta(n)}</span>
                </div>
                <s className="break-words whitespace-pre-wrap text-solid-gray-800">{n.content}</s>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
