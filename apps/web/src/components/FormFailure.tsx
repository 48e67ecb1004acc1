import { forwardRef, useEffect, useRef, useState } from 'react';
import { ApiError } from '../lib/api';
import { useErrorText } from '../lib/errors';
import { useT } from '../lib/i18n';
import { commonMessages } from '../lib/messages';
import { Notice } from './FormError';

/**
 * Runs one call of a form or dialog: busy while it runs, the refusal kept for {@link FormFailure} (which
 * takes focus), `onError` to place field issues. A 409 (the record changed meanwhile) also calls
 * `onConflict`, so the page can load the latest version.
 */
export function useFormRun(onBusy: (busy: boolean) => void, onConflict?: () => void) {
  const [failure, setFailure] = useState<unknown>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (failure) box.current?.focus();
  }, [failure]);
  async function run<T>(call: () => Promise<T>, onError?: (err: unknown) => void): Promise<T | undefined> {
    setFailure(null);
    onBusy(true);
    try {
      return await call();
    } catch (err) {
      setFailure(err);
      onError?.(err);
      if (err instanceof ApiError && err.status === 409) onConflict?.();
      return undefined;
    } finally {
      onBusy(false);
    }
  }
  return { failure, box, run };
}

/**
 * Why the action was refused, above the form's fields, unless the field errors already say it. A 409
 * adds that the latest version is now shown.
 */
export const FormFailure = forwardRef<HTMLDivElement, { failure: unknown; hasFieldErrors: boolean }>(
  function FormFailure({ failure, hasFieldErrors }, ref) {
    const t = useT(commonMessages);
    const errorText = useErrorText();
    const conflict = failure instanceof ApiError && failure.status === 409;
    return (
      <div ref={ref} tabIndex={-1} className="outline-none empty:hidden">
        {failure && !hasFieldErrors ? (
          <Notice tone={conflict ? 'warning' : 'error'} live>
            <p className="font-bold">{errorText(failure)}</p>
            {conflict ? <p>{t('conflictReloaded')}</p> : null}
          </Notice>
        ) : null}
      </div>
    );
  },
);
