import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { type Household, householdUpdateSchema } from '@tsunagu/contracts/households';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useToast } from '../../../components/Toast';
import { applyServerIssues, emptyToNull } from '../../../lib/form';
import { localizeBilingual, useI18n, useT } from '../../../lib/i18n';
import { householdQuery, updateHouseholdAddress } from '../api';
import { editMessages } from '../edit-messages';
import { AddressFields } from './AddressFields';
import { FormDialog } from './FormDialog';
import { FormFailure } from './FormFailure';

const FORM_ID = 'household-address';
const addressSchema = householdUpdateSchema.omit({ version: true });
type AddressValues = { address: string | null; schoolDistrictCode: string | null };

const valuesOf = (h: Household): AddressValues => ({
  address: h.address,
  schoolDistrictCode: h.schoolDistrictCode,
});

/** 世帯の住所・小学校区, saved with the household's version (409 when someone saved first). */
export function HouseholdAddressDialog({
  household,
  open,
  onClose,
}: {
  household: Household;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT(editMessages);
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={t('householdEditTitle')}
      formId={FORM_ID}
      submitLabel={t('save')}
    >
      {(onBusy) => <AddressForm household={household} onBusy={onBusy} onDone={onClose} />}
    </FormDialog>
  );
}

function AddressForm({
  household,
  onBusy,
  onDone,
}: {
  household: Household;
  onBusy: (busy: boolean) => void;
  onDone: () => void;
}) {
  const t = useT(editMessages);
  const { locale } = useI18n();
  const notify = useToast();
  const queryClient = useQueryClient();
  const [version, setVersion] = useState(household.version);
  const [failure, setFailure] = useState<unknown>(null);
  const [reloaded, setReloaded] = useState(false);
  const [generation, setGeneration] = useState(0);
  const failureBox = useRef<HTMLDivElement>(null);
  const form = useForm<AddressValues>({
    resolver: zodResolver(addressSchema),
    defaultValues: valuesOf(household),
    shouldFocusError: true,
  });
  const { errors } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);

  useEffect(() => {
    if (failure || reloaded) failureBox.current?.focus();
  }, [failure, reloaded]);

  async function submit(values: AddressValues) {
    setFailure(null);
    setReloaded(false);
    onBusy(true);
    try {
      await updateHouseholdAddress(household.id, { ...values, version });
      await queryClient.invalidateQueries({ queryKey: householdQuery(household.id).queryKey });
      notify(t('householdSaved'));
      onDone();
    } catch (err) {
      setFailure(err);
      applyServerIssues(err, form.setError, locale);
    } finally {
      onBusy(false);
    }
  }

  async function reload() {
    const latest = await queryClient.fetchQuery({ ...householdQuery(household.id), staleTime: 0 });
    form.reset(valuesOf(latest));
    setVersion(latest.version);
    setGeneration((n) => n + 1);
    setFailure(null);
    setReloaded(true);
  }

  return (
    <form id={FORM_ID} noValidate onSubmit={form.handleSubmit(submit)} className="flex flex-col gap-6">
      <FormFailure
        ref={failureBox}
        failure={failure}
        hasFieldErrors={Object.keys(errors).length > 0}
        reloaded={reloaded}
        onReload={reload}
      />
      <AddressFields
        key={generation}
        addressId={`${FORM_ID}-address`}
        districtId={`${FORM_ID}-schoolDistrictCode`}
        addressLabel={t('householdAddress')}
        address={form.register('address', { setValueAs: emptyToNull })}
        district={form.register('schoolDistrictCode', { setValueAs: emptyToNull })}
        addressError={msg(errors.address?.message)}
        districtError={msg(errors.schoolDistrictCode?.message)}
        initialAddress={form.formState.defaultValues?.address}
        getDistrict={() => form.getValues('schoolDistrictCode')}
        setDistrict={(code) => form.setValue('schoolDistrictCode', code, { shouldDirty: true })}
      />
    </form>
  );
}
