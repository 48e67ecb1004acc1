import type { CodeLists } from '@tsunagu/contracts/settings';
import { type ChangeEvent, type FocusEvent, useCallback } from 'react';
import { Button } from '../../../components/Button';
import { describedBy } from '../../../components/Field';
import { Select } from '../../../components/Select';
import { TextField } from '../../../components/TextField';
import { emptyToNull } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { useDistrictProposal } from '../../households/use-district-proposal';
import { useCodeLabel } from '../../settings/api';
import { type IntakeForm, intakeFieldId } from '../form-values';
import { intakeMessages } from '../messages';
import { SchoolDistrictOptions } from './SchoolDistrictOptions';

/**
 * A member's 住所 and 小学校区. Leaving the address box proposes the district from it (see
 * {@link useDistrictProposal}); the proposal is announced beside the select and can be changed, and a
 * district the clerk chose is kept. Rendered as two cells of the member's two-column grid.
 */
export function MemberAddressFields({
  form,
  index,
  lists,
  addressError,
  districtError,
}: {
  form: IntakeForm;
  index: number;
  lists: CodeLists;
  addressError: string | undefined;
  districtError: string | undefined;
}) {
  const t = useT(intakeMessages);
  const codeLabel = useCodeLabel();
  const path = `members.${index}.person` as const;
  const addressId = intakeFieldId(`${path}.address`);
  const districtId = intakeFieldId(`${path}.schoolDistrictCode`);
  const proposalId = `${districtId}-proposal`;
  const getDistrict = useCallback(() => form.getValues(`${path}.schoolDistrictCode`), [form, path]);
  const setDistrict = useCallback(
    (code: string | null) => form.setValue(`${path}.schoolDistrictCode`, code, { shouldDirty: true }),
    [form, path],
  );
  const { proposal, propose, accept, chosen } = useDistrictProposal(getDistrict, setDistrict);
  const address = form.register(`${path}.address`, { setValueAs: emptyToNull });
  const district = form.register(`${path}.schoolDistrictCode`, { setValueAs: emptyToNull });
  const hint = t('schoolDistrictHint');
  const name = proposal ? codeLabel('school_district', proposal.code) : '';

  return (
    <>
      <div className="md:col-span-2">
        <TextField
          id={addressId}
          label={t('address')}
          hint={t('addressHint')}
          error={addressError}
          autoComplete="off"
          {...address}
          onBlur={(event: FocusEvent<HTMLInputElement>) => {
            void propose(event.target.value);
            return address.onBlur(event);
          }}
        />
      </div>
      <div className="flex flex-col gap-2">
        <Select
          id={districtId}
          label={t('schoolDistrict')}
          hint={hint}
          error={districtError}
          {...district}
          aria-describedby={[describedBy(districtId, hint, districtError), proposalId]
            .filter(Boolean)
            .join(' ')}
          onChange={(event: ChangeEvent<HTMLSelectElement>) => {
            chosen(event.target.value);
            return district.onChange(event);
          }}
        >
          <SchoolDistrictOptions lists={lists} />
        </Select>
        <p id={proposalId} aria-live="polite" className="text-dns-16N-130 text-solid-gray-900">
          {proposal?.kind === 'applied' ? t('districtProposed', { name }) : null}
          {proposal?.kind === 'differs' ? t('districtProposedOther', { name }) : null}
        </p>
        {proposal?.kind === 'differs' ? (
          <div>
            <Button variant="secondary" size="sm" onClick={accept}>
              {t('districtUseProposal')}
            </Button>
          </div>
        ) : null}
      </div>
    </>
  );
}
