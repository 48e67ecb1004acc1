import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { useT } from '../lib/i18n';
import { commonMessages } from '../lib/messages';

const FOCUSABLE =
  'a[href],button:not([disabled]),input:not([disabled]),select:not([disabled]),textarea:not([disabled]),[tabindex]:not([tabindex="-1"])';

/** Props of {@link Dialog}. */
export interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  /** Short text under the title, used as the dialog's description. */
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons at the bottom. Focus goes to an element marked data-autofocus, else the first control of the body. */
  footer?: ReactNode;
  /** 'alertdialog' for confirmations that interrupt the user. */
  role?: 'dialog' | 'alertdialog';
  size?: 'md' | 'lg';
}

/**
 * A modal dialog on the native <dialog> element: the page behind is inert, focus moves in and is kept
 * inside (Tab wraps), Esc closes it, and focus returns to the element that opened it.
 */
export function Dialog({
  open,
  onClose,
  title,
  description,
  children,
  footer,
  role = 'dialog',
  size = 'md',
}: DialogProps) {
  const t = useT(commonMessages);
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      const body = dialog.querySelector<HTMLElement>('[data-dialog-body]');
      const first =
        dialog.querySelector<HTMLElement>('[data-autofocus]') ??
        body?.querySelector<HTMLElement>(FOCUSABLE) ??
        dialog.querySelector<HTMLElement>(FOCUSABLE);
      first?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      opener.current?.focus();
    }
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== 'Tab' || !ref.current) return;
    const items = Array.from(ref.current.querySelectorAll<HTMLElement>(FOCUSABLE));
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  const width = size === 'lg' ? 'max-w-3xl' : 'max-w-xl';
  return (
    <dialog
      ref={ref}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={description ? `${id}-desc` : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={onKeyDown}
      className={`m-auto w-[calc(100%-2rem)] ${width} rounded-16 border border-solid-gray-420 bg-white p-0 text-solid-gray-900 shadow-4 backdrop:bg-opacity-gray-600`}
    >
      {open ? (
        <div className="flex max-h-[85vh] flex-col">
          <div className="flex items-start justify-between gap-4 border-b border-solid-gray-200 px-6 py-4">
            <div className="flex flex-col gap-1">
              <h2 id={`${id}-title`} className="text-std-22B-150">
                {title}
              </h2>
              {description ? (
                <p id={`${id}-desc`} className="text-std-16N-170 text-solid-gray-800">
                  {description}
                </p>
              ) : null}
            </div>
            <button
              type="button"
              onClick={onClose}
              className="shrink-0 rounded-8 px-3 py-2 text-oln-16B-100 text-blue-900 underline hover:bg-blue-50"
            >
              {t('close')}
              <span aria-hidden="true"> ×</span>
            </button>
          </div>
          {children ? (
            <div data-dialog-body className="overflow-y-auto px-6 py-5">
              {children}
            </div>
          ) : null}
          {footer ? (
            <div className="flex flex-wrap justify-end gap-3 border-t border-solid-gray-200 px-6 py-4">
              {footer}
            </div>
          ) : null}
        </div>
      ) : null}
    </dialog>
  );
}
