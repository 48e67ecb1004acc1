import { useQueryClient } from '@tanstack/react-query';
import { REFERRAL_ACTION_LABELS, type ReferralDetail } from '@tsunagu/contracts/referrals';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/FormError';
import { useToast } from '../../../components/Toast';
import { ApiError } from '../../../lib/api';
import { useErrorText } from '../../../lib/errors';
import { useLabel, useT } from '../../../lib/i18n';
import { acceptReferral, referralQuery, refreshReferralLists, startReferral } from '../api';
import { referralMessages } from '../messages';
import { CompleteDialog } from './CompleteDialog';
import { EscalateDialog } from './EscalateDialog';
import { HandOnDialog } from './HandOnDialog';

type DialogAction = 'complete' | 'hand_on' | 'escalate';

/** The id of the section's heading, where focus lands after an action while more can be done. */
export const ACTIONS_HEADING_ID = 'referral-actions';

/**
 * この紹介への対応: the buttons for what the server says the viewer may do now (`actions`). Accept and
 * start act at once; complete, hand on and escalate ask in a dialog. The answer replaces the referral
 * in the cache; a 409 (someone acted first) shows the server's reason and loads the referral again.
 * `onSettled` runs after every action with the version to wait for, so the page can put focus somewhere
 * that still exists once that version shows.
 */
export function ReferralActions({
  referral,
  onSettled,
}: {
  referral: ReferralDetail;
  onSettled: (version: number) => void;
}) {
  const t = useT(referralMessages);
  const label = useLabel();
  const errorText = useErrorText();
  const notify = useToast();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<DialogAction | null>(null);
  const [busy, setBusy] = useState<'accept' | 'start' | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const key = referralQuery(referral.id).queryKey;

  async function done(detail: ReferralDetail, message: string) {
    setDialog(null);
    setProblem(null);
    queryClient.setQueryData(key, detail);
    notify(message);
    onSettled(detail.version);
    await refreshReferralLists(queryClient);
    // Other referrals of the chain (a hand-on adds one) are shown from the cache: refresh them too.
    await queryClient.invalidateQueries({
      queryKey: ['referrals', 'detail'],
      predicate: (q) => q.queryKey[2] !== referral.id,
    });
  }

  async function conflicted(err: unknown) {
    setDialog(null);
    setProblem(err);
    onSettled(referral.version);
    await queryClient.invalidateQueries({ queryKey: key });
  }

  async function quick(action: 'accept' | 'start') {
    setBusy(action);
    setProblem(null);
    try {
      const detail = await (action === 'accept' ? acceptReferral : startReferral)(
        referral.id,
        referral.version,
      );
      await done(detail, t(action === 'accept' ? 'accepted' : 'started'));
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) await conflicted(err);
      else setProblem(err);
    } finally {
      setBusy(null);
    }
  }

  if (referral.actions.length === 0 && !problem) return null;
  const props = {
    referral,
    onClose: () => setDialog(null),
    onDone: done,
    onConflict: conflicted,
  };
  const has = (action: ReferralDetail['actions'][number]) => referral.actions.includes(action);
  return (
    <section
      aria-labelledby={ACTIONS_HEADING_ID}
      className="flex flex-col gap-4 rounded-12 border-2 border-blue-900 bg-blue-50 p-5"
    >
      <h2 id={ACTIONS_HEADING_ID} tabIndex={-1} className="text-std-20B-150">
        {t('actionsHeading')}
      </h2>
      {problem ? (
        <Notice tone={problem instanceof ApiError && problem.status === 409 ? 'warning' : 'error'} live>
          <p className="font-bold">{errorText(problem)}</p>
          {problem instanceof ApiError && problem.status === 409 ? <p>{t('refreshed')}</p> : null}
        </Notice>
      ) : null}
      {has('hand_on') || has('escalate') ? <p className="text-std-16N-170">{t('actionsLead')}</p> : null}
      <div className="flex flex-wrap gap-3">
        {has('accept') ? (
          <Button onClick={() => quick('accept')} busy={busy === 'accept'}>
            {label(REFERRAL_ACTION_LABELS.accept)}
          </Button>
        ) : null}
        {has('start') ? (
          <Button onClick={() => quick('start')} busy={busy === 'start'}>
            {label(REFERRAL_ACTION_LABELS.start)}
          </Button>
        ) : null}
        {has('complete') ? (
          <Button
            // A new element when its weight changes: a colour transition would pass through unreadable mixes.
            key={has('start') ? 'complete-secondary' : 'complete-primary'}
            variant={has('start') ? 'secondary' : 'primary'}
            onClick={() => setDialog('complete')}
          >
            {label(REFERRAL_ACTION_LABELS.complete)}
          </Button>
        ) : null}
        {has('hand_on') ? (
          <Button variant="secondary" onClick={() => setDialog('hand_on')}>
            {label(REFERRAL_ACTION_LABELS.hand_on)}
          </Button>
        ) : null}
        {has('escalate') ? (
          <Button variant="secondary" onClick={() => setDialog('escalate')}>
            {label(REFERRAL_ACTION_LABELS.escalate)}
          </Button>
        ) : null}
      </div>
      <CompleteDialog {...props} open={dialog === 'complete'} />
      <HandOnDialog {...props} open={dialog === 'hand_on'} />
      <EscalateDialog {...props} open={dialog === 'escalate'} />
    </section>
  );
}
