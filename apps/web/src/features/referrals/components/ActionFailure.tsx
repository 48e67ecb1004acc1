import type { ReferralDetail } from '@tsunagu/contracts/referrals';
import { forwardRef, useEffect, useRef, useState } from 'react';
import { Notice } from '../../../components/FormError';
import { ApiError } from '../../../lib/api';
import { useErrorText } from '../../../lib/errors';
import { ConsentRequired, isConsentRequired } from './ConsentRequired';

/** Props every dialog of the receiver's actions takes. */
export interface ActionDialogProps {
  referral: ReferralDetail;
  open: boolean;
  onClose: () => void;
  /** The action succeeded: the referral as it is now, and what to tell the user. */
  onDone: (detail: ReferralDetail, message: string) => void;
  /** The referral changed meanwhile (409): the page says why and loads it again. */
  onConflict: (err: unknown) => void;
}

/**
 * Runs one action of a dialog: busy while it runs; a 409 (someone acted first, or the referral moved
 * on) goes to the page, which reloads the referral; any other refusal stays in the dialog.
 */
export function useActionRun(onBusy: (busy: boolean) => void, onConflict: (err: unknown) => void) {
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
      if (err instanceof ApiError && err.status === 409) onConflict(err);
      else {
        setFailure(err);
        onError?.(err);
      }
      return undefined;
    } finally {
      onBusy(false);
    }
  }
  return { failure, box, run };
}

/**
 * Why the dialog's action was refused, above its fields: the missing consent with a link to record it,
 * or the server's message unless the field errors already say it. It takes focus when it appears.
 */
export const ActionFailure = forwardRef<
  HTMLDivElement,
  { failure: unknown; hasFieldErrors: boolean; referral: ReferralDetail }
>(function ActionFailure({ failure, hasFieldErrors, referral }, ref) {
  const errorText = useErrorText();
  return (
    <div ref={ref} tabIndex={-1} className="outline-none empty:hidden">
      {isConsentRequired(failure) && referral.personId ? (
        <ConsentRequired failure={failure} personId={referral.personId} householdId={referral.householdId} />
      ) : failure && !hasFieldErrors ? (
        <Notice tone="error" live title={errorText(failure)} />
      ) : null}
    </div>
  );
});
