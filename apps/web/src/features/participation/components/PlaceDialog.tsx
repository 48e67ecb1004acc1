import {
  PLACE_KIND_LABELS,
  PLACE_KINDS,
  type PlaceInput,
  type PlaceKind,
  placeInputSchema,
} from '@tsunagu/contracts/participation';
import { useForm } from 'react-hook-form';
import { FormFailure } from '../../../components/FormFailure';
import { Select } from '../../../components/Select';
import { TextField } from '../../../components/TextField';
import { fieldId } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { FormDialog } from '../../households/components/FormDialog';
import { asArray, CHOOSE_ONE, sharedResolver, unchosen } from '../../referrals/form-values';
import { createPlace } from '../api';
import { resourceMessages } from '../resource-messages';
import { type AddDialogProps, type Busy, blank, count, useAddResource } from './AddResourceForm';
import { AddressFields } from './AddressFields';
import { CodeCheckboxes, LabelledOptions, WeekdayCheckboxes } from './ChoiceFields';
import { FormProblems } from './FormProblems';

const PLACE = 'place-new';
type PlaceValues = {
  name: string;
  kind: PlaceKind | '';
  host: string;
  address: string;
  schoolDistrictCode: string;
  days: string[];
  timeNote: string;
  accessibility: string[];
  interests: string[];
  capacity: string;
  feeNote: string;
  contact: string;
};
const placeResolver = sharedResolver<PlaceValues, PlaceInput>(
  placeInputSchema,
  (values, errors) => unchosen(values, errors, 'kind', CHOOSE_ONE),
  (v) => ({
    ...v,
    kind: v.kind || undefined,
    days: asArray(v.days),
    accessibility: asArray(v.accessibility),
    interests: asArray(v.interests),
    capacity: count(v.capacity),
    schoolDistrictCode: blank(v.schoolDistrictCode),
    active: true,
  }),
);

/** 通いの場を登録: a salon, exercise group, drop-in place or volunteering, with its days and what it offers. */
export function PlaceDialog(props: AddDialogProps) {
  const t = useT(resourceMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={t('placeNewTitle')}
      formId={PLACE}
      submitLabel={t('placeNewSubmit')}
    >
      {(onBusy) => <PlaceForm {...props} onBusy={onBusy} />}
    </FormDialog>
  );
}

function PlaceForm({ onClose, onBusy }: AddDialogProps & Busy) {
  const t = useT(resourceMessages);
  const form = useForm<PlaceValues, unknown, PlaceInput>({
    resolver: placeResolver,
    shouldFocusError: false,
    defaultValues: {
      name: '',
      kind: '',
      host: '',
      address: '',
      schoolDistrictCode: '',
      days: [],
      timeNote: '',
      accessibility: [],
      interests: [],
      capacity: '',
      feeNote: '',
      contact: '',
    },
  });
  const { failure, box, msg, save } = useAddResource({ onClose, onBusy }, form.setError);
  const { errors, submitCount } = form.formState;
  const id = (path: string) => fieldId(PLACE, path);
  async function submit(input: PlaceInput) {
    await save(
      () => createPlace(input),
      (created) => t('placeCreated', { name: created.name }),
    );
  }
  return (
    <form id={PLACE} noValidate onSubmit={form.handleSubmit(submit)} className="flex min-w-0 flex-col gap-6">
      <p className="text-std-16N-170 text-solid-gray-800">{t('placeNewLead')}</p>
      <FormProblems
        formId={PLACE}
        errors={errors}
        submitCount={submitCount}
        labels={{
          name: t('placeName'),
          kind: t('placeKind'),
          host: t('host'),
          address: t('address'),
          schoolDistrictCode: t('schoolDistrict'),
          days: t('placeDays'),
          timeNote: t('timeNote'),
          accessibility: t('accessibility'),
          interests: t('placeInterests'),
          capacity: t('capacity'),
          feeNote: t('feeNote'),
          contact: t('contact'),
        }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <TextField
        id={id('name')}
        label={t('placeName')}
        required
        maxLength={200}
        autoComplete="off"
        error={msg(errors.name?.message)}
        {...form.register('name')}
      />
      <Select
        id={id('kind')}
        label={t('placeKind')}
        required
        error={msg(errors.kind?.message)}
        {...form.register('kind')}
      >
        <option value="">{t('choose')}</option>
        <LabelledOptions codes={PLACE_KINDS} labels={PLACE_KIND_LABELS} />
      </Select>
      <TextField
        id={id('host')}
        label={t('host')}
        hint={t('hostHint')}
        maxLength={200}
        autoComplete="off"
        error={msg(errors.host?.message)}
        {...form.register('host')}
      />
      <AddressFields
        id={id}
        addressLabel={t('address')}
        address={form.register('address')}
        district={form.register('schoolDistrictCode')}
        addressError={msg(errors.address?.message)}
        districtError={msg(errors.schoolDistrictCode?.message)}
      />
      <WeekdayCheckboxes
        id={id('days')}
        legend={t('placeDays')}
        error={msg(errors.days?.message)}
        registration={form.register('days')}
      />
      <TextField
        id={id('timeNote')}
        label={t('timeNote')}
        hint={t('placeTimeHint')}
        maxLength={200}
        autoComplete="off"
        error={msg(errors.timeNote?.message)}
        {...form.register('timeNote')}
      />
      <CodeCheckboxes
        id={id('interests')}
        list="interest"
        legend={t('placeInterests')}
        error={msg(errors.interests?.message)}
        registration={form.register('interests')}
      />
      <CodeCheckboxes
        id={id('accessibility')}
        list="accessibility"
        legend={t('accessibility')}
        error={msg(errors.accessibility?.message)}
        registration={form.register('accessibility')}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={id('capacity')}
          label={t('capacity')}
          inputMode="numeric"
          autoComplete="off"
          error={msg(errors.capacity?.message)}
          {...form.register('capacity')}
        />
        <TextField
          id={id('feeNote')}
          label={t('feeNote')}
          maxLength={200}
          autoComplete="off"
          error={msg(errors.feeNote?.message)}
          {...form.register('feeNote')}
        />
      </div>
      <TextField
        id={id('contact')}
        label={t('contact')}
        maxLength={200}
        autoComplete="off"
        error={msg(errors.contact?.message)}
        {...form.register('contact')}
      />
    </form>
  );
}
