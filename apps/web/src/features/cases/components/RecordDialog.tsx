import type { CaseDetail, RecordInput } from '@tsunagu/contracts/cases';
import { recordInputSchema } from '@tsunagu/contracts/cases';
import { useForm, useWatch } from 'react-hook-form';
import { FormFailure, useFormRun } from '../../../components/FormFailure';
import { TextArea } from '../../../components/TextField';
import { todayIso } from '../../../lib/format';
import { localizeBilingual, useI18n, useT } from '../../../lib/i18n';
import { FormDialog } from '../../households/components/FormDialog';
import { formatDay } from '../../households/people';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import { FormErrors } from '../../referrals/components/FormErrors';
import { placeServerIssues, sharedResolver } from '../../referrals/form-values';
import { addRecord } from '../api';
import { caseFormMessages } from '../form-messages';
import { type CaseDialogProps, useCaseUpdate } from '../use-case-update';

const FORM_ID = 'case-record';

type Entry = CaseDetail['records'][number];
type RecordValues = { occurredOn: string; body: string; correctsId: string | null };

const resolver = sharedResolver<RecordValues, RecordInput>(recordInputSchema, () => {});

/**
 * 支援経過記録 entry, append-only. With `correcting`, the new entry corrects that one: the original stays,
 * shown here so the user can copy from it, and is marked 訂正済み afterwards.
 */
export function RecordDialog({ correcting, ...props }: CaseDialogProps & { correcting: Entry | null }) {
  const t = useT(caseFormMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={t(correcting ? 'correctTitle' : 'recordTitle')}
      formId={FORM_ID}
      submitLabel={t(correcting ? 'submitCorrect' : 'submitRecord')}
    >
      {(onBusy) => <RecordForm {...props} correcting={correcting} onBusy={onBusy} />}
    </FormDialog>
  );
}

function RecordForm({
  caseDetail,
  onClose,
  correcting,
  onBusy,
}: CaseDialogProps & { correcting: Entry | null; onBusy: (busy: boolean) => void }) {
  const t = useT(caseFormMessages);
  const { locale } = useI18n();
  const { apply, reload } = useCaseUpdate();
  const { failure, box, run } = useFormRun(onBusy, () => reload(caseDetail.id));
  const form = useForm<RecordValues, unknown, RecordInput>({
    resolver,
    defaultValues: {
      occurredOn: todayIso(),
      body: correcting?.body ?? '',
      correctsId: correcting?.id ?? null,
    },
    shouldFocusError: false,
  });
  const occurredOn = useWatch({ control: form.control, name: 'occurredOn' });
  const { errors, submitCount } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);

  async function submit(input: RecordInput) {
    const detail = await run(
      () => addRecord(caseDetail.id, input),
      (err) => placeServerIssues(err, form.setError, locale),
    );
    if (!detail) return;
    onClose();
    await apply(detail, t(correcting ? 'corrected' : 'recorded'));
  }

  return (
    <form
      id={FORM_ID}
      noValidate
      onSubmit={form.handleSubmit(submit)}
      className="flex min-w-0 flex-col gap-6"
    >
      <p className="text-std-16N-170 text-solid-gray-800">{t(correcting ? 'correctLead' : 'recordLead')}</p>
      <FormErrors
        formId={FORM_ID}
        errors={errors}
        submitCount={submitCount}
        labels={{ occurredOn: t('occurredOn'), body: t('body'), correctsId: t('original') }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      {correcting ? (
        <figure className="flex min-w-0 flex-col gap-1 rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">
          <figcaption className="text-std-16B-170">
            {t('original')}（{formatDay(correcting.occurredOn, locale)}）
          </figcaption>
          <p className="whitespace-pre-wrap text-std-16N-170">{correcting.body}</p>
        </figure>
      ) : null}
      <WarekiDateField
        id={`${FORM_ID}-occurredOn`}
        label={t('occurredOn')}
        required
        max={todayIso()}
        registration={form.register('occurredOn')}
        value={occurredOn}
        error={msg(errors.occurredOn?.message)}
      />
      <TextArea
        id={`${FORM_ID}-body`}
        label={t(correcting ? 'bodyCorrect' : 'body')}
        required
        rows={6}
        maxLength={4000}
        error={msg(errors.body?.message)}
        {...form.register('body')}
      />
    </form>
  );
}
