import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { CASE_STAGE_LABELS } from '@tsunagu/contracts/cases';
import { MEETING_KIND_LABELS, MEETING_KINDS, type MeetingCreate } from '@tsunagu/contracts/meetings';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Button } from '../../../components/Button';
import { Checkbox, Fieldset } from '../../../components/Checkbox';
import { useFormRun } from '../../../components/FormFailure';
import { Loading } from '../../../components/Loading';
import { RadioGroup } from '../../../components/Radio';
import { TextArea, TextField } from '../../../components/TextField';
import { useToast } from '../../../components/Toast';
import { emptyToNull, fieldId } from '../../../lib/form';
import { localizeBilingual, useI18n, useLabel, useT } from '../../../lib/i18n';
import { coordinatedCasesQuery } from '../../cases/api';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import { FormErrors } from '../../referrals/components/FormErrors';
import { placeServerIssues } from '../../referrals/form-values';
import { createMeeting } from '../api';
import { meetingFormMessages } from '../form-messages';
import { type MeetingValues, meetingResolver, RULE_KEYS } from '../form-values';
import { AttendeeRows } from './AttendeeRows';
import { MeetingRefusal } from './MeetingRefusal';

const FORM_ID = 'meeting-new';

/**
 * 会議を登録: kind (each with its rule in one line), date, place, purpose, the agenda cases chosen from
 * the open coordinated cases, and the attendees. The server checks the kind's legal rule; a refusal
 * names what is missing (see {@link MeetingRefusal}).
 */
export function MeetingForm() {
  const t = useT(meetingFormMessages);
  const { locale } = useI18n();
  const label = useLabel();
  const notify = useToast();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const { failure, box, run } = useFormRun(setBusy);
  const cases = useQuery(coordinatedCasesQuery);
  const open = (cases.data?.items ?? []).filter((c) => c.stage !== 'closed');
  const form = useForm<MeetingValues, unknown, MeetingCreate>({
    resolver: meetingResolver,
    defaultValues: {
      kind: '',
      heldOn: '',
      place: null,
      purpose: '',
      caseIds: [],
      attendees: [{ agencyId: '', personName: '', role: null }],
    },
    shouldFocusError: false,
  });
  const heldOn = useWatch({ control: form.control, name: 'heldOn' });
  const { errors, submitCount } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);
  const id = (field: string) => fieldId(FORM_ID, field);

  async function submit(input: MeetingCreate) {
    const made = await run(
      () => createMeeting(input),
      (err) => placeServerIssues(err, form.setError, locale, (p) => p.replace(/^caseIds\.\d+$/, 'caseIds')),
    );
    if (!made) return;
    await queryClient.invalidateQueries({ queryKey: ['meetings'] });
    notify(t('created'));
    await navigate({ to: '/staff/meetings/$id', params: { id: made.id } });
  }

  return (
    <form
      id={FORM_ID}
      noValidate
      onSubmit={form.handleSubmit(submit)}
      className="flex min-w-0 flex-col gap-8"
    >
      <FormErrors
        formId={FORM_ID}
        errors={errors}
        submitCount={submitCount}
        labels={{
          kind: t('kind'),
          heldOn: t('heldOn'),
          place: t('place'),
          purpose: t('purpose'),
          caseIds: t('agenda'),
          attendees: t('attendees'),
        }}
      />
      <MeetingRefusal
        ref={box}
        failure={failure}
        hasFieldErrors={Object.keys(errors).length > 0}
        cases={cases.data?.items ?? []}
      />
      <RadioGroup
        id={id('kind')}
        legend={t('kind')}
        required
        error={msg(errors.kind?.message)}
        codes={MEETING_KINDS}
        labelOf={(code) => (
          <span className="flex flex-col">
            <span className="text-std-16B-170">{label(MEETING_KIND_LABELS[code])}</span>
            <span className="text-dns-14N-130 text-solid-gray-800">{t(RULE_KEYS[code])}</span>
          </span>
        )}
        registration={form.register('kind')}
      />
      <WarekiDateField
        id={id('heldOn')}
        label={t('heldOn')}
        required
        registration={form.register('heldOn')}
        value={heldOn}
        error={msg(errors.heldOn?.message)}
      />
      <div className="max-w-xl">
        <TextField
          id={id('place')}
          label={t('place')}
          hint={t('placeHint')}
          maxLength={200}
          autoComplete="off"
          error={msg(errors.place?.message)}
          {...form.register('place', { setValueAs: emptyToNull })}
        />
      </div>
      <TextArea
        id={id('purpose')}
        label={t('purpose')}
        required
        rows={3}
        maxLength={1000}
        error={msg(errors.purpose?.message)}
        {...form.register('purpose')}
      />
      <Fieldset
        id={id('caseIds')}
        legend={t('agenda')}
        hint={t('agendaHint')}
        error={msg(errors.caseIds?.message)}
      >
        {cases.isPending ? <Loading /> : null}
        {cases.data && open.length === 0 ? <p>{t('agendaEmpty')}</p> : null}
        <div className="grid gap-2 md:grid-cols-2">
          {open.map((c) => (
            <Checkbox
              key={c.id}
              id={`${id('caseIds')}-${c.id}`}
              value={c.id}
              label={t('caseOption', {
                n: c.number,
                name: c.personName ?? '—',
                stage: label(CASE_STAGE_LABELS[c.stage]),
              })}
              {...form.register('caseIds')}
            />
          ))}
        </div>
      </Fieldset>
      <AttendeeRows id={id('attendees')} form={form} />
      <div>
        <Button type="submit" busy={busy}>
          {t('submitNew')}
        </Button>
      </div>
    </form>
  );
}
