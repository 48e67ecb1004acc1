import { type Advisor, type AdvisorInput, advisorInputSchema } from '@tsunagu/contracts/community';
import { useForm } from 'react-hook-form';
import { Checkbox } from '../../../components/Checkbox';
import { FormFailure } from '../../../components/FormFailure';
import { Select } from '../../../components/Select';
import { TextArea, TextField } from '../../../components/TextField';
import { fieldId } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { FormDialog } from '../../households/components/FormDialog';
import { CodeOptions } from '../../participation/components/ChoiceFields';
import { FormProblems } from '../../participation/components/FormProblems';
import { CHOOSE_ONE, sharedResolver, unchosen } from '../../referrals/form-values';
import { createAdvisor, updateAdvisor } from '../support-api';
import { type Busy, type SupportDialogProps, useSupportSave } from '../support-form';
import { registryMessages } from '../support-messages';

const FORM = 'advisor';
type AdvisorValues = Omit<AdvisorInput, 'sinceFiscalYear'> & { sinceFiscalYear: string };
const resolver = sharedResolver<AdvisorValues, AdvisorInput>(
  advisorInputSchema,
  (values, errors) => unchosen(values, errors, 'fieldCode', CHOOSE_ONE),
  (v) => ({ ...v, sinceFiscalYear: v.sinceFiscalYear.trim() === '' ? null : Number(v.sinceFiscalYear) }),
);

type Props = SupportDialogProps & { advisor: Advisor | null };

/** アドバイザーを登録 / 編集: the organisation, its field, contact, since when, and whether it is active. */
export function AdvisorDialog(props: Props) {
  const t = useT(registryMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={props.advisor ? t('advisorEditTitle', { name: props.advisor.name }) : t('advisorNew')}
      formId={FORM}
      submitLabel={t('advisorSubmit')}
    >
      {(onBusy) => <AdvisorForm {...props} onBusy={onBusy} />}
    </FormDialog>
  );
}

function AdvisorForm({ advisor, onClose, onBusy }: Props & Busy) {
  const t = useT(registryMessages);
  const form = useForm<AdvisorValues, unknown, AdvisorInput>({
    resolver,
    shouldFocusError: false,
    defaultValues: {
      name: advisor?.name ?? '',
      fieldCode: advisor?.fieldCode ?? '',
      contact: advisor?.contact ?? '',
      sinceFiscalYear: advisor?.sinceFiscalYear ? String(advisor.sinceFiscalYear) : '',
      active: advisor?.active ?? true,
      note: advisor?.note ?? '',
    },
  });
  const { failure, box, msg, save } = useSupportSave({ onClose, onBusy }, form.setError);
  const { errors, submitCount } = form.formState;
  const id = (path: string) => fieldId(FORM, path);
  async function submit(input: AdvisorInput) {
    await save(
      () => (advisor ? updateAdvisor(advisor.id, input, advisor.version) : createAdvisor(input)),
      (a) => t(advisor ? 'saved' : 'created', { name: a.name }),
    );
  }
  return (
    <form id={FORM} noValidate onSubmit={form.handleSubmit(submit)} className="flex min-w-0 flex-col gap-6">
      <FormProblems
        formId={FORM}
        errors={errors}
        submitCount={submitCount}
        labels={{
          name: t('advisorName'),
          fieldCode: t('advisorField'),
          contact: t('contact'),
          sinceFiscalYear: t('advisorSince'),
          note: t('note'),
        }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <TextField
        id={id('name')}
        label={t('advisorName')}
        required
        maxLength={200}
        autoComplete="off"
        error={msg(errors.name?.message)}
        {...form.register('name')}
      />
      <Select
        id={id('fieldCode')}
        label={t('advisorField')}
        required
        error={msg(errors.fieldCode?.message)}
        {...form.register('fieldCode')}
      >
        <option value="">{t('choose')}</option>
        <CodeOptions list="advisor_field" />
      </Select>
      <TextField
        id={id('contact')}
        label={t('contact')}
        maxLength={200}
        autoComplete="off"
        error={msg(errors.contact?.message)}
        {...form.register('contact')}
      />
      <TextField
        id={id('sinceFiscalYear')}
        label={t('advisorSince')}
        hint={t('advisorSinceHint')}
        inputMode="numeric"
        maxLength={4}
        autoComplete="off"
        className="max-w-[10rem]"
        error={msg(errors.sinceFiscalYear?.message)}
        {...form.register('sinceFiscalYear')}
      />
      <Checkbox id={id('active')} label={t('advisorActive')} {...form.register('active')} />
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
