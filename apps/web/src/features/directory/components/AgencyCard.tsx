import { Link } from '@tanstack/react-router';
import type { Agency } from '@tsunagu/contracts/agencies';
import { Badge, Tag } from '../../../components/Badge';
import { useT } from '../../../lib/i18n';
import { useCodeLabel, useDistrictLabel } from '../../settings/api';
import { directoryMessages } from '../messages';

/** The phone number as a tel: link (digits only in the href). */
export function PhoneLink({ phone }: { phone: string }) {
  const digits = phone
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[^0-9+]/g, '');
  return (
    <a href={`tel:${digits}`} className="font-bold">
      {phone}
    </a>
  );
}

/** One result of the directory search: name, kana, category, fields, districts, phone and hours. */
export function AgencyCard({ agency }: { agency: Agency }) {
  const t = useT(directoryMessages);
  const codeLabel = useCodeLabel();
  const districtLabel = useDistrictLabel();
  const headingId = `agency-${agency.id}`;
  return (
    <article
      aria-labelledby={headingId}
      className="flex w-full flex-col gap-3 rounded-12 border border-solid-gray-420 bg-white p-5 md:p-6"
    >
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone="info">{codeLabel('agency_category', agency.categoryCode)}</Badge>
        {agency.supportCouncilMember ? <Badge tone="accent">{t('supportCouncil')}</Badge> : null}
        {!agency.isPublic ? <Badge tone="warning">{t('notPublic')}</Badge> : null}
      </div>
      <div>
        <h3 id={headingId} className="text-std-20B-150">
          <Link to="/agencies/$id" params={{ id: agency.id }}>
            {agency.name}
          </Link>
        </h3>
        <p className="text-dns-14N-130 text-solid-gray-700">
          <span className="sr-only">{t('kana')}: </span>
          {agency.nameKana}
        </p>
      </div>
      <dl className="grid gap-x-4 gap-y-2 text-std-16N-170 sm:grid-cols-[8rem_1fr]">
        {agency.fields.length > 0 ? (
          <>
            <dt className="text-dns-14B-130 text-solid-gray-800 sm:pt-1">{t('fields')}</dt>
            <dd>
              <ul className="flex flex-wrap gap-1.5">
                {agency.fields.map((code) => (
                  <li key={code}>
                    <Tag>{codeLabel('problem_category', code)}</Tag>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt className="text-dns-14B-130 text-solid-gray-800 sm:pt-1">{t('districts')}</dt>
        <dd>
          {agency.districts.length > 0 ? agency.districts.map(districtLabel).join('、') : t('allDistricts')}
        </dd>
        {agency.contact.phone ? (
          <>
            <dt className="text-dns-14B-130 text-solid-gray-800 sm:pt-1">{t('phone')}</dt>
            <dd>
              <PhoneLink phone={agency.contact.phone} />
            </dd>
          </>
        ) : null}
        {agency.hours ? (
          <>
            <dt className="text-dns-14B-130 text-solid-gray-800 sm:pt-1">{t('hours')}</dt>
            <dd>{agency.hours}</dd>
          </>
        ) : null}
      </dl>
    </article>
  );
}
