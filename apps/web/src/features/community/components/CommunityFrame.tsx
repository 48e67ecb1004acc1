import type { ReactNode } from 'react';
import { Breadcrumbs, type Crumb } from '../../../components/Breadcrumbs';
import { PageHeader } from '../../../components/PageHeader';
import { useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { authMessages } from '../../auth/messages';
import { communityMessages } from '../messages';
import { CommunityNav } from './CommunityNav';

/**
 * The frame of a 地域づくり page: breadcrumbs (職員ホーム › 地域づくり › …), the page's one h1 with its
 * explanation line and actions, the links between the feature's pages, then the page. The hub itself
 * passes `hub` so its crumb is not repeated.
 */
export function CommunityFrame({
  title,
  lead,
  actions,
  trail = [],
  hub = false,
  documentTitle,
  children,
}: {
  title: string;
  lead: ReactNode;
  actions?: ReactNode;
  /** Crumbs between 地域づくり and the page itself. */
  trail?: Crumb[];
  hub?: boolean;
  /** The browser tab's title, when it should say more than the heading. */
  documentTitle?: string;
  children: ReactNode;
}) {
  const t = useT(communityMessages);
  const a = useT(authMessages);
  useDocumentTitle(documentTitle ?? title);
  const crumbs: Crumb[] = hub
    ? [{ label: a('homeTitle'), to: '/staff' }, { label: title }]
    : [
        { label: a('homeTitle'), to: '/staff' },
        { label: t('title'), to: '/staff/community' },
        ...trail,
        { label: title },
      ];
  return (
    <div className="flex min-w-0 flex-col gap-8 *:min-w-0">
      <PageHeader title={title} lead={lead} actions={actions} breadcrumbs={<Breadcrumbs items={crumbs} />} />
      <CommunityNav />
      {children}
    </div>
  );
}
