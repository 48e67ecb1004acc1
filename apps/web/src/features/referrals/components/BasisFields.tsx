import { REFERRAL_BASES, REFERRAL_BASIS_LABELS, type ReferralBasis } from '@tsunagu/contracts/referrals';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Fieldset } from '../../../components/Checkbox';
import { Radio } from '../../../components/Radio';
import { TextArea } from '../../../components/TextField';
import { useLabel, useT } from '../../../lib/i18n';
import { referralFormMessages } from '../form-messages';

/**
 * 情報を渡す根拠: the person's consent, or an emergency with its reason (asked for only then). Shared by
 * sending and handing on, which check the same legal basis.
 */
export function BasisFields({
  formId,
  basis,
  register,
  errors,
}: {
  formId: string;
  /** The chosen basis, watched. */
  basis: ReferralBasis | '' | null | undefined;
  register: (field: 'basis' | 'emergencyReason') => UseFormRegisterReturn;
  errors: { basis?: string | undefined; emergencyReason?: string | undefined };
}) {
  const t = useT(referralFormMessages);
  const label = useLabel();
  const id = `${formId}-basis`;
  return (
    <div className="flex flex-col gap-4">
      <Fieldset id={id} legend={t('basis')} hint={t('basisHint')} required error={errors.basis} nested>
        <div className="flex flex-col gap-2 sm:flex-row">
          {REFERRAL_BASES.map((code) => (
            <Radio
              key={code}
              id={`${id}-${code}`}
              value={code}
              label={label(REFERRAL_BASIS_LABELS[code])}
              {...register('basis')}
            />
          ))}
        </div>
      </Fieldset>
      {basis === 'emergency' ? (
        <TextArea
          id={`${formId}-emergencyReason`}
          label={t('emergencyReason')}
          hint={t('emergencyReasonHint')}
          required
          rows={3}
          maxLength={1000}
          error={errors.emergencyReason}
          {...register('emergencyReason')}
        />
      ) : null}
    </div>
  );
}
