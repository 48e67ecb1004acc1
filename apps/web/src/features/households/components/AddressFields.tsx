import type { ChangeEvent, FocusEvent } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Button } from '../../../components/Button';
import { describedBy } from '../../../components/Field';
import { Select } from '../../../components/Select';
import { TextField } from '../../../components/TextField';
import { useT } from '../../../lib/i18n';
import { SchoolDistrictOptions } from '../../intakes/components/SchoolDistrictOptions';
import { useCodeLabel, useCodeLists } from '../../settings/api';
import { editMessages } from '../edit-messages';
import { useDistrictProposal } from '../use-district-proposal';

/** Props of {@link AddressFields}: the two registrations and how to read and set the district. */
export interface AddressFieldsProps {
  addressId: string;
  districtId: string;
  addressLabel?: string;
  address: UseFormRegisterReturn;
  district: UseFormRegisterReturn;
  addressError?: string | undefined;
  districtError?: string | undefined;
  getDistrict: () => string | null | undefined;
  setDistrict: (code: string | null) => void;
  /** The address the form opened with (a stored one is not looked up again). */
  initialAddress?: string | null | undefined;
}

/**
 * 住所 and 小学校区 together: leaving the address box proposes the district (see
 * {@link useDistrictProposal}); the proposal is announced under the select and can be changed.
 */
export function AddressFields(props: AddressFieldsProps) {
  const t = useT(editMessages);
  const lists = useCodeLists();
  const codeLabel = useCodeLabel();
  const { proposal, propose, accept, chosen } = useDistrictProposal(
    props.getDistrict,
    props.setDistrict,
    props.initialAddress ?? null,
  );
  const proposalId = `${props.districtId}-proposal`;
  const hint = t('schoolDistrictHint');
  const name = proposal ? codeLabel('school_district', proposal.code) : '';

  return (
    <div className="grid gap-x-5 gap-y-4 md:grid-cols-2">
      <div className="md:col-span-2">
        <TextField
          id={props.addressId}
          label={props.addressLabel ?? t('address')}
          hint={t('addressHint')}
          error={props.addressError}
          autoComplete="off"
          {...props.address}
          onBlur={(event: FocusEvent<HTMLInputElement>) => {
            void propose(event.target.value);
            return props.address.onBlur(event);
          }}
        />
      </div>
      <div className="flex flex-col gap-2">
        <Select
          id={props.districtId}
          label={t('schoolDistrict')}
          hint={hint}
          error={props.districtError}
          {...props.district}
          aria-describedby={[describedBy(props.districtId, hint, props.districtError), proposalId]
            .filter(Boolean)
            .join(' ')}
          onChange={(event: ChangeEvent<HTMLSelectElement>) => {
            chosen(event.target.value);
            return props.district.onChange(event);
          }}
        >
          <SchoolDistrictOptions lists={lists} />
        </Select>
        <p id={proposalId} aria-live="polite" className="text-dns-16N-130 text-solid-gray-900">
          {proposal?.kind === 'applied' ? t('proposed', { name }) : null}
          {proposal?.kind === 'differs' ? t('proposedOther', { name }) : null}
        </p>
        {proposal?.kind === 'differs' ? (
          <div>
            <Button variant="secondary" size="sm" onClick={accept}>
              {t('useProposal')}
            </Button>
          </div>
        ) : null}
      </div>
    </div>
  );
}
