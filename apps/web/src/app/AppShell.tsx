import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useMe } from '../features/auth/api';
import { useTenantProfile } from '../features/settings/api';
import { useI18n, useT } from '../lib/i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';
import { shellMessages } from './messages';
import { NotificationsLink } from './NotificationsLink';
import { UserMenu } from './UserMenu';

/** The frame of every page: skip link, header, main navigation, <main id="main"> and footer. */
export function AppShell() {
  const t = useT(shellMessages);
  const { locale } = useI18n();
  const me = useMe();
  useFocusMainOnNavigate();
  const profile = useTenantProfile();
  const tenant = me?.tenant ?? profile;
  const tenantName = tenant ? (locale === 'ja' ? tenant.name : tenant.nameEn || tenant.name) : t('logoSub');
  return (
    <div className="flex min-h-screen flex-col bg-white">
      <a
        href="#main"
        className="print-hide link-plain sr-only z-50 bg-yellow-300 px-4 py-3 text-std-16B-170 text-black focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        {t('skipToMain')}
      </a>
      <header className="print-hide border-b border-solid-gray-200 bg-white">
        <div className="mx-auto flex max-w-[1200px] flex-wrap items-center justify-between gap-4 px-4 py-4 md:px-8">
          <Link to="/" aria-label={t('homeLink')} className="link-plain flex items-center gap-3">
            <span
              aria-hidden="true"
              className="inline-flex size-10 items-center justify-center rounded-8 bg-blue-900 text-std-20B-150 text-white"
            >
              つ
            </span>
            <span className="flex flex-col leading-none">
              <span className="text-std-24B-150 text-blue-1000">{t('logo')}</span>
              <span className="text-dns-14N-130 text-solid-gray-800">{tenantName}</span>
            </span>
          </Link>
          <div className="flex flex-wrap items-center gap-3">
            <LanguageSwitch />
            {me ? <NotificationsLink me={me} /> : null}
            {me ? (
              <UserMenu me={me} />
            ) : me === null ? (
              <Link
                to="/login"
                className="link-plain rounded-8 border-2 border-blue-900 px-3 py-1.5 text-oln-14B-100 text-blue-900 hover:bg-blue-50"
              >
                {t('signIn')}
              </Link>
            ) : null}
          </div>
        </div>
      </header>
      <MainNav me={me} />
      <main
        id="main"
        tabIndex={-1}
        className="app-main mx-auto w-full max-w-[1200px] flex-1 px-4 py-8 outline-none focus-visible:shadow-none focus-visible:outline-none md:px-8 md:py-10"
      >
        <Outlet />
      </main>
      <footer className="print-hide mt-12 border-t border-solid-gray-420 bg-solid-gray-50">
        <div className="mx-auto flex max-w-[1200px] flex-col gap-2 px-4 py-8 text-dns-14N-130 text-solid-gray-800 md:px-8">
          <p>{t('footerNote')}</p>
          <p>
            <a href="/api/docs" className="text-blue-1000">
              {t('footerApi')}
            </a>
            <span className="ml-4">© Tsunagu</span>
          </p>
        </div>
      </footer>
    </div>
  );
}

/** After a client-side page change, moves focus to <main> so screen readers start at the new content. */
function useFocusMainOnNavigate() {
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (pathname) document.getElementById('main')?.focus({ preventScroll: false });
  }, [pathname]);
}
