import {
  ORGANISATION_KIND_LABELS,
  ORGANISATION_KINDS,
  type Organisation,
  type OrganisationInput,
  organisationInputSchema,
} from '@tsunagu/contracts/community';
import { useForm } from 'react-hook-form';
import { Checkbox } from '../../../components/Checkbox';
import { FormFailure } from '../../../components/FormFailure';
import { Select } from '../../../components/Select';
import { TextArea, TextField } from '../../../components/TextField';
import { fieldId } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { FormDialog } from '../../households/components/FormDialog';
import { SchoolDistrictOptions } from '../../intakes/components/SchoolDistrictOptions';
import { LabelledOptions } from '../../participation/components/ChoiceFields';
import { FormProblems } from '../../participation/components/FormProblems';
import { CHOOSE_ONE, sharedResolver, unchosen } from '../../referrals/form-values';
import { useCodeLists } from '../../settings/api';
import { createOrganisation, updateOrganisation } from '../support-api';
import { type Busy, blank, type SupportDialogProps, useSupportSave } from '../support-form';
import { registryMessages } from '../support-messages';

const FORM = 'organisation';
type OrganisationValues = Omit<OrganisationInput, 'kind' | 'schoolDistrictCode'> & {
  kind: OrganisationInput['kind'] | '';
  schoolDistrictCode: string;
};
const resolver = sharedResolver<OrganisationValues, OrganisationInput>(
  organisationInputSchema,
  (values, errors) => unchosen(values, errors, 'kind', CHOOSE_ONE),
  (v) => ({ ...v, schoolDistrictCode: blank(v.schoolDistrictCode) }),
);

type Props = SupportDialogProps & { organisation: Organisation | null };

/** 法人・企業を登録 / 編集: the name, the kind, the district, a contact and whether it still takes part. */
export function OrganisationDialog(props: Props) {
  const t = useT(registryMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={
        props.organisation
          ? t('organisationEditTitle', { name: props.organisation.name })
          : t('organisationNew')
      }
      formId={FORM}
      submitLabel={t('organisationSubmit')}
    >
      {(onBusy) => <OrganisationForm {...props} onBusy={onBusy} />}
    </FormDialog>
  );
}

function OrganisationForm({ organisation: o, onClose, onBusy }: Props & Busy) {
  const t = useT(registryMessages);
  const lists = useCodeLists();
  const form = useForm<OrganisationValues, unknown, OrganisationInput>({
    resolver,
    shouldFocusError: false,
    defaultValues: {
      name: o?.name ?? '',
      kind: o?.kind ?? '',
      schoolDistrictCode: o?.schoolDistrictCode ?? '',
      contact: o?.contact ?? '',
      note: o?.note ?? '',
      active: o?.active ?? true,
    },
  });
  const { failure, box, msg, save } = useSupportSave({ onClose, onBusy }, form.setError);
  const { errors, submitCount } = form.formState;
  const id = (path: string) => fieldId(FORM, path);
  async function submit(input: OrganisationInput) {
    await save(
      () => (o ? updateOrganisation(o.id, input, o.version) : createOrganisation(input)),
      (saved) => t(o ? 'saved' : 'created', { name: saved.name }),
    );
  }
  return (
    <form id={FORM} noValidate onSubmit={form.handleSubmit(submit)} className="flex min-w-0 flex-col gap-6">
      <FormProblems
        formId={FORM}
        errors={errors}
        submitCount={submitCount}
        labels={{
          name: t('organisationName'),
          kind: t('organisationKind'),
          schoolDistrictCode: t('schoolDistrict'),
          contact: t('contact'),
          note: t('note'),
        }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <TextField
        id={id('name')}
        label={t('organisationName')}
        required
        maxLength={200}
        autoComplete="off"
        error={msg(errors.name?.message)}
        {...form.register('name')}
      />
      <Select
        id={id('kind')}
        label={t('organisationKind')}
        required
        error={msg(errors.kind?.message)}
        {...form.register('kind')}
      >
        <option value="">{t('choose')}</option>
        <LabelledOptions codes={ORGANISATION_KINDS} labels={ORGANISATION_KIND_LABELS} />
      </Select>
      <Select
        id={id('schoolDistrictCode')}
        label={t('schoolDistrict')}
        error={msg(errors.schoolDistrictCode?.message)}
        {...form.register('schoolDistrictCode')}
      >
        <SchoolDistrictOptions lists={lists} />
      </Select>
      <TextField
        id={id('contact')}
        label={t('contact')}
        maxLength={200}
        autoComplete="off"
        error={msg(errors.contact?.message)}
        {...form.register('contact')}
      />
      <Checkbox id={id('active')} label={t('organisationActive')} {...form.register('active')} />
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
