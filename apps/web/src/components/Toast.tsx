import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { useT } from '../lib/i18n';
import { commonMessages } from '../lib/messages';

/** Tone of a toast message. */
export type ToastTone = 'success' | 'error' | 'info';

interface ToastItem {
  id: number;
  tone: ToastTone;
  message: string;
}

type Notify = (message: string, tone?: ToastTone) => void;

const ToastContext = createContext<Notify>(() => {});

const TOAST_MS = 8000;

const toneClass: Record<ToastTone, string> = {
  success: 'border-success-2',
  error: 'border-error-2',
  info: 'border-blue-900',
};
const toneIcon: Record<ToastTone, string> = { success: '✓', error: '⚠', info: 'ℹ' };

/**
 * Holds the page's live regions for short results of actions ("保存しました"). The regions exist from
 * the start so screen readers announce each message: errors assertively, the rest politely.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useT(commonMessages);
  const [items, setItems] = useState<ToastItem[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setItems((list) => list.filter((i) => i.id !== id)), []);

  const notify = useCallback<Notify>(
    (message, tone = 'success') => {
      const id = nextId.current++;
      setItems((list) => [...list.slice(-3), { id, tone, message }]);
      window.setTimeout(() => dismiss(id), TOAST_MS);
    },
    [dismiss],
  );

  const render = (tones: ToastTone[]) =>
    items
      .filter((i) => tones.includes(i.tone))
      .map((item) => (
        <div
          key={item.id}
          className={`pointer-events-auto flex items-start gap-3 rounded-8 border-l-8 border-y border-r border-y-solid-gray-200 border-r-solid-gray-200 bg-white p-4 shadow-3 ${toneClass[item.tone]}`}
        >
          <span aria-hidden="true" className="text-std-16B-170">
            {toneIcon[item.tone]}
          </span>
          <p className="flex-1 text-std-16N-170">{item.message}</p>
          <button
            type="button"
            onClick={() => dismiss(item.id)}
            className="rounded-4 px-2 text-oln-14B-100 text-blue-900 underline"
          >
            {t('dismiss')}
          </button>
        </div>
      ));

  const value = useMemo(() => notify, [notify]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <section
        aria-label={t('notifications')}
        className="print-hide pointer-events-none fixed right-4 bottom-4 z-50 flex w-[min(28rem,calc(100%-2rem))] flex-col gap-2"
      >
        <div role="status" aria-live="polite" className="flex flex-col gap-2">
          {render(['success', 'info'])}
        </div>
        <div role="alert" aria-live="assertive" className="flex flex-col gap-2">
          {render(['error'])}
        </div>
      </section>
    </ToastContext.Provider>
  );
}

/** `notify(message, tone)` shows a short result message in the live region. */
export function useToast(): Notify {
  return useContext(ToastContext);
}
