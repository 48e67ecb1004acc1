import { useQuery } from '@tanstack/react-query';
import { type EmployerInput, employerInputSchema } from '@tsunagu/contracts/participation';
import { useForm, useWatch } from 'react-hook-form';
import { FormFailure } from '../../../components/FormFailure';
import { Select } from '../../../components/Select';
import { TextArea, TextField } from '../../../components/TextField';
import { fieldId } from '../../../lib/form';
import { todayIso } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { FormDialog } from '../../households/components/FormDialog';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import { CHOOSE_ONE, sharedResolver, unchosen } from '../../referrals/form-values';
import { createEmployer, programmesQuery } from '../api';
import { resourceMessages } from '../resource-messages';
import { type AddDialogProps, type Busy, blank, ProgrammeOptions, useAddResource } from './AddResourceForm';
import { AddressFields } from './AddressFields';
import { CodeOptions } from './ChoiceFields';
import { FormProblems } from './FormProblems';

const EMPLOYER = 'employer-new';
type EmployerValues = {
  programmeCode: string;
  name: string;
  industryCode: string;
  address: string;
  schoolDistrictCode: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  registeredOn: string;
  note: string;
};
const employerResolver = sharedResolver<EmployerValues, EmployerInput>(
  employerInputSchema,
  (values, errors) => {
    unchosen(values, errors, 'industryCode', CHOOSE_ONE);
    unchosen(values, errors, 'programmeCode', CHOOSE_ONE);
  },
  (v) => ({ ...v, schoolDistrictCode: blank(v.schoolDistrictCode), withdrawnOn: null }),
);

/** 企業登録: an employer joins a programme; the page then goes to the employer to add its openings. */
export function EmployerDialog(props: AddDialogProps & { onCreated: (id: string) => void }) {
  const t = useT(resourceMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={t('employerNewTitle')}
      formId={EMPLOYER}
      submitLabel={t('employerNewSubmit')}
    >
      {(onBusy) => <EmployerForm {...props} onBusy={onBusy} />}
    </FormDialog>
  );
}

function EmployerForm({
  onClose,
  onCreated,
  onBusy,
}: AddDialogProps & Busy & { onCreated: (id: string) => void }) {
  const t = useT(resourceMessages);
  const programmes = useQuery(programmesQuery).data?.items ?? [];
  const form = useForm<EmployerValues, unknown, EmployerInput>({
    resolver: employerResolver,
    shouldFocusError: false,
    defaultValues: {
      programmeCode: (programmes.find((p) => p.matching) ?? programmes[0])?.code ?? '',
      name: '',
      industryCode: '',
      address: '',
      schoolDistrictCode: '',
      contactName: '',
      contactPhone: '',
      contactEmail: '',
      registeredOn: todayIso(),
      note: '',
    },
  });
  const registeredOn = useWatch({ control: form.control, name: 'registeredOn' });
  const { failure, box, msg, save } = useAddResource({ onClose, onBusy }, form.setError);
  const { errors, submitCount } = form.formState;
  const id = (path: string) => fieldId(EMPLOYER, path);
  async function submit(input: EmployerInput) {
    const created = await save(
      () => createEmployer(input),
      (employer) => t('employerCreated', { name: employer.name }),
    );
    if (created) onCreated(created.id);
  }
  return (
    <form
      id={EMPLOYER}
      noValidate
      onSubmit={form.handleSubmit(submit)}
      className="flex min-w-0 flex-col gap-6"
    >
      <p className="text-std-16N-170 text-solid-gray-800">{t('employerNewLead')}</p>
      <FormProblems
        formId={EMPLOYER}
        errors={errors}
        submitCount={submitCount}
        labels={{
          programmeCode: t('programme'),
          name: t('employerName'),
          industryCode: t('industry'),
          address: t('address'),
          schoolDistrictCode: t('schoolDistrict'),
          contactName: t('contactName'),
          contactPhone: t('contactPhone'),
          contactEmail: t('contactEmail'),
          registeredOn: t('registeredOn'),
          note: t('note'),
        }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <Select
        id={id('programmeCode')}
        label={t('programme')}
        required
        error={msg(errors.programmeCode?.message)}
        {...form.register('programmeCode')}
      >
        <ProgrammeOptions />
      </Select>
      <TextField
        id={id('name')}
        label={t('employerName')}
        required
        maxLength={200}
        autoComplete="off"
        error={msg(errors.name?.message)}
        {...form.register('name')}
      />
      <Select
        id={id('industryCode')}
        label={t('industry')}
        required
        error={msg(errors.industryCode?.message)}
        {...form.register('industryCode')}
      >
        <option value="">{t('choose')}</option>
        <CodeOptions list="industry" />
      </Select>
      <AddressFields
        id={id}
        addressLabel={t('address')}
        address={form.register('address')}
        district={form.register('schoolDistrictCode')}
        addressError={msg(errors.address?.message)}
        districtError={msg(errors.schoolDistrictCode?.message)}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={id('contactName')}
          label={t('contactName')}
          maxLength={100}
          autoComplete="off"
          error={msg(errors.contactName?.message)}
          {...form.register('contactName')}
        />
        <TextField
          id={id('contactPhone')}
          label={t('contactPhone')}
          type="tel"
          maxLength={30}
          autoComplete="off"
          error={msg(errors.contactPhone?.message)}
          {...form.register('contactPhone')}
        />
      </div>
      <TextField
        id={id('contactEmail')}
        label={t('contactEmail')}
        type="email"
        maxLength={254}
        autoComplete="off"
        error={msg(errors.contactEmail?.message)}
        {...form.register('contactEmail')}
      />
      <WarekiDateField
        id={id('registeredOn')}
        label={t('registeredOn')}
        required
        registration={form.register('registeredOn')}
        value={registeredOn}
        error={msg(errors.registeredOn?.message)}
      />
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
