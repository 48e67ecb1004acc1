import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { Participant } from '@tsunagu/contracts/participation';
import { useState } from 'react';
import { NotFoundPage } from '../../../app/ErrorPages';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { isApiError } from '../../../lib/api';
import { useErrorText } from '../../../lib/errors';
import { useI18n, useT } from '../../../lib/i18n';
import { authMessages } from '../../auth/messages';
import { formatDay } from '../../households/people';
import { participantQuery } from '../api';
import { StageBadge } from '../components/Badges';
import { EndMatchDialog } from '../components/EndMatchDialog';
import { Section } from '../components/Facts';
import { FollowUpDialog } from '../components/FollowUpDialog';
import { type MatchAction, MatchList } from '../components/MatchList';
import { PageFrame } from '../components/PageFrame';
import { AssignDialog, CloseParticipantDialog } from '../components/ParticipantDialogs';
import { AllocationFacts, ParticipantProfile } from '../components/ParticipantProfile';
import { ParticipantSuggestions } from '../components/ParticipantSuggestions';
import { PlacementDialog } from '../components/PlacementDialog';
import { TrialDialog } from '../components/TrialDialog';
import { programmeNameOf } from '../labels';
import { matchMessages } from '../match-messages';
import { participationMessages } from '../messages';
import { participantMessages } from '../participant-messages';

const route = getRouteApi('/_auth/staff/participation/$id');

/** 利用者: the intake, the allocation, the suggestions with their scores explained, and the matches. */
export function ParticipantPage() {
  const { id } = route.useParams();
  const t = useT(participantMessages);
  const errorText = useErrorText();
  const result = useQuery(participantQuery(id));
  if (result.isPending) return <Loading />;
  if (result.isError) {
    if (isApiError(result.error) && [400, 404].includes(result.error.status)) return <NotFoundPage />;
    return (
      <div className="flex min-w-0 flex-col gap-6 *:min-w-0">
        <PageHeader title={t('loadFailed')} breadcrumbs={<Crumbs current={t('loadFailed')} />} />
        <Notice tone="error" live title={errorText(result.error)} />
      </div>
    );
  }
  return <ParticipantView participant={result.data} />;
}

function Crumbs({ current }: { current: string }) {
  const p = useT(participationMessages);
  const a = useT(authMessages);
  return (
    <Breadcrumbs
      items={[
        { label: a('homeTitle'), to: '/staff' },
        { label: p('title'), to: '/staff/participation' },
        { label: current },
      ]}
    />
  );
}

type Dialog = { kind: 'assign' } | { kind: 'close' } | MatchAction;

function ParticipantView({ participant }: { participant: Participant }) {
  const t = useT(participantMessages);
  const m = useT(matchMessages);
  const { locale } = useI18n();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [open, setOpen] = useState(false);
  const start = (next: Dialog) => {
    setDialog(next);
    setOpen(true);
  };
  // The dialog stays mounted after closing, so focus goes back to the button that opened it.
  const close = () => setOpen(false);
  const match =
    dialog && 'matchId' in dialog ? participant.matches.find((x) => x.id === dialog.matchId) : undefined;
  const followUp =
    dialog?.kind === 'followUp' ? match?.followUps.find((f) => f.id === dialog.followUpId) : undefined;

  return (
    <PageFrame
      title={participant.name}
      documentTitle={t('pageTitle', { name: participant.name })}
      lead={
        <span className="flex flex-wrap items-center gap-3">
          <StageBadge stage={participant.stage} />
          <span>
            {t('headerLead', {
              programme: programmeNameOf(participant, locale),
              date: formatDay(participant.registeredOn, locale),
            })}
          </span>
        </span>
      }
      actions={
        participant.abilities.edit ? (
          <Button variant="danger" onClick={() => start({ kind: 'close' })}>
            {t('closeAction')}
          </Button>
        ) : null
      }
    >
      {participant.closedOn ? <Notice tone="info" title={t('closedNotice')} /> : null}
      <Section id="profile" title={t('profileHeading')} lead={t('profileLead')}>
        <ParticipantProfile participant={participant} />
      </Section>
      <Section
        id="allocation"
        title={t('allocationHeading')}
        lead={t('allocationLead')}
        actions={
          participant.abilities.assign ? (
            <Button variant="secondary" size="sm" onClick={() => start({ kind: 'assign' })}>
              {t('assignAction')}
            </Button>
          ) : null
        }
      >
        <AllocationFacts participant={participant} />
      </Section>
      {participant.closedOn ? null : <ParticipantSuggestions participant={participant} />}
      <Section id="matches" title={m('heading')} lead={m('lead')}>
        <MatchList participant={participant} onAction={start} />
      </Section>
      {dialog?.kind === 'assign' ? (
        <AssignDialog participant={participant} open={open} onClose={close} />
      ) : null}
      {dialog?.kind === 'close' ? (
        <CloseParticipantDialog participant={participant} open={open} onClose={close} />
      ) : null}
      {match && dialog?.kind === 'trial' ? (
        <TrialDialog participant={participant} match={match} open={open} onClose={close} />
      ) : null}
      {match && dialog?.kind === 'place' ? (
        <PlacementDialog participant={participant} match={match} open={open} onClose={close} />
      ) : null}
      {match && (dialog?.kind === 'decline' || dialog?.kind === 'end') ? (
        <EndMatchDialog
          participant={participant}
          match={match}
          kind={dialog.kind}
          open={open}
          onClose={close}
        />
      ) : null}
      {match && followUp ? (
        <FollowUpDialog
          participant={participant}
          match={match}
          followUp={followUp}
          open={open}
          onClose={close}
        />
      ) : null}
    </PageFrame>
  );
}
