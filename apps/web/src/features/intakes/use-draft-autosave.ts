import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../lib/api';
import { saveIntakeDraft } from './api';
import type { IntakeForm } from './form-values';

/** How long typing must pause before the draft is saved. */
export const AUTOSAVE_DELAY_MS = 2000;

/** Where autosaving stands; `savedAt` is the time of the last draft the server holds. */
export type DraftSaveState = {
  kind: 'idle' | 'resumed' | 'saved' | 'failed' | 'session_ended';
  savedAt: string | null;
  /** When the last attempt failed (for the 'failed' message). */
  failedAt?: string;
};

const hhmm = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** 'HH:mm' in Asia/Tokyo, the time the draft messages show. */
export function draftTime(iso: string): string {
  return hhmm.format(new Date(iso));
}

/**
 * Saves the intake form as a draft while the user types: ~2 s after typing stops, at once when the tab
 * is hidden or the form closes, one save at a time and only when something changed. A 401 means the
 * session ended: saving stops and the form is left as it is. `pause` holds saving during a submit (the
 * server deletes the draft when the intake is recorded) and `resume` restarts it if the submit failed.
 */
export function useDraftAutosave(form: IntakeForm, resumedAt: string | null) {
  const [state, setState] = useState<DraftSaveState>({
    kind: resumedAt ? 'resumed' : 'idle',
    savedAt: resumedAt,
  });
  const timer = useRef<number | undefined>(undefined);
  // The form as opened (blank, or the resumed draft) needs no saving.
  const lastSaved = useRef(JSON.stringify(form.getValues()));
  const savedAt = useRef(resumedAt);
  const running = useRef<Promise<void> | null>(null);
  const paused = useRef(false);
  const ended = useRef(false);

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current);
    if (running.current) await running.current;
    const values = form.getValues();
    const json = JSON.stringify(values);
    if (paused.current || ended.current || json === lastSaved.current) return;
    const run = saveIntakeDraft(values)
      .then(
        (draft) => {
          lastSaved.current = json;
          savedAt.current = draft.updatedAt;
          setState({ kind: 'saved', savedAt: draft.updatedAt });
        },
        (err: unknown) => {
          if (isApiError(err) && err.status === 401) {
            ended.current = true;
            setState({ kind: 'session_ended', savedAt: savedAt.current });
          } else {
            setState({ kind: 'failed', savedAt: savedAt.current, failedAt: new Date().toISOString() });
          }
        },
      )
      .finally(() => {
        running.current = null;
      });
    running.current = run;
    await run;
  }, [form]);

  useEffect(() => {
    const subscription = form.watch(() => {
      if (paused.current || ended.current) return;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    });
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      subscription.unsubscribe();
      document.removeEventListener('visibilitychange', onVisibility);
      // Leaving the page keeps what was typed since the last save (a no-op after a submit).
      void flush();
    };
  }, [form, flush]);

  const pause = useCallback(async () => {
    paused.current = true;
    window.clearTimeout(timer.current);
    await running.current;
  }, []);
  const resume = useCallback(() => {
    paused.current = false;
  }, []);

  return { state, pause, resume };
}
