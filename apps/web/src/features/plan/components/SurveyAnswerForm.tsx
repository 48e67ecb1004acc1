import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import {
  SURVEY_ANSWER_LABELS,
  SURVEY_ANSWERS,
  type SurveyAnswerInput,
  type SurveyRequest,
  surveyAnswerInputSchema,
} from '@tsunagu/contracts/plan';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/FormError';
import { RadioGroup } from '../../../components/Radio';
import { TextArea } from '../../../components/TextField';
import { useToast } from '../../../components/Toast';
import { useErrorText } from '../../../lib/errors';
import { emptyToNull } from '../../../lib/form';
import { localizeBilingual, useI18n, useLabel, useT } from '../../../lib/i18n';
import { answerSurvey, surveyRequestsQuery } from '../api';
import { surveyMessages } from '../survey-messages';

type Values = z.input<typeof surveyAnswerInputSchema>;

/** The agency's answer (連携がとれている or not) with an optional comment; 回答する or 回答を変更する. */
export function SurveyAnswerForm({ request: r }: { request: SurveyRequest }) {
  const t = useT(surveyMessages);
  const { locale } = useI18n();
  const label = useLabel();
  const errorText = useErrorText();
  const notify = useToast();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<unknown>(null);
  const formId = `survey-answer-${r.surveyId}`;
  const form = useForm<Values, unknown, SurveyAnswerInput>({
    resolver: zodResolver(surveyAnswerInputSchema),
    defaultValues: { answer: r.answer ?? undefined, comment: r.comment ?? '' },
  });
  const { errors, isSubmitting } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);

  return (
    <form
      id={formId}
      noValidate
      onSubmit={form.handleSubmit(async (input) => {
        setFailure(null);
        try {
          queryClient.setQueryData(surveyRequestsQuery.queryKey, await answerSurvey(r.surveyId, input));
          notify(t('thanks'));
        } catch (err) {
          setFailure(err);
        }
      })}
      className="flex min-w-0 flex-col gap-4"
    >
      {failure ? <Notice tone="error" live title={errorText(failure)} /> : null}
      <RadioGroup
        id={`${formId}-answer`}
        legend={r.question}
        required
        error={msg(errors.answer?.message)}
        codes={SURVEY_ANSWERS}
        labelOf={(code) => label(SURVEY_ANSWER_LABELS[code])}
        registration={form.register('answer')}
        columns={2}
      />
      <TextArea
        id={`${formId}-comment`}
        label={t('comment')}
        hint={t('commentHint')}
        rows={3}
        maxLength={2000}
        error={msg(errors.comment?.message)}
        {...form.register('comment', { setValueAs: emptyToNull })}
      />
      <div>
        <Button type="submit" busy={isSubmitting}>
          {r.answer ? t('change') : t('answer')}
        </Button>
      </div>
    </form>
  );
}
