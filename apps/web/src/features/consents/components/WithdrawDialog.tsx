import { useQueryClient } from '@tanstack/react-query';
import { CONSENT_PURPOSE_LABELS, type Consent } from '@tsunagu/contracts/consents';
import { useEffect, useState } from 'react';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { Notice } from '../../../components/FormError';
import { TextArea } from '../../../components/TextField';
import { useToast } from '../../../components/Toast';
import { isApiError } from '../../../lib/api';
import { useErrorText } from '../../../lib/errors';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { commonMessages } from '../../../lib/messages';
import { formatDay } from '../../households/people';
import { consentsQuery, withdrawConsent } from '../api';
import { consentMessages } from '../messages';

/**
 * 撤回 behind a confirmation: an optional note, then the withdrawal, effective at once. `onWithdrawn`
 * runs after the list has been refreshed (the button that opened the dialog is gone by then).
 */
export function WithdrawDialog({
  consent,
  onClose,
  onWithdrawn,
}: {
  consent: Consent | null;
  onClose: () => void;
  onWithdrawn: () => void;
}) {
  const t = useT(consentMessages);
  const c = useT(commonMessages);
  const { locale } = useI18n();
  const label = useLabel();
  const errorText = useErrorText();
  const notify = useToast();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    if (consent) {
      setNote('');
      setFailure(null);
    }
  }, [consent]);

  async function confirm() {
    if (!consent) return;
    setBusy(true);
    setFailure(null);
    try {
      await withdrawConsent(consent.id, note.trim() === '' ? null : note.trim());
      await queryClient.invalidateQueries({ queryKey: consentsQuery(consent.personId).queryKey });
      notify(t('withdrawnToast'));
      onWithdrawn();
    } catch (err) {
      setFailure(err);
      if (isApiError(err, 'conflict'))
        await queryClient.invalidateQueries({ queryKey: consentsQuery(consent.personId).queryKey });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      open={consent !== null}
      onClose={onClose}
      role="alertdialog"
      title={t('withdrawTitle')}
      description={t('withdrawBody')}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {c('cancel')}
          </Button>
          <Button variant="danger" onClick={confirm} busy={busy}>
            {t('withdrawConfirm')}
          </Button>
        </>
      }
    >
      {consent ? (
        <div className="flex flex-col gap-4">
          <p className="text-std-16B-170">
            {label(CONSENT_PURPOSE_LABELS[consent.purpose])}
            <span className="ml-2 font-normal">{formatDay(consent.obtainedOn, locale)}</span>
          </p>
          {failure ? (
            <Notice
              tone="error"
              live
              title={isApiError(failure, 'conflict') ? t('alreadyWithdrawn') : errorText(failure)}
            />
          ) : null}
          <TextArea
            id="consent-withdraw-note"
            label={t('withdrawNote')}
            hint={t('withdrawNoteHint')}
            rows={3}
            maxLength={1000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
      ) : null}
    </Dialog>
  );
}
