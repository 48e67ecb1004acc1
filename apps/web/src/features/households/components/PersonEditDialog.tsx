import { useQueryClient } from '@tanstack/react-query';
import type { Person } from '@tsunagu/contracts/households';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useToast } from '../../../components/Toast';
import { applyServerIssues } from '../../../lib/form';
import { useI18n, useT } from '../../../lib/i18n';
import { householdQuery, updatePerson } from '../api';
import { editMessages } from '../edit-messages';
import { fullName } from '../people';
import {
  type PersonFormOutput,
  type PersonFormValues,
  personFormValues,
  personResolver,
  underPerson,
} from '../person-form';
import { FormDialog } from './FormDialog';
import { FormFailure } from './FormFailure';
import { PersonErrorSummary } from './PersonErrorSummary';
import { PersonFields } from './PersonFields';

const FORM_ID = 'person-edit';

/**
 * 修正: a member's person record in a dialog, saved with the version it was read at. A stale version
 * (someone else saved first) shows a notice with a button to load their version; the server's field
 * issues land next to the fields.
 */
export function PersonEditDialog({
  householdId,
  person,
  onClose,
}: {
  householdId: string;
  person: Person | null;
  onClose: () => void;
}) {
  const t = useT(editMessages);
  return (
    <FormDialog
      open={person !== null}
      onClose={onClose}
      title={person ? t('personEditTitle', { name: fullName(person) }) : ''}
      formId={FORM_ID}
      submitLabel={t('save')}
    >
      {(onBusy) =>
        person ? (
          <PersonEditForm
            key={person.id}
            householdId={householdId}
            person={person}
            onBusy={onBusy}
            onDone={onClose}
          />
        ) : null
      }
    </FormDialog>
  );
}

function PersonEditForm({
  householdId,
  person,
  onBusy,
  onDone,
}: {
  householdId: string;
  person: Person;
  onBusy: (busy: boolean) => void;
  onDone: () => void;
}) {
  const t = useT(editMessages);
  const { locale } = useI18n();
  const notify = useToast();
  const queryClient = useQueryClient();
  const [version, setVersion] = useState(person.version);
  const [failure, setFailure] = useState<unknown>(null);
  const [reloaded, setReloaded] = useState(false);
  // Loading the latest version starts the fields afresh (the district proposal, the 和暦 box).
  const [generation, setGeneration] = useState(0);
  const failureBox = useRef<HTMLDivElement>(null);
  const form = useForm<PersonFormValues, unknown, PersonFormOutput>({
    resolver: personResolver,
    defaultValues: personFormValues(person),
    shouldFocusError: false,
  });
  const hasFieldErrors = Object.keys(form.formState.errors).length > 0;

  useEffect(() => {
    if (failure || reloaded) failureBox.current?.focus();
  }, [failure, reloaded]);

  async function submit(output: PersonFormOutput) {
    setFailure(null);
    setReloaded(false);
    onBusy(true);
    try {
      const saved = await updatePerson(person.id, { ...output.person, version });
      await queryClient.invalidateQueries({ queryKey: householdQuery(householdId).queryKey });
      notify(t('personSaved', { name: fullName(saved) }));
      onDone();
    } catch (err) {
      setFailure(err);
      applyServerIssues(underPerson(err), form.setError, locale);
    } finally {
      onBusy(false);
    }
  }

  async function reload() {
    const household = await queryClient.fetchQuery({ ...householdQuery(householdId), staleTime: 0 });
    const latest = household.members.find((m) => m.person.id === person.id)?.person;
    if (latest) {
      form.reset(personFormValues(latest));
      setVersion(latest.version);
      setGeneration((n) => n + 1);
    }
    setFailure(null);
    setReloaded(true);
  }

  return (
    <form id={FORM_ID} noValidate onSubmit={form.handleSubmit(submit)} className="flex flex-col gap-6">
      <PersonErrorSummary form={form} formId={FORM_ID} />
      <FormFailure
        ref={failureBox}
        failure={failure}
        hasFieldErrors={hasFieldErrors}
        reloaded={reloaded}
        onReload={reload}
      />
      <PersonFields key={generation} form={form} formId={FORM_ID} />
    </form>
  );
}
