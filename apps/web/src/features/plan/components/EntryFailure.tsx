import { forwardRef, useState } from 'react';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/FormError';
import { isApiError } from '../../../lib/api';
import { useErrorText } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { commonMessages } from '../../../lib/messages';
import { entryMessages } from '../entry-messages';

/**
 * Why the last save or move was refused. A version conflict (someone changed the entry first) says so
 * and offers to load the latest version. The box takes focus from the page when it appears.
 */
export const EntryFailure = forwardRef<HTMLDivElement, { failure: unknown; onReload: () => Promise<void> }>(
  function EntryFailure({ failure, onReload }, ref) {
    const t = useT(entryMessages);
    const c = useT(commonMessages);
    const errorText = useErrorText();
    const [busy, setBusy] = useState(false);
    const conflict =
      isApiError(failure, 'version_conflict') || (isApiError(failure) && failure.status === 409);
    return (
      <div ref={ref} tabIndex={-1} className="outline-none empty:hidden">
        {failure && conflict ? (
          <Notice
            tone="warning"
            live
            title={t('conflictTitle')}
            action={
              <Button
                variant="secondary"
                size="sm"
                busy={busy}
                onClick={async () => {
                  setBusy(true);
                  try {
                    await onReload();
                  } finally {
                    setBusy(false);
                  }
                }}
              >
                {c('reload')}
              </Button>
            }
          >
            <p>{errorText(failure)}</p>
            <p>{t('conflictBody')}</p>
          </Notice>
        ) : failure ? (
          <Notice tone="error" live title={errorText(failure)} />
        ) : null}
      </div>
    );
  },
);
