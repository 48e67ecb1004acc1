import {
  type DispatchRequestInput,
  dispatchRequestInputSchema,
  GROUP_REGISTRATION_LABELS,
  GROUP_REGISTRATIONS,
} from '@tsunagu/contracts/community';
import { useForm, useWatch } from 'react-hook-form';
import { FormFailure } from '../../../components/FormFailure';
import { RadioGroup } from '../../../components/Radio';
import { Select } from '../../../components/Select';
import { TextArea, TextField } from '../../../components/TextField';
import { fieldId } from '../../../lib/form';
import { todayIso } from '../../../lib/format';
import { useLabel, useT } from '../../../lib/i18n';
import { FormDialog } from '../../households/components/FormDialog';
import { SchoolDistrictOptions } from '../../intakes/components/SchoolDistrictOptions';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import { CodeOptions } from '../../participation/components/ChoiceFields';
import { FormProblems } from '../../participation/components/FormProblems';
import { CHOOSE_ONE, sharedResolver, unchosen } from '../../referrals/form-values';
import { useCodeLists } from '../../settings/api';
import { receiveDispatch } from '../support-api';
import { dispatchMessages } from '../support-dispatch-messages';
import { type Busy, blank, type SupportDialogProps, useSupportSave } from '../support-form';
import { DispatchEligibilityPreview } from './DispatchEligibility';

const FORM = 'dispatch-request';
type RequestValues = Omit<DispatchRequestInput, 'groupRegistration' | 'schoolDistrictCode'> & {
  groupRegistration: DispatchRequestInput['groupRegistration'] | '';
  schoolDistrictCode: string;
};
const resolver = sharedResolver<RequestValues, DispatchRequestInput>(
  dispatchRequestInputSchema,
  (values, errors) => {
    unchosen(values, errors, 'groupRegistration', CHOOSE_ONE);
    unchosen(values, errors, 'fieldCode', CHOOSE_ONE);
  },
  (v) => ({ ...v, schoolDistrictCode: blank(v.schoolDistrictCode) }),
);

type Props = SupportDialogProps & { minActiveYears: number; onCreated: (id: string) => void };

/** 受付する: a group's request, its eligibility checked live; an ineligible one is stored as 対象外. */
export function DispatchRequestDialog(props: Props) {
  const t = useT(dispatchMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={t('receiveTitle')}
      formId={FORM}
      submitLabel={t('receiveSubmit')}
    >
      {(onBusy) => <RequestForm {...props} onBusy={onBusy} />}
    </FormDialog>
  );
}

function RequestForm({ onClose, onBusy, onCreated, minActiveYears }: Props & Busy) {
  const t = useT(dispatchMessages);
  const label = useLabel();
  const lists = useCodeLists();
  const form = useForm<RequestValues, unknown, DispatchRequestInput>({
    resolver,
    shouldFocusError: false,
    defaultValues: {
      groupName: '',
      groupRegistration: '',
      groupRegistrationRef: '',
      groupActiveSince: '',
      contact: '',
      schoolDistrictCode: '',
      fieldCode: '',
      request: '',
      receivedOn: todayIso(),
    },
  });
  const [groupRegistration, groupActiveSince, receivedOn] = useWatch({
    control: form.control,
    name: ['groupRegistration', 'groupActiveSince', 'receivedOn'],
  });
  const { failure, box, msg, save } = useSupportSave({ onClose, onBusy }, form.setError);
  const { errors, submitCount } = form.formState;
  const id = (path: string) => fieldId(FORM, path);
  async function submit(input: DispatchRequestInput) {
    const created = await save(
      () => receiveDispatch(input),
      (r) => t(r.status === 'ineligible' ? 'receivedIneligible' : 'received', { name: r.groupName }),
    );
    if (created) onCreated(created.id);
  }
  return (
    <form id={FORM} noValidate onSubmit={form.handleSubmit(submit)} className="flex min-w-0 flex-col gap-6">
      <p className="text-std-16N-170 text-solid-gray-800">{t('receiveLead', { years: minActiveYears })}</p>
      <FormProblems
        formId={FORM}
        errors={errors}
        submitCount={submitCount}
        labels={{
          groupName: t('groupName'),
          groupRegistration: t('groupRegistration'),
          groupRegistrationRef: t('groupRegistrationRef'),
          groupActiveSince: t('groupActiveSince'),
          contact: t('contact'),
          schoolDistrictCode: t('schoolDistrict'),
          fieldCode: t('field'),
          request: t('request'),
          receivedOn: t('receivedOn'),
        }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <TextField
        id={id('groupName')}
        label={t('groupName')}
        required
        maxLength={200}
        autoComplete="off"
        error={msg(errors.groupName?.message)}
        {...form.register('groupName')}
      />
      <RadioGroup
        id={id('groupRegistration')}
        legend={t('groupRegistration')}
        required
        codes={GROUP_REGISTRATIONS}
        labelOf={(code) => label(GROUP_REGISTRATION_LABELS[code])}
        error={msg(errors.groupRegistration?.message)}
        registration={form.register('groupRegistration')}
      />
      <TextField
        id={id('groupRegistrationRef')}
        label={t('groupRegistrationRef')}
        hint={t('groupRegistrationRefHint')}
        maxLength={100}
        autoComplete="off"
        error={msg(errors.groupRegistrationRef?.message)}
        {...form.register('groupRegistrationRef')}
      />
      <WarekiDateField
        id={id('groupActiveSince')}
        label={t('groupActiveSince')}
        hint={t('groupActiveSinceHint')}
        required
        max={receivedOn || undefined}
        registration={form.register('groupActiveSince')}
        value={groupActiveSince}
        error={msg(errors.groupActiveSince?.message)}
      />
      <WarekiDateField
        id={id('receivedOn')}
        label={t('receivedOn')}
        required
        registration={form.register('receivedOn')}
        value={receivedOn}
        error={msg(errors.receivedOn?.message)}
      />
      <DispatchEligibilityPreview
        id={`${FORM}-eligibility`}
        values={{ groupRegistration, groupActiveSince, receivedOn }}
      />
      <Select
        id={id('fieldCode')}
        label={t('field')}
        required
        error={msg(errors.fieldCode?.message)}
        {...form.register('fieldCode')}
      >
        <option value="">{t('choose')}</option>
        <CodeOptions list="advisor_field" />
      </Select>
      <TextArea
        id={id('request')}
        label={t('request')}
        hint={t('requestHint')}
        required
        rows={4}
        maxLength={2000}
        error={msg(errors.request?.message)}
        {...form.register('request')}
      />
      <TextField
        id={id('contact')}
        label={t('contact')}
        maxLength={200}
        autoComplete="off"
        error={msg(errors.contact?.message)}
        {...form.register('contact')}
      />
      <Select
        id={id('schoolDistrictCode')}
        label={t('schoolDistrict')}
        error={msg(errors.schoolDistrictCode?.message)}
        {...form.register('schoolDistrictCode')}
      >
        <SchoolDistrictOptions lists={lists} />
      </Select>
    </form>
  );
}
