import type { ReactNode } from 'react';
import { Breadcrumbs, type Crumb } from '../../../components/Breadcrumbs';
import { PageHeader } from '../../../components/PageHeader';
import { useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { authMessages } from '../../auth/messages';
import { participationMessages } from '../messages';
import { ParticipationNav } from './ParticipationNav';

/**
 * The frame of a 参加支援 page: breadcrumbs (職員ホーム › 参加支援・就労支援 › …), the page's one h1 with
 * its explanation line and actions, the links between the feature's pages, then the page.
 */
export function PageFrame({
  title,
  lead,
  actions,
  trail = [],
  nav = true,
  documentTitle,
  children,
}: {
  title: string;
  /** The browser tab's title, when it should say more than the heading. */
  documentTitle?: string;
  lead: ReactNode;
  actions?: ReactNode;
  /** Crumbs between the feature and the page itself. */
  trail?: Crumb[];
  nav?: boolean;
  children: ReactNode;
}) {
  const t = useT(participationMessages);
  const a = useT(authMessages);
  useDocumentTitle(documentTitle ?? title);
  return (
    <div className="flex min-w-0 flex-col gap-8 *:min-w-0">
      <PageHeader
        title={title}
        lead={lead}
        actions={actions}
        breadcrumbs={
          <Breadcrumbs
            items={[
              { label: a('homeTitle'), to: '/staff' },
              { label: t('title'), to: '/staff/participation' },
              ...trail,
              { label: title },
            ]}
          />
        }
      />
      {nav ? <ParticipationNav /> : null}
      {children}
    </div>
  );
}
