import { type Physician, type PhysicianInput, physicianInputSchema } from '@tsunagu/contracts/community';
import { useForm, useWatch } from 'react-hook-form';
import { Checkbox } from '../../../components/Checkbox';
import { FormFailure } from '../../../components/FormFailure';
import { TextArea, TextField } from '../../../components/TextField';
import { fieldId } from '../../../lib/form';
import { todayIso } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { FormDialog } from '../../households/components/FormDialog';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import { AddressFields } from '../../participation/components/AddressFields';
import { CodeCheckboxes } from '../../participation/components/ChoiceFields';
import { FormProblems } from '../../participation/components/FormProblems';
import { asArray, sharedResolver } from '../../referrals/form-values';
import { createPhysician, updatePhysician } from '../support-api';
import { type Busy, blank, type SupportDialogProps, useSupportSave } from '../support-form';
import { registryMessages } from '../support-messages';

const FORM = 'physician';
type PhysicianValues = {
  physicianName: string;
  clinicName: string;
  address: string;
  schoolDistrictCode: string;
  phone: string;
  careTypes: string[] | string | boolean;
  ages: string;
  homeVisits: boolean;
  trainedOn: string;
  registeredOn: string;
  withdrawnOn: string;
  note: string;
};
const resolver = sharedResolver<PhysicianValues, PhysicianInput>(
  physicianInputSchema,
  () => {},
  (v) => ({
    ...v,
    careTypes: asArray(v.careTypes),
    schoolDistrictCode: blank(v.schoolDistrictCode),
    trainedOn: blank(v.trainedOn),
    withdrawnOn: blank(v.withdrawnOn),
  }),
);

type Props = SupportDialogProps & { physician: Physician | null };

/** かかりつけ医を登録 / 編集: the physician, the clinic, the kinds of care taken on, and the dates. */
export function PhysicianDialog(props: Props) {
  const t = useT(registryMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={
        props.physician ? t('physicianEditTitle', { name: props.physician.physicianName }) : t('physicianNew')
      }
      formId={FORM}
      submitLabel={t('physicianSubmit')}
    >
      {(onBusy) => <PhysicianForm {...props} onBusy={onBusy} />}
    </FormDialog>
  );
}

function PhysicianForm({ physician: p, onClose, onBusy }: Props & Busy) {
  const t = useT(registryMessages);
  const form = useForm<PhysicianValues, unknown, PhysicianInput>({
    resolver,
    shouldFocusError: false,
    defaultValues: {
      physicianName: p?.physicianName ?? '',
      clinicName: p?.clinicName ?? '',
      address: p?.address ?? '',
      schoolDistrictCode: p?.schoolDistrictCode ?? '',
      phone: p?.phone ?? '',
      careTypes: p?.careTypes ?? [],
      ages: p?.ages ?? '',
      homeVisits: p?.homeVisits ?? false,
      trainedOn: p?.trainedOn ?? '',
      registeredOn: p?.registeredOn ?? todayIso(),
      withdrawnOn: p?.withdrawnOn ?? '',
      note: p?.note ?? '',
    },
  });
  const [trainedOn, registeredOn, withdrawnOn] = useWatch({
    control: form.control,
    name: ['trainedOn', 'registeredOn', 'withdrawnOn'],
  });
  const { failure, box, msg, save } = useSupportSave({ onClose, onBusy }, form.setError);
  const { errors, submitCount } = form.formState;
  const id = (path: string) => fieldId(FORM, path);
  async function submit(input: PhysicianInput) {
    await save(
      () => (p ? updatePhysician(p.id, input, p.version) : createPhysician(input)),
      (saved) => t(p ? 'saved' : 'created', { name: saved.physicianName }),
    );
  }
  return (
    <form id={FORM} noValidate onSubmit={form.handleSubmit(submit)} className="flex min-w-0 flex-col gap-6">
      <FormProblems
        formId={FORM}
        errors={errors}
        submitCount={submitCount}
        labels={{
          physicianName: t('physicianName'),
          clinicName: t('clinicName'),
          address: t('address'),
          schoolDistrictCode: t('schoolDistrict'),
          phone: t('phone'),
          careTypes: t('careTypes'),
          ages: t('ages'),
          trainedOn: t('trainedOn'),
          registeredOn: t('registeredOn'),
          withdrawnOn: t('withdrawnOn'),
          note: t('note'),
        }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={id('physicianName')}
          label={t('physicianName')}
          required
          maxLength={100}
          autoComplete="off"
          error={msg(errors.physicianName?.message)}
          {...form.register('physicianName')}
        />
        <TextField
          id={id('clinicName')}
          label={t('clinicName')}
          required
          maxLength={200}
          autoComplete="off"
          error={msg(errors.clinicName?.message)}
          {...form.register('clinicName')}
        />
      </div>
      <AddressFields
        id={id}
        addressLabel={t('address')}
        address={form.register('address')}
        district={form.register('schoolDistrictCode')}
        addressError={msg(errors.address?.message)}
        districtError={msg(errors.schoolDistrictCode?.message)}
      />
      <TextField
        id={id('phone')}
        label={t('phone')}
        type="tel"
        maxLength={30}
        autoComplete="off"
        error={msg(errors.phone?.message)}
        {...form.register('phone')}
      />
      <CodeCheckboxes
        id={id('careTypes')}
        list="medical_care"
        legend={t('careTypes')}
        required
        error={msg(errors.careTypes?.message)}
        registration={form.register('careTypes')}
      />
      <TextField
        id={id('ages')}
        label={t('ages')}
        hint={t('agesHint')}
        maxLength={100}
        autoComplete="off"
        error={msg(errors.ages?.message)}
        {...form.register('ages')}
      />
      <Checkbox id={id('homeVisits')} label={t('homeVisitsBox')} {...form.register('homeVisits')} />
      <WarekiDateField
        id={id('trainedOn')}
        label={t('trainedOn')}
        registration={form.register('trainedOn')}
        value={trainedOn}
        error={msg(errors.trainedOn?.message)}
      />
      <WarekiDateField
        id={id('registeredOn')}
        label={t('registeredOn')}
        required
        registration={form.register('registeredOn')}
        value={registeredOn}
        error={msg(errors.registeredOn?.message)}
      />
      {p ? (
        <WarekiDateField
          id={id('withdrawnOn')}
          label={t('withdrawnOn')}
          hint={t('withdrawnOnHint')}
          min={registeredOn || undefined}
          registration={form.register('withdrawnOn')}
          value={withdrawnOn}
          error={msg(errors.withdrawnOn?.message)}
        />
      ) : null}
      <TextArea
        id={id('note')}
        label={t('note')}
        rows={3}
        maxLength={1000}
        error={msg(errors.note?.message)}
        {...form.register('note')}
      />
    </form>
  );
}
