import { useQuery } from '@tanstack/react-query';
import {
  BOARD_POST_KIND_LABELS,
  BOARD_POST_KINDS,
  type BoardPostInput,
  boardPostInputSchema,
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
import { createBoardPost, organisationListQuery } from '../support-api';
import { boardMessages } from '../support-board-messages';
import { type Busy, blank, type SupportDialogProps, useSupportSave } from '../support-form';

const FORM = 'board-post';
type PostValues = Omit<BoardPostInput, 'schoolDistrictCode' | 'organisationId'> & {
  schoolDistrictCode: string;
  organisationId: string;
};
const resolver = sharedResolver<PostValues, BoardPostInput>(
  boardPostInputSchema,
  (values, errors) => {
    unchosen(values, errors, 'fieldCode', CHOOSE_ONE);
    if (values.kind === 'offer') unchosen(values, errors, 'organisationId', CHOOSE_ONE);
  },
  // Only the kind's own party is sent: an offer names its organisation, a need who raised it.
  (v) => ({
    ...v,
    schoolDistrictCode: blank(v.schoolDistrictCode),
    organisationId: v.kind === 'offer' ? blank(v.organisationId) : null,
    postedBy: v.kind === 'need' ? v.postedBy : '',
  }),
);

/** 投稿する: a community need (who raised it) or an offer (which organisation), with its field. */
export function BoardPostDialog(props: SupportDialogProps) {
  const t = useT(boardMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={t('postTitle')}
      formId={FORM}
      submitLabel={t('postSubmit')}
    >
      {(onBusy) => <PostForm {...props} onBusy={onBusy} />}
    </FormDialog>
  );
}

function PostForm({ onClose, onBusy }: SupportDialogProps & Busy) {
  const t = useT(boardMessages);
  const label = useLabel();
  const lists = useCodeLists();
  const organisations = (useQuery(organisationListQuery({})).data?.items ?? []).filter((o) => o.active);
  const form = useForm<PostValues, unknown, BoardPostInput>({
    resolver,
    shouldFocusError: false,
    defaultValues: {
      kind: 'need',
      title: '',
      body: '',
      fieldCode: '',
      schoolDistrictCode: '',
      organisationId: '',
      postedBy: '',
      postedOn: todayIso(),
    },
  });
  const [kind, postedOn] = useWatch({ control: form.control, name: ['kind', 'postedOn'] });
  const { failure, box, msg, save } = useSupportSave({ onClose, onBusy }, form.setError);
  const { errors, submitCount } = form.formState;
  const id = (path: string) => fieldId(FORM, path);
  async function submit(input: BoardPostInput) {
    await save(
      () => createBoardPost(input),
      (p) => t('posted', { title: p.title }),
    );
  }
  return (
    <form id={FORM} noValidate onSubmit={form.handleSubmit(submit)} className="flex min-w-0 flex-col gap-6">
      <p className="text-std-16N-170 text-solid-gray-800">{t('postLead')}</p>
      <FormProblems
        formId={FORM}
        errors={errors}
        submitCount={submitCount}
        labels={{
          kind: t('kind'),
          title: t('postHeading'),
          body: t('body'),
          fieldCode: t('field'),
          schoolDistrictCode: t('schoolDistrict'),
          organisationId: t('organisation'),
          postedBy: t('postedBy'),
          postedOn: t('postedOn'),
        }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <RadioGroup
        id={id('kind')}
        legend={t('kind')}
        required
        codes={BOARD_POST_KINDS}
        labelOf={(code) => label(BOARD_POST_KIND_LABELS[code])}
        error={msg(errors.kind?.message)}
        registration={form.register('kind')}
        columns={2}
      />
      <TextField
        id={id('title')}
        label={t('postHeading')}
        hint={t('postHeadingHint')}
        required
        maxLength={200}
        autoComplete="off"
        error={msg(errors.title?.message)}
        {...form.register('title')}
      />
      <Select
        id={id('fieldCode')}
        label={t('field')}
        required
        error={msg(errors.fieldCode?.message)}
        {...form.register('fieldCode')}
      >
        <option value="">{t('choose')}</option>
        <CodeOptions list="board_field" />
      </Select>
      {kind === 'offer' ? (
        <Select
          id={id('organisationId')}
          label={t('organisation')}
          hint={t('organisationHint')}
          required
          error={msg(errors.organisationId?.message)}
          {...form.register('organisationId')}
        >
          <option value="">{t('choose')}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </Select>
      ) : (
        <TextField
          id={id('postedBy')}
          label={t('postedBy')}
          hint={t('postedByHint')}
          required
          maxLength={200}
          autoComplete="off"
          error={msg(errors.postedBy?.message)}
          {...form.register('postedBy')}
        />
      )}
      <TextArea
        id={id('body')}
        label={t('body')}
        rows={4}
        maxLength={3000}
        error={msg(errors.body?.message)}
        {...form.register('body')}
      />
      <Select
        id={id('schoolDistrictCode')}
        label={t('schoolDistrict')}
        error={msg(errors.schoolDistrictCode?.message)}
        {...form.register('schoolDistrictCode')}
      >
        <SchoolDistrictOptions lists={lists} />
      </Select>
      <WarekiDateField
        id={id('postedOn')}
        label={t('postedOn')}
        required
        registration={form.register('postedOn')}
        value={postedOn}
        error={msg(errors.postedOn?.message)}
      />
    </form>
  );
}
