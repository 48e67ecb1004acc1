import {
  type CaseDetail,
  TEAM_ROLE_LABELS,
  TEAM_ROLES,
  type TeamMemberInput,
  type TeamRole,
  teamMemberInputSchema,
} from '@tsunagu/contracts/cases';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { FormFailure, useFormRun } from '../../../components/FormFailure';
import { RadioGroup } from '../../../components/Radio';
import { TextField } from '../../../components/TextField';
import { emptyToNull } from '../../../lib/form';
import { localizeBilingual, useI18n, useLabel, useT } from '../../../lib/i18n';
import { commonMessages } from '../../../lib/messages';
import { FormDialog } from '../../households/components/FormDialog';
import { FormErrors } from '../../referrals/components/FormErrors';
import { CHOOSE_ONE, placeServerIssues, sharedResolver, unchosen } from '../../referrals/form-values';
import { useReferralAgencies } from '../../referrals/use-agencies';
import { addTeamMember, endTeamMember } from '../api';
import { caseFormMessages } from '../form-messages';
import { CHOOSE_AGENCY } from '../form-values';
import { type CaseDialogProps, useCaseUpdate } from '../use-case-update';
import { AgencySelect } from './AgencySelect';

const FORM_ID = 'case-team-add';

type MemberValues = { agencyId: string; role: TeamRole | ''; contactName: string | null };

const resolver = sharedResolver<MemberValues, TeamMemberInput>(teamMemberInputSchema, (values, errors) => {
  unchosen(values, errors, 'agencyId', CHOOSE_AGENCY);
  unchosen(values, errors, 'role', CHOOSE_ONE);
});

/** チームに機関を加える: an agency with its role (本人支援, パートナー支援 …) and a contact person. */
export function AddMemberDialog(props: CaseDialogProps) {
  const t = useT(caseFormMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={t('addMemberTitle')}
      formId={FORM_ID}
      submitLabel={t('submitAddMember')}
    >
      {(onBusy) => <AddMemberForm {...props} onBusy={onBusy} />}
    </FormDialog>
  );
}

function AddMemberForm({
  caseDetail,
  onClose,
  onBusy,
}: CaseDialogProps & { onBusy: (busy: boolean) => void }) {
  const t = useT(caseFormMessages);
  const { locale } = useI18n();
  const label = useLabel();
  const { agencies } = useReferralAgencies([]);
  const { apply, reload } = useCaseUpdate();
  const { failure, box, run } = useFormRun(onBusy, () => reload(caseDetail.id));
  const form = useForm<MemberValues, unknown, TeamMemberInput>({
    resolver,
    defaultValues: { agencyId: '', role: '', contactName: null },
    shouldFocusError: false,
  });
  const { errors, submitCount } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);

  async function submit(input: TeamMemberInput) {
    const detail = await run(
      () => addTeamMember(caseDetail.id, input),
      (err) => placeServerIssues(err, form.setError, locale),
    );
    if (!detail) return;
    onClose();
    const agency = agencies.find((a) => a.id === input.agencyId)?.name ?? '';
    await apply(detail, t('memberAdded', { agency }));
  }

  return (
    <form
      id={FORM_ID}
      noValidate
      onSubmit={form.handleSubmit(submit)}
      className="flex min-w-0 flex-col gap-6"
    >
      <p className="text-std-16N-170 text-solid-gray-800">{t('addMemberLead')}</p>
      <FormErrors
        formId={FORM_ID}
        errors={errors}
        submitCount={submitCount}
        labels={{ agencyId: t('memberAgency'), role: t('role'), contactName: t('contactName') }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <AgencySelect
        id={`${FORM_ID}-agencyId`}
        label={t('memberAgency')}
        required
        registration={form.register('agencyId')}
        error={msg(errors.agencyId?.message)}
      />
      <RadioGroup
        id={`${FORM_ID}-role`}
        legend={t('role')}
        required
        columns={2}
        error={msg(errors.role?.message)}
        codes={TEAM_ROLES}
        labelOf={(code) => label(TEAM_ROLE_LABELS[code])}
        registration={form.register('role')}
      />
      <TextField
        id={`${FORM_ID}-contactName`}
        label={t('contactName')}
        hint={t('contactNameHint')}
        maxLength={100}
        autoComplete="off"
        error={msg(errors.contactName?.message)}
        {...form.register('contactName', { setValueAs: emptyToNull })}
      />
    </form>
  );
}

/** チームから外す: a confirmation, since the agency's access to the case ends at once. */
export function EndMemberDialog({
  caseDetail,
  member,
  open,
  onClose,
}: CaseDialogProps & { member: CaseDetail['team'][number] | null }) {
  const t = useT(caseFormMessages);
  const c = useT(commonMessages);
  const label = useLabel();
  const [busy, setBusy] = useState(false);
  const { apply, reload } = useCaseUpdate();
  const { failure, box, run } = useFormRun(setBusy, () => reload(caseDetail.id));
  const names = member ? { agency: member.agency.name, role: label(TEAM_ROLE_LABELS[member.role]) } : null;

  async function end() {
    if (!member || !names) return;
    const detail = await run(() => endTeamMember(caseDetail.id, member.id));
    if (!detail) return;
    onClose();
    await apply(detail, t('memberEnded', names));
  }

  return (
    <Dialog
      open={open}
      onClose={onClose}
      role="alertdialog"
      title={t('endMemberTitle')}
      description={names ? t('endMemberBody', names) : undefined}
      footer={
        <>
          <Button variant="secondary" onClick={onClose} data-autofocus>
            {c('cancel')}
          </Button>
          <Button variant="danger" busy={busy} onClick={() => void end()}>
            {t('submitEndMember')}
          </Button>
        </>
      }
    >
      {failure ? <FormFailure ref={box} failure={failure} hasFieldErrors={false} /> : null}
    </Dialog>
  );
}
