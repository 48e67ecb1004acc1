import { useQueryClient } from '@tanstack/react-query';
import type { MeetingDetail, MeetingMinutes } from '@tsunagu/contracts/meetings';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/Button';
import { FormFailure, useFormRun } from '../../../components/FormFailure';
import { TextArea } from '../../../components/TextField';
import { useToast } from '../../../components/Toast';
import { localizeBilingual, useI18n, useT } from '../../../lib/i18n';
import { refreshCaseLists } from '../../cases/api';
import { FormErrors } from '../../referrals/components/FormErrors';
import { placeServerIssues } from '../../referrals/form-values';
import { meetingQuery, recordMinutes } from '../api';
import { meetingFormMessages } from '../form-messages';
import { MINUTES_FORM_ID, type MinutesValues, minutesResolver } from '../minutes-values';
import { ActionItemRows, DecisionRows, RoleRows } from './MinutesRows';

/**
 * 議事録を記録 (the coordinator, once, after the meeting): the minutes, decisions, role assignments
 * (the agencies join the case teams) and action items (into the owners' task lists).
 */
export function MinutesForm({ meeting }: { meeting: MeetingDetail }) {
  const t = useT(meetingFormMessages);
  const { locale } = useI18n();
  const notify = useToast();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const key = meetingQuery(meeting.id).queryKey;
  const { failure, box, run } = useFormRun(
    setBusy,
    () => void queryClient.invalidateQueries({ queryKey: key }),
  );
  const form = useForm<MinutesValues, unknown, MeetingMinutes>({
    resolver: minutesResolver,
    defaultValues: { version: meeting.version, minutes: '', decisions: [], roles: [], actionItems: [] },
    shouldFocusError: false,
  });
  const { errors, submitCount } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);

  async function submit(input: MeetingMinutes) {
    const detail = await run(
      () => recordMinutes(meeting.id, input),
      (err) => placeServerIssues(err, form.setError, locale),
    );
    if (!detail) return;
    queryClient.setQueryData(key, detail);
    notify(t('recorded'));
    await refreshCaseLists(queryClient);
    await queryClient.invalidateQueries({ queryKey: ['cases', 'detail'] });
  }

  return (
    <form
      id={MINUTES_FORM_ID}
      noValidate
      onSubmit={form.handleSubmit(submit)}
      className="flex min-w-0 flex-col gap-8"
    >
      <p className="text-std-16N-170">{t('minutesLead')}</p>
      <FormErrors
        formId={MINUTES_FORM_ID}
        errors={errors}
        submitCount={submitCount}
        labels={{
          minutes: t('minutes'),
          decisions: t('decisions'),
          roles: t('roles'),
          actionItems: t('actionItems'),
        }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <TextArea
        id={`${MINUTES_FORM_ID}-minutes`}
        label={t('minutes')}
        required
        rows={8}
        maxLength={20000}
        error={msg(errors.minutes?.message)}
        {...form.register('minutes')}
      />
      <DecisionRows form={form} meeting={meeting} />
      {meeting.agenda.length > 0 ? <RoleRows form={form} meeting={meeting} /> : null}
      <ActionItemRows form={form} meeting={meeting} />
      <div>
        <Button type="submit" busy={busy}>
          {t('submitMinutes')}
        </Button>
      </div>
    </form>
  );
}
