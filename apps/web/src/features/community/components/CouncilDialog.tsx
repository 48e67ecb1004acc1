import { type Council, type CouncilInput, councilInputSchema } from '@tsunagu/contracts/community';
import { fiscalYearLabel } from '@tsunagu/japan';
import { useEffect } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Checkbox, Fieldset } from '../../../components/Checkbox';
import { FormFailure } from '../../../components/FormFailure';
import { TextArea, TextField } from '../../../components/TextField';
import { fieldId } from '../../../lib/form';
import { useI18n, useT } from '../../../lib/i18n';
import { FormDialog } from '../../households/components/FormDialog';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import { CodeCheckboxes, useCodeNames } from '../../participation/components/ChoiceFields';
import { FormProblems } from '../../participation/components/FormProblems';
import { asArray, sharedResolver } from '../../referrals/form-values';
import { saveCouncil } from '../api';
import { councilMessages } from '../council-messages';
import { type Busy, blank, countOf, type RecordDialogProps, useCommunitySave } from './CommunitySave';

const COUNCIL = 'council';
type CouncilValues = {
  established: boolean;
  establishedOn: string;
  active: boolean;
  activities: string[];
  promoterName: string;
  meetings: string;
  note: string;
  version: number | null;
};
const councilResolver = sharedResolver<CouncilValues, CouncilInput>(
  councilInputSchema,
  () => {},
  (v) => ({
    ...v,
    establishedOn: blank(v.establishedOn),
    activities: asArray(v.activities),
    meetings: countOf(v.meetings),
  }),
);

const valuesOf = (c: Council): CouncilValues => ({
  established: c.established,
  establishedOn: c.establishedOn ?? '',
  active: c.active,
  activities: c.activities,
  promoterName: c.promoterName,
  meetings: c.meetings === null ? '' : String(c.meetings),
  note: c.note,
  version: c.version,
});

/** 支え合い推進会議を記録: one district's council in one 年度 (first record, or an edit with its version). */
export function CouncilDialog({ council, ...props }: RecordDialogProps & { council: Council | null }) {
  const t = useT(councilMessages);
  const { locale } = useI18n();
  const names = useCodeNames();
  return (
    <FormDialog
      open={props.open && council !== null}
      onClose={props.onClose}
      title={
        council
          ? t('dialogTitle', {
              district: names('school_district', [council.schoolDistrictCode]),
              year: fiscalYearLabel(council.fiscalYear, { locale }),
            })
          : ''
      }
      formId={COUNCIL}
      submitLabel={t('submit')}
    >
      {(onBusy) => (council ? <CouncilForm {...props} council={council} onBusy={onBusy} /> : null)}
    </FormDialog>
  );
}

function CouncilForm({ council, onClose, onBusy }: RecordDialogProps & Busy & { council: Council }) {
  const t = useT(councilMessages);
  const { locale } = useI18n();
  const names = useCodeNames();
  const form = useForm<CouncilValues, unknown, CouncilInput>({
    resolver: councilResolver,
    shouldFocusError: false,
    defaultValues: valuesOf(council),
  });
  const { failure, box, msg, save } = useCommunitySave({ onClose, onBusy }, form.setError);
  // After a 409 the list is read again: show the latest version in the form.
  const { reset } = form;
  useEffect(() => {
    reset(valuesOf(council), { keepErrors: true, keepSubmitCount: true });
  }, [council, reset]);
  const establishedOn = useWatch({ control: form.control, name: 'establishedOn' });
  const { errors, submitCount } = form.formState;
  const id = (path: string) => fieldId(COUNCIL, path);
  const year = fiscalYearLabel(council.fiscalYear, { locale });
  async function submit(input: CouncilInput) {
    await save(
      () => saveCouncil(council.schoolDistrictCode, council.fiscalYear, input),
      () => t('saved', { district: names('school_district', [council.schoolDistrictCode]), year }),
    );
  }
  return (
    <form
      id={COUNCIL}
      noValidate
      onSubmit={form.handleSubmit(submit)}
      className="flex min-w-0 flex-col gap-6"
    >
      <p className="text-std-16N-170 text-solid-gray-800">
        {t('dialogLead', {
          welfare: council.welfareDistrictCode
            ? names('welfare_district', [council.welfareDistrictCode])
            : '—',
          district: names('school_district', [council.schoolDistrictCode]),
          year,
        })}
        {council.id === null ? ` ${t('dialogFirst')}` : null}
      </p>
      <FormProblems
        formId={COUNCIL}
        errors={errors}
        submitCount={submitCount}
        labels={{
          established: t('fieldEstablished'),
          establishedOn: t('fieldEstablishedOn'),
          active: t('fieldActive'),
          activities: t('fieldActivities'),
          promoterName: t('fieldPromoter'),
          meetings: t('fieldMeetings'),
          note: t('fieldNote'),
        }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <Fieldset id={id('status')} legend={t('fieldStatus')} error={msg(errors.active?.message)} nested>
        <div className="flex flex-col gap-3">
          <Checkbox id={id('established')} label={t('fieldEstablished')} {...form.register('established')} />
          <Checkbox
            id={id('active')}
            label={t('fieldActive')}
            hint={t('fieldActiveHint')}
            aria-invalid={errors.active ? true : undefined}
            {...form.register('active')}
          />
        </div>
      </Fieldset>
      <WarekiDateField
        id={id('establishedOn')}
        label={t('fieldEstablishedOn')}
        hint={t('fieldEstablishedOnHint')}
        error={msg(errors.establishedOn?.message)}
        registration={form.register('establishedOn')}
        value={establishedOn}
      />
      <CodeCheckboxes
        id={id('activities')}
        list="council_activity"
        legend={t('fieldActivities')}
        hint={t('fieldActivitiesHint')}
        error={msg(errors.activities?.message)}
        registration={form.register('activities')}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={id('promoterName')}
          label={t('fieldPromoter')}
          hint={t('fieldPromoterHint')}
          maxLength={100}
          autoComplete="off"
          error={msg(errors.promoterName?.message)}
          {...form.register('promoterName')}
        />
        <TextField
          id={id('meetings')}
          label={t('fieldMeetings')}
          inputMode="numeric"
          autoComplete="off"
          error={msg(errors.meetings?.message)}
          {...form.register('meetings')}
        />
      </div>
      <TextArea
        id={id('note')}
        label={t('fieldNote')}
        rows={3}
        maxLength={1000}
        error={msg(errors.note?.message)}
        {...form.register('note')}
      />
    </form>
  );
}
