import {
  FAIR_KIND_LABELS,
  FAIR_KINDS,
  type FairInput,
  type FairKind,
  fairInputSchema,
} from '@tsunagu/contracts/participation';
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
import { createFair } from '../api';
import { resourceMessages } from '../resource-messages';
import {
  type AddDialogProps,
  type Busy,
  blank,
  count,
  ProgrammeOptions,
  useAddResource,
} from './AddResourceForm';
import { LabelledOptions } from './ChoiceFields';
import { FormProblems } from './FormProblems';

const FAIR = 'fair-new';
type FairValues = {
  kind: FairKind | '';
  name: string;
  heldOn: string;
  venue: string;
  coHost: string;
  programmeCode: string;
  employers: string;
  participants: string;
  hires: string;
  note: string;
};
const fairResolver = sharedResolver<FairValues, FairInput>(
  fairInputSchema,
  (values, errors) => unchosen(values, errors, 'kind', CHOOSE_ONE),
  (v) => ({
    ...v,
    kind: v.kind || undefined,
    programmeCode: blank(v.programmeCode),
    employers: count(v.employers),
    participants: count(v.participants) ?? undefined,
    hires: count(v.hires),
  }),
);

/** 面接会・フェアを記録: a fair with its participants and hires, as the organisers report them. */
export function FairDialog(props: AddDialogProps) {
  const t = useT(resourceMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={t('fairNewTitle')}
      formId={FAIR}
      submitLabel={t('fairNewSubmit')}
    >
      {(onBusy) => <FairForm {...props} onBusy={onBusy} />}
    </FormDialog>
  );
}

function FairForm({ onClose, onBusy }: AddDialogProps & Busy) {
  const t = useT(resourceMessages);
  const form = useForm<FairValues, unknown, FairInput>({
    resolver: fairResolver,
    shouldFocusError: false,
    defaultValues: {
      kind: '',
      name: '',
      heldOn: todayIso(),
      venue: '',
      coHost: '',
      programmeCode: '',
      employers: '',
      participants: '',
      hires: '',
      note: '',
    },
  });
  const heldOn = useWatch({ control: form.control, name: 'heldOn' });
  const { failure, box, msg, save } = useAddResource({ onClose, onBusy }, form.setError);
  const { errors, submitCount } = form.formState;
  const id = (path: string) => fieldId(FAIR, path);
  async function submit(input: FairInput) {
    await save(
      () => createFair(input),
      (created) => t('fairCreated', { name: created.name }),
    );
  }
  return (
    <form id={FAIR} noValidate onSubmit={form.handleSubmit(submit)} className="flex min-w-0 flex-col gap-6">
      <p className="text-std-16N-170 text-solid-gray-800">{t('fairNewLead')}</p>
      <FormProblems
        formId={FAIR}
        errors={errors}
        submitCount={submitCount}
        labels={{
          kind: t('fairKind'),
          name: t('fairName'),
          heldOn: t('heldOn'),
          venue: t('venue'),
          coHost: t('coHost'),
          programmeCode: t('programme'),
          employers: t('fairEmployers'),
          participants: t('fairParticipants'),
          hires: t('fairHires'),
          note: t('note'),
        }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <Select
        id={id('kind')}
        label={t('fairKind')}
        required
        error={msg(errors.kind?.message)}
        {...form.register('kind')}
      >
        <option value="">{t('choose')}</option>
        <LabelledOptions codes={FAIR_KINDS} labels={FAIR_KIND_LABELS} />
      </Select>
      <TextField
        id={id('name')}
        label={t('fairName')}
        required
        maxLength={200}
        autoComplete="off"
        error={msg(errors.name?.message)}
        {...form.register('name')}
      />
      <WarekiDateField
        id={id('heldOn')}
        label={t('heldOn')}
        required
        registration={form.register('heldOn')}
        value={heldOn}
        error={msg(errors.heldOn?.message)}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={id('venue')}
          label={t('venue')}
          maxLength={200}
          autoComplete="off"
          error={msg(errors.venue?.message)}
          {...form.register('venue')}
        />
        <TextField
          id={id('coHost')}
          label={t('coHost')}
          maxLength={200}
          autoComplete="off"
          error={msg(errors.coHost?.message)}
          {...form.register('coHost')}
        />
      </div>
      <Select
        id={id('programmeCode')}
        label={t('programme')}
        hint={t('fairProgrammeHint')}
        error={msg(errors.programmeCode?.message)}
        {...form.register('programmeCode')}
      >
        <ProgrammeOptions empty={t('noProgramme')} />
      </Select>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          id={id('employers')}
          label={t('fairEmployers')}
          inputMode="numeric"
          autoComplete="off"
          error={msg(errors.employers?.message)}
          {...form.register('employers')}
        />
        <TextField
          id={id('participants')}
          label={t('fairParticipants')}
          required
          inputMode="numeric"
          autoComplete="off"
          error={msg(errors.participants?.message)}
          {...form.register('participants')}
        />
        <TextField
          id={id('hires')}
          label={t('fairHires')}
          hint={t('fairHiresHint')}
          inputMode="numeric"
          autoComplete="off"
          error={msg(errors.hires?.message)}
          {...form.register('hires')}
        />
      </div>
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
