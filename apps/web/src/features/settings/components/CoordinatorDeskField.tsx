import { useQuery } from '@tanstack/react-query';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Select } from '../../../components/Select';
import { useT } from '../../../lib/i18n';
import { agencyListQuery } from '../../directory/api';
import { settingsMessages } from '../messages';

/** The agency escalated referrals are opened to (推進員の窓口): a choice among the city's agencies. */
export function CoordinatorDeskField({
  registration,
  error,
}: {
  registration: UseFormRegisterReturn<'coordinatorAgencyId'>;
  error?: string | undefined;
}) {
  const t = useT(settingsMessages);
  const agencies = useQuery(agencyListQuery({ limit: 500, offset: 0 }, true));
  // Rendered once the options exist, so the saved choice is selected when the field registers.
  if (!agencies.data) return null;
  return (
    <Select
      id="tenant-coordinatorAgencyId"
      label={t('coordinatorAgencyId')}
      hint={t('coordinatorAgencyHint')}
      error={error}
      {...registration}
    >
      <option value="">{t('coordinatorAgencyNone')}</option>
      {agencies.data.items.map((a) => (
        <option key={a.id} value={a.id}>
          {a.name}
        </option>
      ))}
    </Select>
  );
}
