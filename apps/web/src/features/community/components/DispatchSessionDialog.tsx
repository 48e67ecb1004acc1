import {
  type DispatchRequest,
  SESSION_FORMAT_LABELS,
  SESSION_FORMATS,
  type SessionInput,
  sessionInputSchema,
} from '@tsunagu/contracts/community';
import { useForm, useWatch } from 'react-hook-form';
import { FormFailure } from '../../../components/FormFailure';
import { Select } from '../../../components/Select';
import { TextArea, TextField } from '../../../components/TextField';
import { fieldId } from '../../../lib/form';
import { todayIso } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { FormDialog } from '../../households/components/FormDialog';
import { formatDay } from '../../households/people';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import { LabelledOptions } from '../../participation/components/ChoiceFields';
import { FormProblems } from '../../participation/components/FormProblems';
import { CHOOSE_ONE, sharedResolver, unchosen } from '../../referrals/form-values';
import { recordSession } from '../support-api';
import { dispatchMessages } from '../support-dispatch-messages';
import { type Busy, numberOf, type SupportDialogProps, useSupportSave } from '../support-form';

const FORM = 'dispatch-session';
type SessionValues = {
  sessionOn: string;
  sessionHours: string;
  sessionFormat: string;
  sessionParticipants: string;
  sessionNote: string;
  version: number;
};
const resolver = sharedResolver<SessionValues, SessionInput>(
  sessionInputSchema,
  (values, errors) => unchosen(values, errors, 'sessionFormat', CHOOSE_ONE),
  (v) => ({
    ...v,
    sessionHours: numberOf(v.sessionHours),
    sessionParticipants: numberOf(v.sessionParticipants),
  }),
);

type Props = SupportDialogProps & { request: DispatchRequest };

/** 実施を記録する: the date, the hours (about 2), the format, how many took part and a note. */
export function DispatchSessionDialog(props: Props) {
  const t = useT(dispatchMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={t('sessionTitle', { name: props.request.groupName })}
      formId={FORM}
      submitLabel={t('sessionSubmit')}
    >
      {(onBusy) => <SessionForm {...props} onBusy={onBusy} />}
    </FormDialog>
  );
}

function SessionForm({ request, onClose, onBusy }: Props & Busy) {
  const t = useT(dispatchMessages);
  const { locale } = useI18n();
  const form = useForm<SessionValues, unknown, SessionInput>({
    resolver,
    shouldFocusError: false,
    defaultValues: {
      sessionOn: request.sessionOn ?? todayIso(),
      sessionHours: '2',
      sessionFormat: '',
      sessionParticipants: '',
      sessionNote: '',
      version: request.version,
    },
  });
  const sessionOn = useWatch({ control: form.control, name: 'sessionOn' });
  const { failure, box, msg, save } = useSupportSave({ onClose, onBusy }, form.setError);
  const { errors, submitCount } = form.formState;
  async function submit(input: SessionInput) {
    await save(
      () => recordSession(request.id, input),
      (r) => t('sessionRecorded', { date: r.followUpUntil ? formatDay(r.followUpUntil, locale) : '—' }),
    );
  }
  const id = (path: string) => fieldId(FORM, path);
  return (
    <form id={FORM} noValidate onSubmit={form.handleSubmit(submit)} className="flex min-w-0 flex-col gap-6">
      <p className="text-std-16N-170 text-solid-gray-800">{t('sessionLead')}</p>
      <FormProblems
        formId={FORM}
        errors={errors}
        submitCount={submitCount}
        labels={{
          sessionOn: t('sessionOn'),
          sessionHours: t('sessionHours'),
          sessionFormat: t('sessionFormat'),
          sessionParticipants: t('sessionParticipants'),
          sessionNote: t('sessionNote'),
        }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <WarekiDateField
        id={id('sessionOn')}
        label={t('sessionOn')}
        required
        min={request.receivedOn}
        max={todayIso()}
        registration={form.register('sessionOn')}
        value={sessionOn}
        error={msg(errors.sessionOn?.message)}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={id('sessionHours')}
          label={t('sessionHours')}
          hint={t('sessionHoursHint')}
          required
          type="number"
          inputMode="decimal"
          step={0.5}
          min={0.5}
          max={8}
          error={msg(errors.sessionHours?.message)}
          {...form.register('sessionHours')}
        />
        <TextField
          id={id('sessionParticipants')}
          label={t('sessionParticipants')}
          required
          type="number"
          inputMode="numeric"
          min={0}
          max={9999}
          error={msg(errors.sessionParticipants?.message)}
          {...form.register('sessionParticipants')}
        />
      </div>
      <Select
        id={id('sessionFormat')}
        label={t('sessionFormat')}
        required
        error={msg(errors.sessionFormat?.message)}
        {...form.register('sessionFormat')}
      >
        <option value="">{t('choose')}</option>
        <LabelledOptions codes={SESSION_FORMATS} labels={SESSION_FORMAT_LABELS} />
      </Select>
      <TextArea
        id={id('sessionNote')}
        label={t('sessionNote')}
        rows={3}
        maxLength={2000}
        error={msg(errors.sessionNote?.message)}
        {...form.register('sessionNote')}
      />
    </form>
  );
}
