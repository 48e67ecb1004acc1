import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { Participant, Suggestion } from '@tsunagu/contracts/participation';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { useErrorText } from '../../../lib/errors';
import { todayIso } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { participantSuggestionsQuery, proposeMatch } from '../api';
import { matchingMessages } from '../match-messages';
import { focusById, useParticipantUpdate } from '../use-participant-update';
import { Section } from './Facts';
import { SuggestionList } from './SuggestionList';

/**
 * 候補: the openings (work) or places (通いの場) that fit the participant, best first with the score
 * explained, and 「提案する」 on each not yet matched (the match is proposed today).
 */
export function ParticipantSuggestions({ participant }: { participant: Participant }) {
  const t = useT(matchingMessages);
  const errorText = useErrorText();
  const result = useQuery(participantSuggestionsQuery(participant.id));
  const { apply } = useParticipantUpdate();
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const work = participant.aim === 'work';

  async function propose(s: Suggestion) {
    setBusy(s.id);
    setFailure(null);
    try {
      const next = await proposeMatch({
        participantId: participant.id,
        openingId: work ? s.id : null,
        placeId: work ? null : s.id,
        proposedOn: todayIso(),
      });
      await apply(next, t('proposed', { name: s.name }));
      focusById('matches-heading');
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(null);
    }
  }

  const items = result.data?.items ?? [];
  return (
    <Section
      id="suggestions"
      title={t('suggestionsHeading')}
      lead={t(work ? 'suggestionsLeadWork' : 'suggestionsLeadPlace')}
    >
      {failure ? <Notice tone="error" live title={errorText(failure)} /> : null}
      {result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
      {result.isPending ? <Loading /> : null}
      {result.data && items.length === 0 ? (
        <EmptyState title={t(work ? 'noOpenings' : 'noPlaces')}>
          {t(work ? 'noOpeningsHint' : 'noPlacesHint')}
        </EmptyState>
      ) : null}
      {items.length > 0 ? (
        <SuggestionList
          items={items}
          label={t('suggestionsHeading')}
          action={(s) =>
            participant.abilities.edit && !s.matched ? (
              <Button size="sm" variant="secondary" busy={busy === s.id} onClick={() => void propose(s)}>
                {t('propose')}
                <span className="sr-only">{t('proposeWhat', { name: s.name })}</span>
              </Button>
            ) : null
          }
        />
      ) : null}
    </Section>
  );
}

/** A participant's name linked to their page, for the suggestions of an opening or a place. */
export function ParticipantLink({ suggestion }: { suggestion: Suggestion }) {
  return (
    <Link to="/staff/participation/$id" params={{ id: suggestion.id }}>
      {suggestion.name}
    </Link>
  );
}
