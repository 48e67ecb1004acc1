import { type ReactNode, useEffect, useRef } from 'react';
import { useT } from '../lib/i18n';
import { commonMessages } from '../lib/messages';

/** One entry of an {@link ErrorSummary}: the message and the id of the control to jump to. */
export interface SummaryItem {
  fieldId: string;
  message: string;
}

/**
 * The list of problems above a form after a failed submit. It takes focus when it appears (so screen
 * readers announce it) and each item links to its field.
 */
export function ErrorSummary({
  items,
  id = 'error-summary',
  focusKey,
}: {
  items: SummaryItem[];
  id?: string;
  /**
   * When the summary takes focus again: on every change of this key while it shows (pass the form's
   * submit count, so fixing a field does not pull focus away from it). Defaults to the number of items.
   */
  focusKey?: string | number;
}) {
  const t = useT(commonMessages);
  const ref = useRef<HTMLElement>(null);
  const count = items.length;
  const ordered = inPageOrder(items);
  const visible = count > 0;
  const key = focusKey ?? count;
  useEffect(() => {
    if (visible && key !== undefined) ref.current?.focus();
  }, [visible, key]);
  if (count === 0) return null;
  return (
    <section
      ref={ref}
      id={id}
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
      className="rounded-8 border-2 border-error-2 bg-white p-4 sm:p-6"
    >
      <h2 id={`${id}-title`} className="text-std-18B-160 text-error-2">
        {t('errorSummaryTitle', { count })}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {ordered.map((item) => (
          <li key={`${item.fieldId}-${item.message}`}>
            <a
              href={`#${item.fieldId}`}
              className="text-error-2 visited:text-error-2"
              onClick={(event) => {
                const target = document.getElementById(item.fieldId);
                if (!target) return;
                event.preventDefault();
                target.scrollIntoView({ block: 'center' });
                const focusable = target.matches('input,select,textarea,button')
                  ? target
                  : target.querySelector<HTMLElement>('input,select,textarea,button');
                focusable?.focus();
              }}
            >
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Sorts summary items into the order their fields appear on the page (unknown ids keep their place last). */
function inPageOrder(items: SummaryItem[]): SummaryItem[] {
  if (typeof document === 'undefined') return items;
  return [...items].sort((a, b) => {
    const ea = document.getElementById(a.fieldId);
    const eb = document.getElementById(b.fieldId);
    if (!ea || !eb) return ea ? -1 : eb ? 1 : 0;
    return ea.compareDocumentPosition(eb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

/** Tones of {@link Notice}. */
export type NoticeTone = 'error' | 'success' | 'info' | 'warning';

const toneClass: Record<NoticeTone, string> = {
  error: 'border-error-2 bg-red-50',
  success: 'border-success-2 bg-green-50',
  info: 'border-blue-900 bg-blue-50',
  warning: 'border-yellow-1000 bg-yellow-50',
};
const toneIcon: Record<NoticeTone, string> = { error: '⚠', success: '✓', info: 'ℹ', warning: '!' };

/**
 * A message box. `live` makes it an alert (errors) or a status (other tones) so it is announced when
 * it appears; leave it off for static page notes.
 */
export function Notice({
  tone = 'info',
  title,
  children,
  live = false,
  action,
}: {
  tone?: NoticeTone;
  title?: ReactNode;
  children?: ReactNode;
  live?: boolean;
  action?: ReactNode;
}) {
  const role = live ? (tone === 'error' ? 'alert' : 'status') : undefined;
  return (
    <div role={role} className={`flex gap-3 rounded-8 border-l-8 border-y border-r p-4 ${toneClass[tone]}`}>
      <span aria-hidden="true" className="text-std-18B-160">
        {toneIcon[tone]}
      </span>
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        {title ? <p className="text-std-16B-170">{title}</p> : null}
        {children ? <div className="text-std-16N-170">{children}</div> : null}
        {action ? <div>{action}</div> : null}
      </div>
    </div>
  );
}
