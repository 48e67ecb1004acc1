import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { ROLE_LABELS } from '@tsunagu/contracts';
import type { Me } from '@tsunagu/contracts/auth';
import { useEffect, useId, useRef, useState } from 'react';
import { useToast } from '../components/Toast';
import { logout } from '../features/auth/api';
import { useErrorText } from '../lib/errors';
import { useLabel, useT } from '../lib/i18n';
import { shellMessages } from './messages';

/** The signed-in user's name as a disclosure button, opening their agency, roles and sign-out. */
export function UserMenu({ me }: { me: Me }) {
  const t = useT(shellMessages);
  const label = useLabel();
  const errorText = useErrorText();
  const notify = useToast();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  async function signOut() {
    try {
      await logout(queryClient);
      notify(t('signedOut'), 'info');
      await navigate({ to: '/' });
    } catch (err) {
      notify(errorText(err), 'error');
    }
  }

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((v) => !v)}
        className="flex items-center gap-2 rounded-8 border border-solid-gray-536 px-3 py-1.5 text-oln-14B-100 text-solid-gray-900 hover:bg-blue-50"
      >
        <span className="sr-only">{t('userMenu')}: </span>
        <span className="max-w-40 truncate">{me.user.displayName}</span>
        <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <div
        id={`${id}-panel`}
        hidden={!open}
        className="absolute right-0 z-40 mt-2 w-72 rounded-8 border border-solid-gray-420 bg-white p-4 shadow-3"
      >
        <p className="text-std-16B-170">{me.user.displayName}</p>
        <p className="text-dns-14N-130 break-all text-solid-gray-800">{me.user.email}</p>
        {me.user.agencyName ? (
          <p className="mt-1 text-dns-14N-130 text-solid-gray-800">{me.user.agencyName}</p>
        ) : null}
        <ul className="mt-2 flex flex-wrap gap-1">
          {me.user.roles.map((role) => (
            <li key={role} className="rounded-4 bg-solid-gray-50 px-2 py-0.5 text-dns-14N-130">
              {label(ROLE_LABELS[role])}
            </li>
          ))}
        </ul>
        <div className="mt-4 flex flex-col gap-2 border-t border-solid-gray-200 pt-3">
          <Link to="/account" onClick={() => setOpen(false)} className="text-dns-16N-130">
            {t('account')}
          </Link>
          <button
            type="button"
            onClick={signOut}
            className="rounded-8 border-2 border-blue-900 px-3 py-2 text-oln-16B-100 text-blue-900 hover:bg-blue-50"
          >
            {t('signOut')}
          </button>
        </div>
      </div>
    </div>
  );
}
