import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { type SurveyCreate, type SurveyDetail, surveyCreateSchema } from '@tsunagu/contracts/plan';
import { fiscalYearLabel } from '@tsunagu/japan';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/FormError';
import { Select } from '../../../components/Select';
import { TextField } from '../../../components/TextField';
import { useToast } from '../../../components/Toast';
import { useErrorText } from '../../../lib/errors';
import { applyServerIssues } from '../../../lib/form';
import { todayIso } from '../../../lib/format';
import { localizeBilingual, useI18n, useT } from '../../../lib/i18n';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import { createSurvey, surveyListQuery, surveyQuery } from '../api';
import { surveyMessages } from '../survey-messages';

const FORM_ID = 'survey-send';
const QUESTION = surveyCreateSchema.shape.question.parse(undefined);

/** A fortnight from today, as the closing date offered. */
function inTwoWeeks(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(
    new Date(Date.now() + 14 * 86_400_000),
  );
}

/**
 * この年度のアンケートを送る: 年度 (those without a survey yet), the question (prefilled) and the
 * closing date. `onSent` gets the new survey so the page can show its responses.
 */
export function SurveySendForm({ years, onSent }: { years: number[]; onSent: (s: SurveyDetail) => void }) {
  const t = useT(surveyMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const notify = useToast();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<z.input<typeof surveyCreateSchema>, unknown, SurveyCreate>({
    resolver: zodResolver(surveyCreateSchema),
    defaultValues: { fiscalYear: years[0], question: QUESTION, closesOn: inTwoWeeks() },
  });
  const closesOn = useWatch({ control: form.control, name: 'closesOn' });
  const { errors, isSubmitting } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);
  if (years.length === 0) return <Notice tone="info">{t('noYearLeft')}</Notice>;

  return (
    <form
      id={FORM_ID}
      noValidate
      onSubmit={form.handleSubmit(async (input) => {
        setFailure(null);
        try {
          const survey = await createSurvey(input);
          queryClient.setQueryData(surveyQuery(survey.id).queryKey, survey);
          await queryClient.invalidateQueries({ queryKey: surveyListQuery.queryKey });
          notify(
            t('sent', { year: fiscalYearLabel(survey.fiscalYear, { locale }), count: survey.recipients }),
          );
          onSent(survey);
        } catch (err) {
          setFailure(err);
          applyServerIssues(err, form.setError, locale);
        }
      })}
      className="grid items-start gap-4 md:grid-cols-2"
    >
      {failure ? (
        <div className="md:col-span-2">
          <Notice tone="error" live title={errorText(failure)} />
        </div>
      ) : null}
      <Select
        id={`${FORM_ID}-fiscalYear`}
        label={t('fiscalYear')}
        required
        error={msg(errors.fiscalYear?.message)}
        {...form.register('fiscalYear', { valueAsNumber: true })}
      >
        {years.map((fy) => (
          <option key={fy} value={fy}>
            {fiscalYearLabel(fy, { locale })}
          </option>
        ))}
      </Select>
      <WarekiDateField
        id={`${FORM_ID}-closesOn`}
        label={t('closesOn')}
        hint={t('closesOnHint')}
        required
        min={todayIso()}
        registration={form.register('closesOn')}
        value={closesOn}
        error={msg(errors.closesOn?.message)}
      />
      <div className="md:col-span-2">
        <TextField
          id={`${FORM_ID}-question`}
          label={t('question')}
          required
          maxLength={200}
          autoComplete="off"
          error={msg(errors.question?.message)}
          {...form.register('question')}
        />
      </div>
      <div className="md:col-span-2">
        <Button type="submit" busy={isSubmitting}>
          {t('send')}
        </Button>
      </div>
    </form>
  );
}
