import { forwardRef } from 'react';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/FormError';
import { isApiError } from '../../../lib/api';
import { useErrorText } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { commonMessages } from '../../../lib/messages';
import { editMessages } from '../edit-messages';

/**
 * Why a save was refused, above a form: on a version conflict, that someone else saved first and a
 * button to load their version; otherwise the server's message (unless the field errors say it all).
 * It takes focus when it appears, so the refusal is read out even from the bottom of a long dialog.
 */
export const FormFailure = forwardRef<
  HTMLDivElement,
  { failure: unknown; hasFieldErrors: boolean; reloaded?: boolean; onReload?: () => void }
>(function FormFailure({ failure, hasFieldErrors, reloaded, onReload }, ref) {
  const t = useT(editMessages);
  const c = useT(commonMessages);
  const errorText = useErrorText();
  const conflict = isApiError(failure, 'version_conflict');
  return (
    <div ref={ref} tabIndex={-1} className="outline-none empty:hidden">
      {conflict ? (
        <Notice
          tone="warning"
          live
          title={t('conflictTitle')}
          action={
            onReload ? (
              <Button variant="secondary" size="sm" onClick={onReload}>
                {c('reload')}
              </Button>
            ) : null
          }
        >
          {t('conflictBody')}
        </Notice>
      ) : failure && !hasFieldErrors ? (
        <Notice tone="error" live title={errorText(failure)} />
      ) : reloaded ? (
        <Notice tone="info" live title={t('reloaded')} />
      ) : null}
    </div>
  );
});
