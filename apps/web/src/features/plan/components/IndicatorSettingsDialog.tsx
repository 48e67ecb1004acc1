import { useQuery } from '@tanstack/react-query';
import {
  type Indicator,
  type IndicatorUpdate,
  indicatorUpdateSchema,
  type Metric,
} from '@tsunagu/contracts/plan';
import { fiscalYearLabel } from '@tsunagu/japan';
import { useForm, useWatch } from 'react-hook-form';
import { Notice } from '../../../components/FormError';
import { FormFailure, useFormRun } from '../../../components/FormFailure';
import { Loading } from '../../../components/Loading';
import { Select } from '../../../components/Select';
import { TextArea, TextField } from '../../../components/TextField';
import { ApiError } from '../../../lib/api';
import { useErrorText } from '../../../lib/errors';
import { localizeBilingual, useI18n, useT } from '../../../lib/i18n';
import { FormDialog } from '../../households/components/FormDialog';
import { FormErrors } from '../../referrals/components/FormErrors';
import { addError, placeServerIssues, sharedResolver } from '../../referrals/form-values';
import { metricListQuery, updateIndicator } from '../api';
import { indicatorMessages } from '../messages';
import { parseFigure, useIndicatorSaved } from './IndicatorFormParts';

const FORM_ID = 'indicator-settings';
const BOTH = '目標値と目標年度は両方入力してください / give both the target and its year';

type SettingsValues = {
  version: number;
  target: string;
  targetFiscalYear: string;
  metricKey: string;
  openingBalance: string;
  achievements: string;
};

const resolver = sharedResolver<SettingsValues, IndicatorUpdate>(
  indicatorUpdateSchema,
  (v, errors) => {
    if ((v.target.trim() === '') !== (v.targetFiscalYear === '')) addError(errors, 'targetFiscalYear', BOTH);
  },
  (v) => ({
    version: v.version,
    target: parseFigure(v.target),
    targetFiscalYear: v.targetFiscalYear === '' ? null : Number(v.targetFiscalYear),
    metricKey: v.metricKey === '' ? null : v.metricKey,
    openingBalance: parseFigure(v.openingBalance) ?? Number.NaN,
    achievements: v.achievements,
  }),
);

interface SettingsProps {
  indicator: Indicator;
  /** The 年度 a target can be set for. */
  years: number[];
  open: boolean;
  onClose: () => void;
}

/** 設定を変更 (planner): the target and its 年度, the metric it is computed from, the opening balance and 取組実績. */
export function IndicatorSettingsDialog(props: SettingsProps) {
  const t = useT(indicatorMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={t('settingsTitle', { name: props.indicator.name })}
      formId={FORM_ID}
      submitLabel={t('settingsSubmit')}
    >
      {(onBusy) => <SettingsForm {...props} onBusy={onBusy} />}
    </FormDialog>
  );
}

type FormProps = SettingsProps & { onBusy: (busy: boolean) => void };

/** Waits for the metric catalogue, so the select shows the indicator's metric from the start. */
function SettingsForm(props: FormProps) {
  const errorText = useErrorText();
  const metrics = useQuery(metricListQuery);
  if (metrics.isError) return <Notice tone="error" live title={errorText(metrics.error)} />;
  if (!metrics.data) return <Loading />;
  return <SettingsFields {...props} metrics={metrics.data.items} />;
}

function SettingsFields({ indicator, years, onClose, onBusy, metrics }: FormProps & { metrics: Metric[] }) {
  const t = useT(indicatorMessages);
  const { locale } = useI18n();
  const saved = useIndicatorSaved();
  const { failure, box, run } = useFormRun(onBusy);
  const form = useForm<SettingsValues, unknown, IndicatorUpdate>({
    resolver,
    defaultValues: {
      version: indicator.version,
      target: indicator.target === null ? '' : String(indicator.target),
      targetFiscalYear: indicator.targetFiscalYear === null ? '' : String(indicator.targetFiscalYear),
      metricKey: indicator.metric?.key ?? '',
      openingBalance: String(indicator.openingBalance),
      achievements: indicator.achievements,
    },
    shouldFocusError: false,
  });
  const metricKey = useWatch({ control: form.control, name: 'metricKey' });
  const chosen = metrics.find((m) => m.key === metricKey);
  const { errors, submitCount } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);
  const targetYears =
    indicator.targetFiscalYear === null || years.includes(indicator.targetFiscalYear)
      ? years
      : [...years, indicator.targetFiscalYear].sort((a, b) => a - b);

  async function submit(input: IndicatorUpdate) {
    const updated = await run(
      () => updateIndicator(indicator.id, input),
      (err) => {
        placeServerIssues(err, form.setError, locale);
        if (err instanceof ApiError && err.status === 409)
          void saved.reload(indicator.id).then((fresh) => fresh && form.setValue('version', fresh.version));
      },
    );
    if (!updated) return;
    onClose();
    await saved.apply(updated, t('settingsSaved'));
  }

  return (
    <form
      id={FORM_ID}
      noValidate
      onSubmit={form.handleSubmit(submit)}
      className="flex min-w-0 flex-col gap-6"
    >
      <p className="text-std-16N-170 text-solid-gray-800">{t('settingsLead')}</p>
      <FormErrors
        formId={FORM_ID}
        errors={errors}
        submitCount={submitCount}
        labels={{
          target: t('target'),
          targetFiscalYear: t('targetFiscalYear'),
          metricKey: t('metric'),
          openingBalance: t('openingBalance'),
          achievements: t('achievements'),
        }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={`${FORM_ID}-target`}
          label={t('targetWithUnit', { unit: indicator.unit })}
          hint={t('targetHint')}
          inputMode="decimal"
          autoComplete="off"
          error={msg(errors.target?.message)}
          {...form.register('target')}
        />
        <Select
          id={`${FORM_ID}-targetFiscalYear`}
          label={t('targetFiscalYear')}
          hint={t('targetYearHint')}
          error={msg(errors.targetFiscalYear?.message)}
          {...form.register('targetFiscalYear')}
        >
          <option value="">{t('noTargetYear')}</option>
          {targetYears.map((fy) => (
            <option key={fy} value={fy}>
              {fiscalYearLabel(fy, { locale })}
            </option>
          ))}
        </Select>
      </div>
      <Select
        id={`${FORM_ID}-metricKey`}
        label={t('metric')}
        hint={chosen ? t('metricChosen', { description: chosen.description }) : t('manualHint')}
        error={msg(errors.metricKey?.message)}
        {...form.register('metricKey')}
      >
        <option value="">{t('manual')}</option>
        {metrics.map((m) => (
          <option key={m.key} value={m.key}>
            {m.name}
          </option>
        ))}
      </Select>
      <TextField
        id={`${FORM_ID}-openingBalance`}
        label={t('openingBalanceWithUnit', { unit: indicator.unit })}
        hint={t('openingBalanceHint')}
        required
        inputMode="decimal"
        autoComplete="off"
        className="max-w-xs"
        error={msg(errors.openingBalance?.message)}
        {...form.register('openingBalance')}
      />
      <TextArea
        id={`${FORM_ID}-achievements`}
        label={t('achievements')}
        hint={t('achievementsHint')}
        rows={6}
        maxLength={4000}
        error={msg(errors.achievements?.message)}
        {...form.register('achievements')}
      />
    </form>
  );
}
