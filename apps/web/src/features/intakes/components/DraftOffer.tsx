import { useEffect, useRef, useState } from 'react';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/FormError';
import { useErrorText } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { discardIntakeDraft, type IntakeDraft } from '../api';
import { draftClientName } from '../draft-values';
import { intakeMessages } from '../messages';

/**
 * Offered when the form opens and a draft exists: resume it or discard it and start anew. Nothing is
 * overwritten until the user chooses; the offer takes focus so it is read first.
 */
export function DraftOffer({
  draft,
  onResume,
  onDiscarded,
}: {
  draft: IntakeDraft;
  onResume: () => void;
  onDiscarded: () => void;
}) {
  const t = useT(intakeMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const name = draftClientName(draft.payload);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  async function discard() {
    setBusy(true);
    setFailure(null);
    try {
      await discardIntakeDraft();
      onDiscarded();
    } catch (err) {
      setFailure(err);
      setBusy(false);
    }
  }

  return (
    <section
      aria-labelledby="draft-offer-title"
      className="flex flex-col gap-4 rounded-12 border-2 border-blue-900 bg-blue-50 p-4 md:p-6"
    >
      <h2
        id="draft-offer-title"
        ref={heading}
        tabIndex={-1}
        className="text-std-20B-150 text-solid-gray-900 outline-none"
      >
        {t('draftOfferTitle')}
      </h2>
      <p className="text-std-16N-170">
        {t('draftOfferBody', { when: formatDateTime(draft.updatedAt, locale) })}
      </p>
      {name ? <p className="text-std-16B-170">{t('draftOfferClient', { name })}</p> : null}
      {failure ? (
        <Notice tone="error" live title={t('draftDiscardFailed')}>
          {errorText(failure)}
        </Notice>
      ) : null}
      <div className="flex flex-wrap gap-4">
        <Button onClick={onResume} disabled={busy}>
          {t('draftResume')}
        </Button>
        <Button variant="secondary" onClick={discard} busy={busy}>
          {t('draftDiscard')}
        </Button>
      </div>
    </section>
  );
}
