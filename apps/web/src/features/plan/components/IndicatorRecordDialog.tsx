import { type Indicator, type IndicatorValueInput, indicatorValueInputSchema } from '@tsunagu/contracts/plan';
import { fiscalYearLabel, fiscalYearOf } from '@tsunagu/japan';
import { useForm, useWatch } from 'react-hook-form';
import { FormFailure, useFormRun } from '../../../components/FormFailure';
import { Select } from '../../../components/Select';
import { TextArea, TextField } from '../../../components/TextField';
import { localizeBilingual, useI18n, useT } from '../../../lib/i18n';
import { FormDialog } from '../../households/components/FormDialog';
import { FormErrors } from '../../referrals/components/FormErrors';
import { placeServerIssues, sharedResolver } from '../../referrals/form-values';
import { recordIndicatorValue } from '../api';
import { indicatorMessages } from '../messages';
import { formatFigure, yearValue } from './IndicatorFormat';
import { parseFigure, useIndicatorSaved } from './IndicatorFormParts';

const FORM_ID = 'indicator-record';

type RecordValues = { fiscalYear: string; value: string; dataFiscalYear: string; note: string };

const resolver = sharedResolver<RecordValues, IndicatorValueInput>(
  indicatorValueInputSchema,
  () => {},
  (v) => ({
    value: parseFigure(v.value),
    dataFiscalYear: v.dataFiscalYear === '' ? null : Number(v.dataFiscalYear),
    note: v.note.trim() === '' ? null : v.note,
  }),
);

interface RecordProps {
  indicator: Indicator;
  years: number[];
  open: boolean;
  onClose: () => void;
}

/** 実績値を記録: the figure of one 年度 typed by the planner or the owner division (blank clears it). */
export function IndicatorRecordDialog(props: RecordProps) {
  const t = useT(indicatorMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={t('recordTitle', { name: props.indicator.name })}
      formId={FORM_ID}
      submitLabel={t('recordSubmit')}
    >
      {(onBusy) => <RecordForm {...props} onBusy={onBusy} />}
    </FormDialog>
  );
}

function RecordForm({
  indicator,
  years,
  onClose,
  onBusy,
}: RecordProps & { onBusy: (busy: boolean) => void }) {
  const t = useT(indicatorMessages);
  const { locale } = useI18n();
  const saved = useIndicatorSaved();
  const { failure, box, run } = useFormRun(onBusy);
  const current = fiscalYearOf(new Date());
  const start = [...years].reverse().find((fy) => fy <= current) ?? years[0] ?? current;
  const initial = (fy: number): RecordValues => {
    const v = yearValue(indicator, fy);
    return {
      fiscalYear: String(fy),
      value: v?.recorded === null || v?.recorded === undefined ? '' : String(v.recorded),
      dataFiscalYear: v?.recorded !== null && v?.dataFiscalYear ? String(v.dataFiscalYear) : '',
      note: v?.recorded !== null ? (v?.note ?? '') : '',
    };
  };
  const form = useForm<RecordValues, unknown, IndicatorValueInput>({
    resolver,
    defaultValues: initial(start),
    shouldFocusError: false,
  });
  const fiscalYear = Number(useWatch({ control: form.control, name: 'fiscalYear' }));
  const { errors, submitCount } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);
  const shown = yearValue(indicator, fiscalYear);
  const label = (fy: number) => fiscalYearLabel(fy, { locale });
  const earlier = [1, 2, 3].map((n) => fiscalYear - n);

  async function submit(input: IndicatorValueInput) {
    const updated = await run(
      () => recordIndicatorValue(indicator.id, fiscalYear, input),
      (err) => placeServerIssues(err, form.setError, locale),
    );
    if (!updated) return;
    onClose();
    await saved.apply(updated, t(input.value === null ? 'recordCleared' : 'recorded'));
  }

  return (
    <form
      id={FORM_ID}
      noValidate
      onSubmit={form.handleSubmit(submit)}
      className="flex min-w-0 flex-col gap-6"
    >
      <p className="text-std-16N-170 text-solid-gray-800">{t('recordLead')}</p>
      <FormErrors
        formId={FORM_ID}
        errors={errors}
        submitCount={submitCount}
        labels={{ value: t('value'), dataFiscalYear: t('dataFiscalYear'), note: t('note') }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <Select
        id={`${FORM_ID}-fiscalYear`}
        label={t('recordYear')}
        required
        {...form.register('fiscalYear', {
          onChange: (event: { target: { value: string } }) => form.reset(initial(Number(event.target.value))),
        })}
      >
        {years.map((fy) => (
          <option key={fy} value={fy}>
            {label(fy)}
          </option>
        ))}
      </Select>
      <TextField
        id={`${FORM_ID}-value`}
        label={t('valueWithUnit', { unit: indicator.unit })}
        inputMode="decimal"
        autoComplete="off"
        hint={
          shown?.computed !== null && shown?.computed !== undefined
            ? t('valueHintComputed', { computed: formatFigure(shown.computed, indicator.unit, locale) })
            : t('valueHint')
        }
        error={msg(errors.value?.message)}
        className="max-w-xs"
        {...form.register('value')}
      />
      <Select
        id={`${FORM_ID}-dataFiscalYear`}
        label={t('dataFiscalYear')}
        hint={t('dataFiscalYearHint')}
        error={msg(errors.dataFiscalYear?.message)}
        {...form.register('dataFiscalYear')}
      >
        <option value="">{t('sameYear', { year: label(fiscalYear) })}</option>
        {earlier.map((fy) => (
          <option key={fy} value={fy}>
            {label(fy)}
          </option>
        ))}
      </Select>
      <TextArea
        id={`${FORM_ID}-note`}
        label={t('note')}
        hint={t('noteHint')}
        rows={3}
        maxLength={500}
        error={msg(errors.note?.message)}
        {...form.register('note')}
      />
    </form>
  );
}
