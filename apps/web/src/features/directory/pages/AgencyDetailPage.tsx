import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { Agency } from '@tsunagu/contracts/agencies';
import type { ReactNode } from 'react';
import { Badge, Tag } from '../../../components/Badge';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { LinkButton } from '../../../components/Button';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { useErrorText } from '../../../lib/errors';
import { formatDate } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { agencyMessages } from '../../agencies/messages';
import { useCodeLabel, useDistrictLabel } from '../../settings/api';
import { agencyQuery } from '../api';
import { PhoneLink } from '../components/AgencyCard';
import { directoryMessages } from '../messages';

const route = getRouteApi('/agencies/$id');

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-solid-gray-200 py-3 sm:grid-cols-[12rem_1fr] sm:gap-4">
      <dt className="text-std-16B-170 text-solid-gray-800">{label}</dt>
      <dd className="min-w-0 text-std-16N-170 break-words">{children}</dd>
    </div>
  );
}

/** 相談機関の詳細: everything the directory publishes about one agency. */
export function AgencyDetailPage() {
  const { id } = route.useParams();
  const t = useT(directoryMessages);
  const errorText = useErrorText();
  const result = useQuery(agencyQuery(id));
  useDocumentTitle(result.data?.name ?? t('detailTitle'));
  const crumbs = [{ label: t('title'), to: '/' }, { label: result.data?.name ?? t('detailTitle') }];

  if (result.isPending) return <Loading />;
  if (result.isError) {
    return (
      <div className="flex flex-col gap-6">
        <PageHeader title={t('detailTitle')} breadcrumbs={<Breadcrumbs items={crumbs} />} />
        <Notice tone="error" live title={errorText(result.error)} />
      </div>
    );
  }
  return <AgencyDetail agency={result.data} crumbs={<Breadcrumbs items={crumbs} />} />;
}

function AgencyDetail({ agency, crumbs }: { agency: Agency; crumbs: ReactNode }) {
  const t = useT(directoryMessages);
  const a = useT(agencyMessages);
  const { locale } = useI18n();
  const codeLabel = useCodeLabel();
  const districtLabel = useDistrictLabel();
  const { contact } = agency;
  const actions = agency.abilities?.edit ? (
    <LinkButton to="/staff/agencies/$id/edit" params={{ id: agency.id }} variant="secondary">
      {a('edit')}
    </LinkButton>
  ) : agency.abilities?.propose ? (
    <LinkButton to="/staff/agencies/$id/edit" params={{ id: agency.id }} variant="secondary">
      {a('propose')}
    </LinkButton>
  ) : null;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={agency.name} lead={agency.nameKana} breadcrumbs={crumbs} actions={actions} />
      <div className="flex flex-wrap gap-2">
        <Badge tone="info">{codeLabel('agency_category', agency.categoryCode)}</Badge>
        {agency.supportCouncilMember ? <Badge tone="accent">{t('supportCouncil')}</Badge> : null}
        {!agency.isPublic ? <Badge tone="warning">{t('notPublic')}</Badge> : null}
      </div>
      <section aria-labelledby="contact-heading">
        <h2 id="contact-heading" className="mb-2 text-std-24B-150">
          {t('contact')}
        </h2>
        <dl>
          {contact.phone ? <Row label={t('phone')}>{<PhoneLink phone={contact.phone} />}</Row> : null}
          {contact.email ? (
            <Row label={t('email')}>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </Row>
          ) : null}
          {contact.address ? <Row label={t('address')}>{contact.address}</Row> : null}
          {contact.url ? (
            <Row label={t('url')}>
              <a href={contact.url} rel="noopener noreferrer">
                {contact.url}
              </a>
            </Row>
          ) : null}
          {agency.hours ? <Row label={t('hours')}>{agency.hours}</Row> : null}
          <Row label={t('districts')}>
            {agency.districts.length > 0 ? agency.districts.map(districtLabel).join('、') : t('allDistricts')}
          </Row>
          <Row label={t('fields')}>
            <ul className="flex flex-wrap gap-1.5">
              {agency.fields.map((code) => (
                <li key={code}>
                  <Tag>{codeLabel('problem_category', code)}</Tag>
                </li>
              ))}
            </ul>
          </Row>
          {agency.capacityNote ? <Row label={t('capacity')}>{agency.capacityNote}</Row> : null}
          <Row label={t('updated')}>
            <time dateTime={agency.updatedAt}>{formatDate(agency.updatedAt, locale)}</time>
          </Row>
        </dl>
      </section>
      {agency.services.length > 0 ? (
        <section aria-labelledby="services-heading">
          <h2 id="services-heading" className="mb-3 text-std-24B-150">
            {t('services')}
          </h2>
          <ul className="grid gap-3 md:grid-cols-2">
            {agency.services.map((service) => (
              <li key={service.name} className="rounded-8 border border-solid-gray-420 p-4">
                <h3 className="text-std-17B-170">{service.name}</h3>
                {service.description ? (
                  <p className="mt-1 text-std-16N-170 whitespace-pre-line text-solid-gray-800">
                    {service.description}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
