import { useQueryClient } from '@tanstack/react-query';
import { RELATIONSHIP_LABELS, RELATIONSHIPS } from '@tsunagu/contracts/households';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Checkbox } from '../../../components/Checkbox';
import { Select } from '../../../components/Select';
import { useToast } from '../../../components/Toast';
import { applyServerIssues } from '../../../lib/form';
import { localizeBilingual, useI18n, useLabel, useT } from '../../../lib/i18n';
import { addMember, householdQuery } from '../api';
import { editMessages } from '../edit-messages';
import { fullName } from '../people';
import {
  type MemberRelationship,
  memberResolver,
  type PersonFormOutput,
  type PersonFormValues,
  personFieldId,
  personFormValues,
} from '../person-form';
import { FormDialog } from './FormDialog';
import { FormFailure } from './FormFailure';
import { PersonErrorSummary } from './PersonErrorSummary';
import { PersonFields } from './PersonFields';

const FORM_ID = 'member-add';

/** 世帯員を追加: a new person with their 続柄 (never 本人) and whether they live with the 本人. */
export function MemberAddDialog({
  householdId,
  open,
  onClose,
}: {
  householdId: string;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT(editMessages);
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={t('memberAddTitle')}
      formId={FORM_ID}
      submitLabel={t('add')}
    >
      {(onBusy) => <MemberAddForm householdId={householdId} onBusy={onBusy} onDone={onClose} />}
    </FormDialog>
  );
}

function MemberAddForm({
  householdId,
  onBusy,
  onDone,
}: {
  householdId: string;
  onBusy: (busy: boolean) => void;
  onDone: () => void;
}) {
  const t = useT(editMessages);
  const label = useLabel();
  const { locale } = useI18n();
  const notify = useToast();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<unknown>(null);
  const failureBox = useRef<HTMLDivElement>(null);
  const form = useForm<PersonFormValues, unknown, PersonFormOutput>({
    resolver: memberResolver,
    defaultValues: personFormValues(),
    shouldFocusError: false,
  });
  const { errors } = form.formState;
  const relationshipError = errors.relationship?.message;

  useEffect(() => {
    if (failure) failureBox.current?.focus();
  }, [failure]);

  async function submit(output: PersonFormOutput) {
    setFailure(null);
    onBusy(true);
    try {
      await addMember(householdId, {
        person: output.person,
        relationship: output.relationship as MemberRelationship,
        livesTogether: output.livesTogether ?? true,
      });
      await queryClient.invalidateQueries({ queryKey: householdQuery(householdId).queryKey });
      notify(t('memberAdded', { name: fullName(output.person) }));
      onDone();
    } catch (err) {
      setFailure(err);
      applyServerIssues(err, form.setError, locale);
    } finally {
      onBusy(false);
    }
  }

  return (
    <form id={FORM_ID} noValidate onSubmit={form.handleSubmit(submit)} className="flex flex-col gap-6">
      <PersonErrorSummary form={form} formId={FORM_ID} />
      <FormFailure ref={failureBox} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <PersonFields form={form} formId={FORM_ID} />
      <div className="grid gap-x-5 gap-y-4 border-t border-solid-gray-200 pt-6 md:grid-cols-2">
        <Select
          id={personFieldId(FORM_ID, 'relationship')}
          label={t('relationship')}
          hint={t('relationshipHint')}
          required
          error={relationshipError ? localizeBilingual(relationshipError, locale) : undefined}
          {...form.register('relationship')}
        >
          <option value="">{t('choose')}</option>
          {RELATIONSHIPS.filter((r) => r !== 'self').map((r) => (
            <option key={r} value={r}>
              {label(RELATIONSHIP_LABELS[r])}
            </option>
          ))}
        </Select>
        <div className="flex items-end pb-2">
          <Checkbox
            id={personFieldId(FORM_ID, 'livesTogether')}
            label={t('livesTogether')}
            {...form.register('livesTogether')}
          />
        </div>
      </div>
    </form>
  );
}
