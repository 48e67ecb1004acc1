import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useId } from 'react';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { Button, LinkButton } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { Table } from '../../../components/Table';
import { TextField } from '../../../components/TextField';
import { useErrorText } from '../../../lib/errors';
import { useI18n, useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { authMessages } from '../../auth/messages';
import { type PersonHit, personSearchQuery } from '../api';
import { householdMessages } from '../messages';
import { formatDay, fullKana, fullName } from '../people';

const route = getRouteApi('/_auth/staff/persons');

/** 相談者をさがす: persons the agency may see, by ふりがな; each opens the household's つなぐシート. */
export function PersonSearchPage() {
  const t = useT(householdMessages);
  const a = useT(authMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const id = useId();
  const { q } = route.useSearch();
  const result = useQuery({ ...personSearchQuery(q ?? ''), enabled: !!q });
  useDocumentTitle(q ? `${t('searchTitle')}：${q}` : t('searchTitle'));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('q');
    const text = typeof value === 'string' ? value.trim() : '';
    void navigate({ to: '/staff/persons', search: { q: text === '' ? undefined : text } });
  }

  const items = q && result.data ? result.data.items : null;
  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title={t('searchTitle')}
        lead={t('searchLead')}
        breadcrumbs={
          <Breadcrumbs items={[{ label: a('homeTitle'), to: '/staff' }, { label: t('searchTitle') }]} />
        }
      />
      <search
        aria-labelledby={`${id}-heading`}
        className="rounded-12 border border-solid-gray-420 bg-solid-gray-50 p-4 md:p-6"
      >
        <form method="get" action="/staff/persons" onSubmit={onSubmit}>
          <h2 id={`${id}-heading`} className="mb-4 text-std-20B-150">
            {t('searchHeading')}
          </h2>
          <div className="flex flex-col gap-4 md:flex-row md:items-end">
            <div className="md:w-[28rem]">
              <TextField
                key={q ?? ''}
                id={`${id}-q`}
                name="q"
                type="search"
                label={t('searchKana')}
                hint={t('searchKanaHint')}
                defaultValue={q ?? ''}
                maxLength={100}
                autoComplete="off"
              />
            </div>
            <Button type="submit">{t('searchSubmit')}</Button>
          </div>
        </form>
      </search>

      <section aria-labelledby={`${id}-results`} className="flex flex-col gap-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id={`${id}-results`} className="text-std-24B-150">
            {t('searchResults')}
          </h2>
          <p role="status" className="text-std-16B-170">
            {items ? t('searchCount', { count: items.length }) : ''}
          </p>
        </div>
        {!q ? <p className="text-std-16N-170 text-solid-gray-800">{t('searchPrompt')}</p> : null}
        {q && result.isError ? <Notice tone="error" live title={errorText(result.error)} /> : null}
        {q && result.isPending ? <Loading /> : null}
        {items && items.length === 0 ? (
          <EmptyState
            title={t('searchEmpty', { q: q ?? '' })}
            action={
              <LinkButton to="/staff/intakes/new" variant="primary">
                {t('goIntake')}
              </LinkButton>
            }
          >
            {t('searchEmptyHint')}
          </EmptyState>
        ) : null}
        {items && items.length > 0 ? (
          <Table<PersonHit>
            caption={t('searchCaption', { q: q ?? '' })}
            rows={items}
            rowKey={(p) => p.id}
            columns={[
              {
                key: 'name',
                header: t('colName'),
                rowHeader: true,
                cell: (p) => {
                  const household = p.householdIds[0];
                  return household ? (
                    <Link to="/staff/households/$id" params={{ id: household }}>
                      {fullName(p)}
                    </Link>
                  ) : (
                    fullName(p)
                  );
                },
              },
              { key: 'kana', header: t('colKana'), cell: (p) => fullKana(p) },
              {
                key: 'birth',
                header: t('colBirthDate'),
                className: 'whitespace-nowrap',
                cell: (p) =>
                  p.birthDate ? (
                    <time dateTime={p.birthDate}>{formatDay(p.birthDate, locale)}</time>
                  ) : (
                    t('unknownDate')
                  ),
              },
              { key: 'address', header: t('colAddress'), cell: (p) => p.address ?? t('notApplicable') },
            ]}
          />
        ) : null}
      </section>

      <section
        aria-labelledby={`${id}-emergency`}
        className="flex flex-col items-start gap-3 border-t border-solid-gray-420 pt-6"
      >
        <h2 id={`${id}-emergency`} className="text-std-20B-150">
          {t('emergencyHeading')}
        </h2>
        <p className="max-w-3xl text-std-16N-170 text-solid-gray-800">{t('emergencyBody')}</p>
        <LinkButton to="/staff/emergency-access" variant="secondary">
          {t('emergencyLink')}
        </LinkButton>
      </section>
    </div>
  );
}
