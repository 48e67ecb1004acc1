import { useQuery } from '@tanstack/react-query';
import { type DispatchRequest, scheduleInputSchema } from '@tsunagu/contracts/community';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { FormFailure } from '../../../components/FormFailure';
import { Select } from '../../../components/Select';
import { fieldId } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { FormDialog } from '../../households/components/FormDialog';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import { FormProblems } from '../../participation/components/FormProblems';
import { CHOOSE_ONE, sharedResolver, unchosen } from '../../referrals/form-values';
import { useCodeLabel } from '../../settings/api';
import { advisorListQuery, scheduleDispatch } from '../support-api';
import { dispatchMessages } from '../support-dispatch-messages';
import { type Busy, type SupportDialogProps, useSupportSave } from '../support-form';

const FORM = 'dispatch-schedule';
type ScheduleInput = z.infer<typeof scheduleInputSchema>;
type ScheduleValues = { advisorId: string; sessionOn: string; version: number };
const resolver = sharedResolver<ScheduleValues, ScheduleInput>(scheduleInputSchema, (values, errors) =>
  unchosen(values, errors, 'advisorId', CHOOSE_ONE),
);

type Props = SupportDialogProps & { request: DispatchRequest };

/** 派遣を調整する: the advisor (those of the request's field first) and the date of the session. */
export function DispatchScheduleDialog(props: Props) {
  const t = useT(dispatchMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={t('scheduleTitle', { name: props.request.groupName })}
      formId={FORM}
      submitLabel={t('scheduleSubmit')}
    >
      {(onBusy) => <ScheduleForm {...props} onBusy={onBusy} />}
    </FormDialog>
  );
}

function ScheduleForm({ request, onClose, onBusy }: Props & Busy) {
  const t = useT(dispatchMessages);
  const codeLabel = useCodeLabel();
  const advisors = (useQuery(advisorListQuery).data?.items ?? []).filter(
    (a) => a.active || a.id === request.advisorId,
  );
  const ofField = advisors.filter((a) => a.fieldCode === request.fieldCode);
  const others = advisors.filter((a) => a.fieldCode !== request.fieldCode);
  const field = codeLabel('advisor_field', request.fieldCode);
  const form = useForm<ScheduleValues, unknown, ScheduleInput>({
    resolver,
    shouldFocusError: false,
    defaultValues: {
      advisorId: request.advisorId ?? '',
      sessionOn: request.sessionOn ?? '',
      version: request.version,
    },
  });
  const sessionOn = useWatch({ control: form.control, name: 'sessionOn' });
  const { failure, box, msg, save } = useSupportSave({ onClose, onBusy }, form.setError);
  const { errors, submitCount } = form.formState;
  async function submit(input: ScheduleInput) {
    await save(
      () => scheduleDispatch(request.id, input),
      () => t('scheduled'),
    );
  }
  return (
    <form id={FORM} noValidate onSubmit={form.handleSubmit(submit)} className="flex min-w-0 flex-col gap-6">
      <p className="text-std-16N-170 text-solid-gray-800">{t('scheduleLead', { field })}</p>
      <FormProblems
        formId={FORM}
        errors={errors}
        submitCount={submitCount}
        labels={{ advisorId: t('advisor'), sessionOn: t('sessionOn') }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <Select
        id={fieldId(FORM, 'advisorId')}
        label={t('advisor')}
        required
        error={msg(errors.advisorId?.message)}
        {...form.register('advisorId')}
      >
        <option value="">{t('choose')}</option>
        {ofField.length > 0 ? (
          <optgroup label={t('advisorsOfField', { field })}>
            {ofField.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </optgroup>
        ) : null}
        {others.length > 0 ? (
          <optgroup label={t('advisorsOther')}>
            {others.map((a) => (
              <option key={a.id} value={a.id}>
                {`${a.name}（${codeLabel('advisor_field', a.fieldCode)}）`}
              </option>
            ))}
          </optgroup>
        ) : null}
      </Select>
      <WarekiDateField
        id={fieldId(FORM, 'sessionOn')}
        label={t('sessionOn')}
        required
        min={request.receivedOn}
        registration={form.register('sessionOn')}
        value={sessionOn}
        error={msg(errors.sessionOn?.message)}
      />
    </form>
  );
}
