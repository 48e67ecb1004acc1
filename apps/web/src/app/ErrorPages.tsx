import { Link } from '@tanstack/react-router';
import { LinkButton } from '../components/Button';
import { Notice } from '../components/FormError';
import { PageHeader } from '../components/PageHeader';
import { useErrorText } from '../lib/errors';
import { useT } from '../lib/i18n';
import { commonMessages } from '../lib/messages';
import { useDocumentTitle } from '../lib/title';
import { ForbiddenError } from './access';
import { shellMessages } from './messages';

/** The 404 page for unknown addresses. */
export function NotFoundPage() {
  const t = useT(shellMessages);
  useDocumentTitle(t('notFoundTitle'));
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('notFoundTitle')} lead={t('notFoundBody')} />
      <p>
        <LinkButton to="/">{t('backToTop')}</LinkButton>
      </p>
    </div>
  );
}

/** Shown instead of a page the user's roles do not cover. */
export function ForbiddenPage() {
  const t = useT(commonMessages);
  const s = useT(shellMessages);
  useDocumentTitle(t('forbiddenTitle'));
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('forbiddenTitle')} lead={t('forbiddenBody')} />
      <p>
        <Link to="/staff">{s('navStaffHome')}</Link>
      </p>
    </div>
  );
}

/** The route error boundary: 403 for missing roles, otherwise the error's message and a retry. */
export function RouteErrorPage({ error, reset }: { error: unknown; reset?: () => void }) {
  if (error instanceof ForbiddenError) return <ForbiddenPage />;
  return <GenericErrorPage error={error} reset={reset} />;
}

function GenericErrorPage({ error, reset }: { error: unknown; reset?: (() => void) | undefined }) {
  const t = useT(shellMessages);
  const c = useT(commonMessages);
  const errorText = useErrorText();
  useDocumentTitle(t('errorTitle'));
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('errorTitle')} />
      <Notice tone="error" title={errorText(error)}>
        {reset ? (
          <button type="button" onClick={reset} className="text-blue-900 underline">
            {c('retry')}
          </button>
        ) : null}
      </Notice>
    </div>
  );
}
