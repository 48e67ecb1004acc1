import { useQuery } from '@tanstack/react-query';
import { type BoardMatchInput, type BoardPost, boardMatchInputSchema } from '@tsunagu/contracts/community';
import { useForm, useWatch } from 'react-hook-form';
import { Notice } from '../../../components/FormError';
import { FormFailure } from '../../../components/FormFailure';
import { Select } from '../../../components/Select';
import { TextArea } from '../../../components/TextField';
import { fieldId } from '../../../lib/form';
import { todayIso } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { FormDialog } from '../../households/components/FormDialog';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import { FormProblems } from '../../participation/components/FormProblems';
import { CHOOSE_ONE, sharedResolver, unchosen } from '../../referrals/form-values';
import { useCodeLabel } from '../../settings/api';
import { boardQuery, createBoardMatch } from '../support-api';
import { boardMessages } from '../support-board-messages';
import { type Busy, type SupportDialogProps, useSupportSave } from '../support-form';

const FORM = 'board-match';
const resolver = sharedResolver<BoardMatchInput, BoardMatchInput>(boardMatchInputSchema, (values, errors) => {
  unchosen(values, errors, 'needPostId', CHOOSE_ONE);
  unchosen(values, errors, 'offerPostId', CHOOSE_ONE);
});

/** マッチングする: one open need with one open offer, the day they agreed and a note. */
export function BoardMatchDialog(props: SupportDialogProps) {
  const t = useT(boardMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={t('matchTitle')}
      formId={FORM}
      submitLabel={t('matchSubmit')}
    >
      {(onBusy) => <MatchForm {...props} onBusy={onBusy} />}
    </FormDialog>
  );
}

function MatchForm({ onClose, onBusy }: SupportDialogProps & Busy) {
  const t = useT(boardMessages);
  const codeLabel = useCodeLabel();
  const open = useQuery(boardQuery({ status: 'open' })).data;
  const form = useForm<BoardMatchInput, unknown, BoardMatchInput>({
    resolver,
    shouldFocusError: false,
    defaultValues: { needPostId: '', offerPostId: '', agreedOn: todayIso(), note: '' },
  });
  const agreedOn = useWatch({ control: form.control, name: 'agreedOn' });
  const { failure, box, msg, save } = useSupportSave({ onClose, onBusy }, form.setError);
  const { errors, submitCount } = form.formState;
  const id = (path: string) => fieldId(FORM, path);
  const option = (p: BoardPost) => (
    <option key={p.id} value={p.id}>
      {`${p.title}（${[
        codeLabel('board_field', p.fieldCode),
        p.kind === 'offer' ? p.organisationName : p.postedBy,
      ]
        .filter(Boolean)
        .join('・')}）`}
    </option>
  );
  async function submit(input: BoardMatchInput) {
    await save(
      () => createBoardMatch(input),
      (m) => t('matched', { need: m.needTitle, offer: m.offerTitle }),
    );
  }
  return (
    <form id={FORM} noValidate onSubmit={form.handleSubmit(submit)} className="flex min-w-0 flex-col gap-6">
      <p className="text-std-16N-170 text-solid-gray-800">{t('matchLead')}</p>
      {open && (open.needs.length === 0 || open.offers.length === 0) ? (
        <Notice tone="warning" title={t('matchNoOpen')} />
      ) : null}
      <FormProblems
        formId={FORM}
        errors={errors}
        submitCount={submitCount}
        labels={{
          needPostId: t('matchNeed'),
          offerPostId: t('matchOffer'),
          agreedOn: t('agreedOn'),
          note: t('note'),
        }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <Select
        id={id('needPostId')}
        label={t('matchNeed')}
        required
        error={msg(errors.needPostId?.message)}
        {...form.register('needPostId')}
      >
        <option value="">{t('choose')}</option>
        {(open?.needs ?? []).map(option)}
      </Select>
      <Select
        id={id('offerPostId')}
        label={t('matchOffer')}
        required
        error={msg(errors.offerPostId?.message)}
        {...form.register('offerPostId')}
      >
        <option value="">{t('choose')}</option>
        {(open?.offers ?? []).map(option)}
      </Select>
      <WarekiDateField
        id={id('agreedOn')}
        label={t('agreedOn')}
        required
        registration={form.register('agreedOn')}
        value={agreedOn}
        error={msg(errors.agreedOn?.message)}
      />
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
