import { useQuery } from '@tanstack/react-query';
import {
  type Participant,
  type ParticipantAssign,
  type ParticipantClose,
  participantAssignSchema,
  participantCloseSchema,
} from '@tsunagu/contracts/participation';
import { useEffect } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { FormFailure, useFormRun } from '../../../components/FormFailure';
import { RadioGroup } from '../../../components/Radio';
import { Select } from '../../../components/Select';
import { TextArea, TextField } from '../../../components/TextField';
import { fieldId } from '../../../lib/form';
import { todayIso } from '../../../lib/format';
import { localizeBilingual, useI18n, useLabel, useT } from '../../../lib/i18n';
import { useMe } from '../../auth/api';
import { FormDialog } from '../../households/components/FormDialog';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import { placeServerIssues, sharedResolver } from '../../referrals/form-values';
import { assignParticipant, closeParticipant, programmesQuery } from '../api';
import { BARRIER_SHORT_LABELS } from '../labels';
import { participantMessages } from '../participant-messages';
import { useParticipantUpdate } from '../use-participant-update';
import { FormProblems } from './FormProblems';

/** Props of the participant page's dialogs. */
export interface ParticipantDialogProps {
  participant: Participant;
  open: boolean;
  onClose: () => void;
}

type Busy = { onBusy: (busy: boolean) => void };

const ASSIGN = 'participant-assign';
const NONE = 'none';
type AssignValues = {
  version: number;
  allocatedAgencyId: string;
  assignedUserId: string;
  allocationNote: string;
};
const assignResolver = sharedResolver<AssignValues, ParticipantAssign>(
  participantAssignSchema,
  () => {},
  (v) => ({ ...v, assignedUserId: v.assignedUserId === NONE ? null : v.assignedUserId }),
);

/** 振分け・担当: another agency of the programme, and the staff member who carries the person. */
export function AssignDialog(props: ParticipantDialogProps) {
  const t = useT(participantMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={t('assignTitle')}
      formId={ASSIGN}
      submitLabel={t('assignSubmit')}
    >
      {(onBusy) => <AssignForm {...props} onBusy={onBusy} />}
    </FormDialog>
  );
}

function AssignForm({ participant, onClose, onBusy }: ParticipantDialogProps & Busy) {
  const t = useT(participantMessages);
  const { locale } = useI18n();
  const label = useLabel();
  const me = useMe();
  const programme = useQuery(programmesQuery).data?.items.find((p) => p.code === participant.programmeCode);
  const { settle, reload } = useParticipantUpdate();
  const { failure, box, run } = useFormRun(onBusy, () => reload(participant.id));
  const form = useForm<AssignValues, unknown, ParticipantAssign>({
    resolver: assignResolver,
    shouldFocusError: false,
    defaultValues: {
      version: participant.version,
      allocatedAgencyId: participant.allocatedAgency?.id ?? programme?.agencies[0]?.id ?? '',
      assignedUserId: participant.assignedUser?.id ?? NONE,
      allocationNote: participant.allocationNote,
    },
  });
  const [agencyId, assignedUserId] = useWatch({
    control: form.control,
    name: ['allocatedAgencyId', 'assignedUserId'],
  });
  // Who can be named: the staff of the chosen agency.
  const people = programme?.agencies.find((a) => a.id === agencyId)?.staff ?? [];
  const codes = [NONE, ...people.map((p) => p.id)];
  useEffect(() => {
    if (!codes.includes(assignedUserId)) form.setValue('assignedUserId', NONE);
  });
  const { errors, submitCount } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);
  async function submit(input: ParticipantAssign) {
    const next = await run(
      () => assignParticipant(participant.id, input),
      (err) => placeServerIssues(err, form.setError, locale),
    );
    if (!next) return;
    onClose();
    await settle(next, t('assigned'), t('assignedAway'));
  }
  const sep = locale === 'ja' ? '・' : ', ';
  return (
    <form id={ASSIGN} noValidate onSubmit={form.handleSubmit(submit)} className="flex min-w-0 flex-col gap-6">
      <p className="text-std-16N-170 text-solid-gray-800">{t('assignLead')}</p>
      <FormProblems
        formId={ASSIGN}
        errors={errors}
        submitCount={submitCount}
        labels={{
          allocatedAgencyId: t('agency'),
          assignedUserId: t('assignee'),
          allocationNote: t('allocationNote'),
        }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <Select
        id={fieldId(ASSIGN, 'allocatedAgencyId')}
        label={t('agency')}
        required
        error={msg(errors.allocatedAgencyId?.message)}
        {...form.register('allocatedAgencyId')}
      >
        {(programme?.agencies ?? []).map((a) => (
          <option key={a.id} value={a.id}>
            {t('agencyOption', {
              agency: a.name,
              levels: a.barrierLevels.map((l) => label(BARRIER_SHORT_LABELS[l])).join(sep),
            })}
          </option>
        ))}
      </Select>
      <RadioGroup
        id={fieldId(ASSIGN, 'assignedUserId')}
        legend={t('assignee')}
        error={msg(errors.assignedUserId?.message)}
        codes={codes}
        labelOf={(code) =>
          code === NONE
            ? t('assigneeNone')
            : code === me?.user.id
              ? t('assigneeMe', { name: me.user.displayName })
              : (people.find((p) => p.id === code)?.name ?? code)
        }
        registration={form.register('assignedUserId')}
      />
      <TextField
        id={fieldId(ASSIGN, 'allocationNote')}
        label={t('allocationNote')}
        hint={t('allocationNoteHint')}
        maxLength={300}
        autoComplete="off"
        error={msg(errors.allocationNote?.message)}
        {...form.register('allocationNote')}
      />
    </form>
  );
}

const CLOSE = 'participant-close';
const closeResolver = sharedResolver<ParticipantClose, ParticipantClose>(participantCloseSchema, () => {});

/** 支援を終了: the date and why; the allocated agency's link ends with it. */
export function CloseParticipantDialog(props: ParticipantDialogProps) {
  const t = useT(participantMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={t('closeTitle')}
      formId={CLOSE}
      submitLabel={t('closeSubmit')}
    >
      {(onBusy) => <CloseForm {...props} onBusy={onBusy} />}
    </FormDialog>
  );
}

function CloseForm({ participant, onClose, onBusy }: ParticipantDialogProps & Busy) {
  const t = useT(participantMessages);
  const { locale } = useI18n();
  const { settle, reload } = useParticipantUpdate();
  const { failure, box, run } = useFormRun(onBusy, () => reload(participant.id));
  const form = useForm<ParticipantClose, unknown, ParticipantClose>({
    resolver: closeResolver,
    shouldFocusError: false,
    defaultValues: { version: participant.version, closedOn: todayIso(), reason: '' },
  });
  const closedOn = useWatch({ control: form.control, name: 'closedOn' });
  const { errors, submitCount } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);
  async function submit(input: ParticipantClose) {
    const next = await run(
      () => closeParticipant(participant.id, input),
      (err) => placeServerIssues(err, form.setError, locale),
    );
    if (!next) return;
    onClose();
    await settle(next, t('closed'), t('closedAway'));
  }
  return (
    <form id={CLOSE} noValidate onSubmit={form.handleSubmit(submit)} className="flex min-w-0 flex-col gap-6">
      <p className="text-std-16N-170 text-solid-gray-800">{t('closeLead')}</p>
      <FormProblems
        formId={CLOSE}
        errors={errors}
        submitCount={submitCount}
        labels={{ closedOn: t('closedOn'), reason: t('closeReason') }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <WarekiDateField
        id={fieldId(CLOSE, 'closedOn')}
        label={t('closedOn')}
        required
        min={participant.registeredOn}
        max={todayIso()}
        registration={form.register('closedOn')}
        value={closedOn}
        error={msg(errors.closedOn?.message)}
      />
      <TextArea
        id={fieldId(CLOSE, 'reason')}
        label={t('closeReason')}
        required
        rows={3}
        maxLength={500}
        error={msg(errors.reason?.message)}
        {...form.register('reason')}
      />
    </form>
  );
}
