import type { IntakeCreate } from '@tsunagu/contracts/households';
import {
  INTAKE_CHANNEL_LABELS,
  INTAKE_CHANNELS,
  URGENCIES,
  URGENCY_LABELS,
  VISITOR_LABELS,
  VISITORS,
} from '@tsunagu/contracts/households';
import { useEffect, useRef, useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { Button, LinkButton } from '../../../components/Button';
import { Fieldset } from '../../../components/Checkbox';
import { ErrorSummary, Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { Radio } from '../../../components/Radio';
import { Select } from '../../../components/Select';
import { TextArea } from '../../../components/TextField';
import { isApiError } from '../../../lib/api';
import { useErrorText } from '../../../lib/errors';
import { applyServerIssues, emptyToNull, flattenErrors } from '../../../lib/form';
import { todayIso } from '../../../lib/format';
import { localizeBilingual, useI18n, useLabel, useT } from '../../../lib/i18n';
import { useCodeLists } from '../../settings/api';
import { useIntakeFieldLabel } from '../field-labels';
import {
  emptyIntake,
  emptyMember,
  type IntakeFormValues,
  intakeFieldId,
  intakeResolver,
  MAX_MEMBERS,
} from '../form-values';
import { intakeMessages } from '../messages';
import { useDraftAutosave } from '../use-draft-autosave';
import { ConsentFieldset } from './ConsentFieldset';
import { DraftStatus } from './DraftStatus';
import { MainProblemField } from './MainProblemField';
import { MemberFieldset } from './MemberFieldset';
import { WarekiDateField } from './WarekiDateField';

function SectionHeading({ id, children }: { id: string; children: string }) {
  return (
    <h2 id={id} className="border-b-2 border-blue-900 pb-2 text-std-24B-150 text-solid-gray-900">
      {children}
    </h2>
  );
}

/**
 * The 相談受付 form: the intake, the household's members with their problems, the main problem and,
 * optionally, the consent to sharing obtained at the intake.
 * It validates with the shared intakeCreateSchema; the server's field issues land next to the fields
 * and in the error summary. What is typed is autosaved as the user's draft; `initialValues` and
 * `resumedAt` open the form on a resumed draft.
 */
export function IntakeForm({
  onSubmit,
  initialValues,
  resumedAt = null,
}: {
  onSubmit: (input: IntakeCreate) => Promise<void>;
  initialValues?: IntakeFormValues;
  resumedAt?: string | null;
}) {
  const t = useT(intakeMessages);
  const label = useLabel();
  const { locale } = useI18n();
  const errorText = useErrorText();
  const lists = useCodeLists();
  const fieldLabel = useIntakeFieldLabel();
  const [failure, setFailure] = useState<unknown>(null);
  const [removed, setRemoved] = useState('');
  const failureBox = useRef<HTMLDivElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const form = useForm<IntakeFormValues, unknown, IntakeCreate>({
    resolver: intakeResolver,
    defaultValues: initialValues ?? emptyIntake(),
    shouldFocusError: false,
  });
  const draft = useDraftAutosave(form, resumedAt);
  const members = useFieldArray({ control: form.control, name: 'members' });
  const receivedOn = useWatch({ control: form.control, name: 'receivedOn' });
  const { errors, isSubmitting, submitCount } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);

  useEffect(() => {
    if (failure) failureBox.current?.focus();
  }, [failure]);

  async function submit(input: IntakeCreate) {
    setFailure(null);
    // No draft save may land after the intake is recorded (the server deletes the draft then).
    await draft.pause();
    try {
      await onSubmit(input);
    } catch (err) {
      draft.resume();
      setFailure(err);
      applyServerIssues(err, form.setError, locale);
    }
  }

  function addMember() {
    setRemoved('');
    members.append(emptyMember(''), {
      shouldFocus: true,
      focusName: `members.${members.fields.length}.person.familyName`,
    });
  }

  function removeMember(index: number) {
    const main = form.getValues('mainProblem');
    if (main?.member === index) form.setValue('mainProblem', null);
    else if (main && main.member > index) form.setValue('mainProblem', { ...main, member: main.member - 1 });
    // The consent's boxes stand for member indexes: drop the removed one, shift the later ones.
    const consented = form.getValues('consent.members');
    form.setValue(
      'consent.members',
      (Array.isArray(consented) ? consented : [])
        .map(Number)
        .filter((m) => m !== index)
        .map((m) => String(m > index ? m - 1 : m)),
    );
    members.remove(index);
    setRemoved(t('memberRemoved', { n: index + 1 }));
    addButton.current?.focus();
  }

  const summary =
    submitCount > 0
      ? flattenErrors(errors).map(([path, message]) => ({
          fieldId: intakeFieldId(path),
          message: `${fieldLabel(path)}${locale === 'ja' ? '：' : ': '}${localizeBilingual(message, locale)}`,
        }))
      : [];
  // Checkboxes and selects take their initial state when they mount, so wait for the code lists.
  if (!lists) return <Loading />;
  const forbidden = isApiError(failure) && failure.status === 403;
  const membersError = errors.members?.root?.message ?? errors.members?.message;

  return (
    <form noValidate onSubmit={form.handleSubmit(submit)} className="flex flex-col gap-10">
      <ErrorSummary items={summary} focusKey={submitCount} />
      <div ref={failureBox} tabIndex={-1} className="outline-none empty:hidden">
        {forbidden ? (
          <Notice tone="error" live title={t('forbidden')} />
        ) : failure && summary.length === 0 ? (
          <Notice tone="error" live title={errorText(failure)} />
        ) : null}
      </div>

      <section aria-labelledby="intake-section-intake" className="flex flex-col gap-6">
        <SectionHeading id="intake-section-intake">{t('sectionIntake')}</SectionHeading>
        <div className="grid gap-x-5 gap-y-6 md:grid-cols-2">
          <div className="md:col-span-2">
            <WarekiDateField
              id={intakeFieldId('receivedOn')}
              label={t('receivedOn')}
              hint={t('receivedOnHint')}
              required
              max={todayIso()}
              value={receivedOn}
              error={msg(errors.receivedOn?.message)}
              registration={form.register('receivedOn')}
            />
          </div>
          <Select
            id={intakeFieldId('channel')}
            label={t('channel')}
            required
            error={msg(errors.channel?.message)}
            {...form.register('channel')}
          >
            <option value="">{t('choose')}</option>
            {INTAKE_CHANNELS.map((code) => (
              <option key={code} value={code}>
                {label(INTAKE_CHANNEL_LABELS[code])}
              </option>
            ))}
          </Select>
          <Select
            id={intakeFieldId('visitor')}
            label={t('visitor')}
            required
            error={msg(errors.visitor?.message)}
            {...form.register('visitor')}
          >
            <option value="">{t('choose')}</option>
            {VISITORS.map((code) => (
              <option key={code} value={code}>
                {label(VISITOR_LABELS[code])}
              </option>
            ))}
          </Select>
        </div>
        <Fieldset
          id={intakeFieldId('urgency')}
          legend={t('urgency')}
          hint={t('urgencyHint')}
          required
          error={msg(errors.urgency?.message)}
          nested
        >
          <div className="flex flex-wrap gap-2">
            {URGENCIES.map((code) => (
              <Radio
                key={code}
                id={`${intakeFieldId('urgency')}-${code}`}
                value={code}
                label={label(URGENCY_LABELS[code])}
                className="min-w-24"
                {...form.register('urgency')}
              />
            ))}
          </div>
        </Fieldset>
        <TextArea
          id={intakeFieldId('summary')}
          label={t('summary')}
          hint={t('summaryHint')}
          rows={6}
          maxLength={4000}
          error={msg(errors.summary?.message)}
          {...form.register('summary')}
        />
        <TextArea
          id={intakeFieldId('accommodation')}
          label={t('accommodation')}
          hint={t('accommodationHint')}
          rows={3}
          maxLength={1000}
          error={msg(errors.accommodation?.message)}
          {...form.register('accommodation', { setValueAs: emptyToNull })}
        />
      </section>

      <section
        id={intakeFieldId('members')}
        aria-labelledby="intake-section-members"
        className="flex flex-col gap-6"
      >
        <SectionHeading id="intake-section-members">{t('sectionMembers')}</SectionHeading>
        <p className="text-std-16N-170 text-solid-gray-800">{t('membersHint')}</p>
        {membersError ? <Notice tone="error" title={msg(membersError)} /> : null}
        <ol className="flex flex-col gap-6">
          {members.fields.map((row, index) => (
            <li
              key={row.id}
              className={`rounded-12 border bg-white p-4 md:p-6 ${
                index === 0 ? 'border-2 border-blue-900' : 'border-solid-gray-420'
              }`}
            >
              <MemberFieldset
                form={form}
                index={index}
                lists={lists}
                onRemove={index === 0 ? undefined : () => removeMember(index)}
              />
            </li>
          ))}
        </ol>
        <div className="flex flex-wrap items-center gap-4">
          <Button
            ref={addButton}
            variant="secondary"
            onClick={addMember}
            disabled={members.fields.length >= MAX_MEMBERS}
            aria-describedby={members.fields.length >= MAX_MEMBERS ? 'intake-max-members' : undefined}
          >
            <span aria-hidden="true">＋</span>
            {t('addMember')}
          </Button>
          {members.fields.length >= MAX_MEMBERS ? (
            <p id="intake-max-members" className="text-dns-14N-130 text-solid-gray-700">
              {t('maxMembers')}
            </p>
          ) : null}
          <p role="status" className="sr-only">
            {removed}
          </p>
        </div>
      </section>

      <section aria-labelledby="intake-section-main" className="flex flex-col gap-6">
        <SectionHeading id="intake-section-main">{t('sectionMain')}</SectionHeading>
        <MainProblemField form={form} lists={lists} />
      </section>

      <section aria-labelledby="intake-section-consent" className="flex flex-col gap-6">
        <SectionHeading id="intake-section-consent">{t('sectionConsent')}</SectionHeading>
        <ConsentFieldset form={form} />
      </section>

      <div className="border-t border-solid-gray-200 pt-6">
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit" busy={isSubmitting}>
            {isSubmitting ? t('submitting') : t('submit')}
          </Button>
          <LinkButton to="/staff" variant="tertiary">
            {t('cancel')}
          </LinkButton>
        </div>
        <DraftStatus state={draft.state} />
      </div>
    </form>
  );
}
