import { Link, useLocation } from '@tanstack/react-router';
import { Notice } from '../../../components/FormError';
import { useT } from '../../../lib/i18n';
import { intakeMessages } from '../messages';
import { type DraftSaveState, draftTime } from '../use-draft-autosave';

/**
 * Where the draft stands, in one polite live region: a quiet line after each save, or — when the
 * session ended — a notice saying the form is kept and which draft a new sign-in will offer. The region
 * is always in the page (never display:none), so screen readers announce what appears in it.
 */
export function DraftStatus({ state }: { state: DraftSaveState }) {
  const t = useT(intakeMessages);
  const here = useLocation().pathname;
  const time = state.savedAt ? draftTime(state.savedAt) : '';
  return (
    <div role="status" aria-live="polite" className="mt-4 empty:mt-0">
      {state.kind === 'session_ended' ? (
        <Notice
          tone="warning"
          title={t('sessionEndedTitle')}
          action={
            <Link to="/login" search={{ redirect: here }}>
              {t('signInAgain')}
            </Link>
          }
        >
          {state.savedAt ? t('sessionEndedSaved', { time }) : t('sessionEndedUnsaved')}
        </Notice>
      ) : state.kind === 'saved' ? (
        <p className="text-dns-14N-130 text-solid-gray-700">{t('draftSaved', { time })}</p>
      ) : state.kind === 'resumed' ? (
        <p className="text-dns-14N-130 text-solid-gray-700">{t('draftResumed', { time })}</p>
      ) : state.kind === 'failed' && state.failedAt ? (
        <p className="text-dns-14N-130 text-error-2">
          {t('draftSaveFailed', { time: draftTime(state.failedAt) })}
        </p>
      ) : null}
    </div>
  );
}
