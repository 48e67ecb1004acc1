import { useCallback } from 'react';
import { useT } from '../../lib/i18n';
import { agencyMessages } from './messages';

type AgencyKey = keyof (typeof agencyMessages)['ja'];

const FIELD_LABELS: Record<string, AgencyKey> = {
  code: 'code',
  name: 'name',
  nameKana: 'nameKana',
  categoryCode: 'categoryCode',
  fields: 'sectionFields',
  services: 'sectionServices',
  districts: 'sectionDistricts',
  contact: 'sectionContact',
  'contact.phone': 'phone',
  'contact.email': 'email',
  'contact.address': 'address',
  'contact.url': 'url',
  // Bare column names of the CSV / xlsx form.
  phone: 'phone',
  email: 'email',
  address: 'address',
  url: 'url',
  hours: 'hours',
  supportCouncilMember: 'supportCouncilMember',
  capacityNote: 'capacityNote',
  isPublic: 'isPublic',
};

/** The screen name of an agency field path: 'contact.phone' → 電話番号, 'services.0.name' → サービス 1 サービス名. */
export function useAgencyFieldLabel(): (path: string) => string {
  const t = useT(agencyMessages);
  return useCallback(
    (path: string) => {
      const service = /^services\.(\d+)\.(name|description)$/.exec(path);
      if (service) {
        const n = Number(service[1]) + 1;
        return `${t('serviceN', { n })} ${t(service[2] === 'name' ? 'serviceName' : 'serviceDescription')}`;
      }
      const key = FIELD_LABELS[path];
      return key ? t(key) : path;
    },
    [t],
  );
}
