import {
  CONTACT_METHOD_LABELS,
  CONTACT_METHODS,
  type ContactInput,
  type ContactMethod,
  contactInputSchema,
} from '@tsunagu/contracts/cases';
import { useForm, useWatch } from 'react-hook-form';
import { FormFailure, useFormRun } from '../../../components/FormFailure';
import { RadioGroup } from '../../../components/Radio';
import { TextArea } from '../../../components/TextField';
import { todayIso } from '../../../lib/format';
import { localizeBilingual, useI18n, useLabel, useT } from '../../../lib/i18n';
import { FormDialog } from '../../households/components/FormDialog';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import { FormErrors } from '../../referrals/components/FormErrors';
import { CHOOSE_ONE, placeServerIssues, sharedResolver, unchosen } from '../../referrals/form-values';
import { addContact } from '../api';
import { caseFormMessages } from '../form-messages';
import { CHOOSE_AGENCY } from '../form-values';
import { type CaseDialogProps, useCaseUpdate } from '../use-case-update';
import { AgencySelect, teamAgencies } from './AgencySelect';

const FORM_ID = 'case-contact';

type ContactValues = { contactedOn: string; agencyId: string; method: ContactMethod | ''; content: string };

const resolver = sharedResolver<ContactValues, ContactInput>(contactInputSchema, (values, errors) => {
  unchosen(values, errors, 'agencyId', CHOOSE_AGENCY);
  unchosen(values, errors, 'method', CHOOSE_ONE);
});

/** 個別調整: the coordinator's visit, call, mail or meeting with an agency about the case. */
export function ContactDialog(props: CaseDialogProps) {
  const t = useT(caseFormMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={t('contactTitle')}
      formId={FORM_ID}
      submitLabel={t('submitContact')}
    >
      {(onBusy) => <ContactForm {...props} onBusy={onBusy} />}
    </FormDialog>
  );
}

function ContactForm({ caseDetail, onClose, onBusy }: CaseDialogProps & { onBusy: (busy: boolean) => void }) {
  const t = useT(caseFormMessages);
  const { locale } = useI18n();
  const label = useLabel();
  const { apply, reload } = useCaseUpdate();
  const { failure, box, run } = useFormRun(onBusy, () => reload(caseDetail.id));
  const form = useForm<ContactValues, unknown, ContactInput>({
    resolver,
    defaultValues: { contactedOn: todayIso(), agencyId: '', method: '', content: '' },
    shouldFocusError: false,
  });
  const contactedOn = useWatch({ control: form.control, name: 'contactedOn' });
  const { errors, submitCount } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);

  async function submit(input: ContactInput) {
    const detail = await run(
      () => addContact(caseDetail.id, input),
      (err) => placeServerIssues(err, form.setError, locale),
    );
    if (!detail) return;
    onClose();
    await apply(detail, t('contactRecorded'));
  }

  return (
    <form
      id={FORM_ID}
      noValidate
      onSubmit={form.handleSubmit(submit)}
      className="flex min-w-0 flex-col gap-6"
    >
      <p className="text-std-16N-170 text-solid-gray-800">{t('contactLead')}</p>
      <FormErrors
        formId={FORM_ID}
        errors={errors}
        submitCount={submitCount}
        labels={{
          contactedOn: t('contactedOn'),
          agencyId: t('agency'),
          method: t('method'),
          content: t('content'),
        }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <WarekiDateField
        id={`${FORM_ID}-contactedOn`}
        label={t('contactedOn')}
        required
        max={todayIso()}
        registration={form.register('contactedOn')}
        value={contactedOn}
        error={msg(errors.contactedOn?.message)}
      />
      <AgencySelect
        id={`${FORM_ID}-agencyId`}
        label={t('agency')}
        required
        registration={form.register('agencyId')}
        preferred={teamAgencies(caseDetail.team)}
        error={msg(errors.agencyId?.message)}
      />
      <RadioGroup
        id={`${FORM_ID}-method`}
        legend={t('method')}
        required
        columns={2}
        error={msg(errors.method?.message)}
        codes={CONTACT_METHODS}
        labelOf={(code) => label(CONTACT_METHOD_LABELS[code])}
        registration={form.register('method')}
      />
      <TextArea
        id={`${FORM_ID}-content`}
        label={t('content')}
        required
        rows={4}
        maxLength={2000}
        error={msg(errors.content?.message)}
        {...form.register('content')}
      />
    </form>
  );
}
