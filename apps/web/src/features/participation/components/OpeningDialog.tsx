import { type OpeningInput, openingInputSchema } from '@tsunagu/contracts/participation';
import { useForm } from 'react-hook-form';
import { FormFailure } from '../../../components/FormFailure';
import { TextArea, TextField } from '../../../components/TextField';
import { fieldId } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { FormDialog } from '../../households/components/FormDialog';
import { asArray, sharedResolver } from '../../referrals/form-values';
import { createOpening } from '../api';
import { resourceMessages } from '../resource-messages';
import { type AddDialogProps, type Busy, blank, count, useAddResource } from './AddResourceForm';
import { AddressFields } from './AddressFields';
import { CodeCheckboxes, WeekdayCheckboxes } from './ChoiceFields';
import { FormProblems } from './FormProblems';

const OPENING = 'opening-new';
type OpeningValues = {
  title: string;
  tasks: string[];
  demands: string[];
  carvingNote: string;
  hoursPerWeek: string;
  days: string[];
  timeNote: string;
  wageNote: string;
  conditionsNote: string;
  address: string;
  schoolDistrictCode: string;
  positions: string;
};
const openingResolver = sharedResolver<OpeningValues, OpeningInput>(
  openingInputSchema,
  () => {},
  (v) => ({
    ...v,
    tasks: asArray(v.tasks),
    demands: asArray(v.demands),
    days: asArray(v.days),
    hoursPerWeek: count(v.hoursPerWeek) ?? undefined,
    positions: count(v.positions) ?? undefined,
    schoolDistrictCode: blank(v.schoolDistrictCode),
    open: true,
  }),
);

/** 求人を追加: the carved tasks (業務の切り分け), what the work asks of a person, hours, days and place. */
export function OpeningDialog(
  props: AddDialogProps & {
    employerId: string;
    employerName: string;
    address: string;
    schoolDistrictCode: string | null;
  },
) {
  const t = useT(resourceMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={t('openingNewTitle', { name: props.employerName })}
      formId={OPENING}
      submitLabel={t('openingNewSubmit')}
    >
      {(onBusy) => <OpeningForm {...props} onBusy={onBusy} />}
    </FormDialog>
  );
}

function OpeningForm({
  employerId,
  address,
  schoolDistrictCode,
  onClose,
  onBusy,
}: AddDialogProps & Busy & { employerId: string; address: string; schoolDistrictCode: string | null }) {
  const t = useT(resourceMessages);
  const form = useForm<OpeningValues, unknown, OpeningInput>({
    resolver: openingResolver,
    shouldFocusError: false,
    defaultValues: {
      title: '',
      tasks: [],
      demands: [],
      carvingNote: '',
      hoursPerWeek: '',
      days: [],
      timeNote: '',
      wageNote: '',
      conditionsNote: '',
      address,
      schoolDistrictCode: schoolDistrictCode ?? '',
      positions: '1',
    },
  });
  const { failure, box, msg, save } = useAddResource({ onClose, onBusy }, form.setError);
  const { errors, submitCount } = form.formState;
  const id = (path: string) => fieldId(OPENING, path);
  async function submit(input: OpeningInput) {
    await save(
      () => createOpening(employerId, input),
      (created) => t('openingCreated', { title: created.title }),
    );
  }
  return (
    <form
      id={OPENING}
      noValidate
      onSubmit={form.handleSubmit(submit)}
      className="flex min-w-0 flex-col gap-6"
    >
      <p className="text-std-16N-170 text-solid-gray-800">{t('openingNewLead')}</p>
      <FormProblems
        formId={OPENING}
        errors={errors}
        submitCount={submitCount}
        labels={{
          title: t('openingTitle'),
          tasks: t('tasks'),
          demands: t('demands'),
          carvingNote: t('carvingNote'),
          hoursPerWeek: t('hoursPerWeek'),
          days: t('days'),
          timeNote: t('timeNote'),
          wageNote: t('wageNote'),
          conditionsNote: t('conditionsNote'),
          address: t('workAddress'),
          schoolDistrictCode: t('schoolDistrict'),
          positions: t('positions'),
        }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <TextField
        id={id('title')}
        label={t('openingTitle')}
        hint={t('openingTitleHint')}
        required
        maxLength={200}
        autoComplete="off"
        error={msg(errors.title?.message)}
        {...form.register('title')}
      />
      <CodeCheckboxes
        id={id('tasks')}
        list="job_task"
        legend={t('tasks')}
        hint={t('tasksHint')}
        required
        error={msg(errors.tasks?.message)}
        registration={form.register('tasks')}
      />
      <TextArea
        id={id('carvingNote')}
        label={t('carvingNote')}
        hint={t('carvingNoteHint')}
        rows={3}
        maxLength={2000}
        error={msg(errors.carvingNote?.message)}
        {...form.register('carvingNote')}
      />
      <CodeCheckboxes
        id={id('demands')}
        list="work_demand"
        legend={t('demands')}
        hint={t('demandsHint')}
        error={msg(errors.demands?.message)}
        registration={form.register('demands')}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={id('hoursPerWeek')}
          label={t('hoursPerWeek')}
          hint={t('hoursPerWeekHint')}
          required
          inputMode="numeric"
          autoComplete="off"
          error={msg(errors.hoursPerWeek?.message)}
          {...form.register('hoursPerWeek')}
        />
        <TextField
          id={id('positions')}
          label={t('positions')}
          required
          inputMode="numeric"
          autoComplete="off"
          error={msg(errors.positions?.message)}
          {...form.register('positions')}
        />
      </div>
      <WeekdayCheckboxes
        id={id('days')}
        legend={t('days')}
        error={msg(errors.days?.message)}
        registration={form.register('days')}
      />
      <TextField
        id={id('timeNote')}
        label={t('timeNote')}
        hint={t('timeNoteHint')}
        maxLength={200}
        autoComplete="off"
        error={msg(errors.timeNote?.message)}
        {...form.register('timeNote')}
      />
      <TextField
        id={id('wageNote')}
        label={t('wageNote')}
        maxLength={200}
        autoComplete="off"
        error={msg(errors.wageNote?.message)}
        {...form.register('wageNote')}
      />
      <TextArea
        id={id('conditionsNote')}
        label={t('conditionsNote')}
        rows={2}
        maxLength={1000}
        error={msg(errors.conditionsNote?.message)}
        {...form.register('conditionsNote')}
      />
      <AddressFields
        id={id}
        addressLabel={t('workAddress')}
        address={form.register('address')}
        district={form.register('schoolDistrictCode')}
        addressError={msg(errors.address?.message)}
        districtError={msg(errors.schoolDistrictCode?.message)}
      />
    </form>
  );
}
