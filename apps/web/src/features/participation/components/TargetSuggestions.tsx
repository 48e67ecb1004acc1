import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { useErrorText } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { targetSuggestionsQuery } from '../api';
import { matchingMessages } from '../match-messages';
import { ParticipantLink } from './ParticipantSuggestions';
import { SuggestionList } from './SuggestionList';

/**
 * 合う利用者: the participants who fit an opening or a place, ranked with their scores explained; shown
 * on request (a disclosure button), so a long list of openings stays short.
 */
export function TargetSuggestions({
  kind,
  id,
  name,
}: {
  kind: 'openings' | 'places';
  id: string;
  name: string;
}) {
  const t = useT(matchingMessages);
  const [open, setOpen] = useState(false);
  const panel = useId();
  return (
    <div className="flex min-w-0 flex-col gap-3">
      <div>
        <Button
          variant="secondary"
          size="sm"
          aria-expanded={open}
          aria-controls={panel}
          onClick={() => setOpen((o) => !o)}
        >
          {t(open ? 'hideFits' : 'showFits')}
          <span className="sr-only">{t('fitsFor', { name })}</span>
        </Button>
      </div>
      <div id={panel} hidden={!open}>
        {open ? <FitList kind={kind} id={id} name={name} /> : null}
      </div>
    </div>
  );
}

function FitList({ kind, id, name }: { kind: 'openings' | 'places'; id: string; name: string }) {
  const t = useT(matchingMessages);
  const errorText = useErrorText();
  const result = useQuery(targetSuggestionsQuery(kind, id));
  if (result.isPending) return <Loading />;
  if (result.isError) return <Notice tone="error" live title={errorText(result.error)} />;
  if (result.data.items.length === 0)
    return <p className="text-std-16N-170 text-solid-gray-800">{t('noFits')}</p>;
  return (
    <SuggestionList
      items={result.data.items}
      label={t('fitsFor', { name })}
      name={(s) => <ParticipantLink suggestion={s} />}
    />
  );
}
