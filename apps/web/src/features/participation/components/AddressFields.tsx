import type { UseFormRegisterReturn } from 'react-hook-form';
import { Select } from '../../../components/Select';
import { TextField } from '../../../components/TextField';
import { useT } from '../../../lib/i18n';
import { SchoolDistrictOptions } from '../../intakes/components/SchoolDistrictOptions';
import { useCodeLists } from '../../settings/api';
import { resourceMessages } from '../resource-messages';

/** 所在地 and 小学校区 of an employer, opening or place: the fields `address` and `schoolDistrictCode`. */
export function AddressFields({
  id,
  addressLabel,
  address,
  district,
  addressError,
  districtError,
}: {
  /** The form's field id of a path. */
  id: (path: string) => string;
  addressLabel: string;
  address: UseFormRegisterReturn;
  district: UseFormRegisterReturn;
  addressError: string | undefined;
  districtError: string | undefined;
}) {
  const t = useT(resourceMessages);
  const lists = useCodeLists();
  return (
    <>
      <TextField
        id={id('address')}
        label={addressLabel}
        maxLength={300}
        autoComplete="off"
        error={addressError}
        {...address}
      />
      <Select
        id={id('schoolDistrictCode')}
        label={t('schoolDistrict')}
        hint={t('schoolDistrictHint')}
        error={districtError}
        {...district}
      >
        <SchoolDistrictOptions lists={lists} />
      </Select>
    </>
  );
}
