import { useCallback } from 'react';
import { useWatch } from 'react-hook-form';
import { Select } from '../../../components/Select';
import { TextField } from '../../../components/TextField';
import { todayIso } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { DuplicateCandidates } from '../../intakes/components/DuplicateCandidates';
import { SchoolDistrictOptions } from '../../intakes/components/SchoolDistrictOptions';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import { usePersonDuplicateCheck } from '../../intakes/use-duplicate-check';
import { useCodeLists } from '../../settings/api';
import { formMessages } from '../participant-messages';
import { ExistingPerson } from './ExistingPerson';
import { FormSection, id, type SectionProps } from './ParticipantFormParts';

/**
 * Possible duplicates of the new person, checked as at an intake (the same endpoint, the same
 * warning): a person already on record should be registered from their record instead.
 */
function useNewPersonDuplicates(form: SectionProps['form']) {
  const watched = useWatch({
    control: form.control,
    name: ['person.familyNameKana', 'person.givenNameKana', 'person.birthDate'],
  });
  const read = useCallback(() => form.getValues('person'), [form]);
  return usePersonDuplicateCheck(watched, read);
}

/** The person: one on record (from the link), or the name, kana, birth date and address of a new one. */
export function ParticipantPersonFields({
  form,
  errors,
  msg,
  personId,
  householdId,
  caseId,
  birthDate,
  registeredOn,
}: SectionProps & {
  personId?: string | undefined;
  householdId?: string | undefined;
  caseId?: string | undefined;
  birthDate: string;
  registeredOn: string;
}) {
  const t = useT(formMessages);
  const lists = useCodeLists();
  const duplicates = useNewPersonDuplicates(form);
  return (
    <FormSection id="person" title={t('personHeading')} lead={personId ? undefined : t('personLead')}>
      {personId ? (
        <ExistingPerson personId={personId} householdId={householdId} caseId={caseId} />
      ) : (
        <div ref={duplicates.area} className="flex flex-col gap-6">
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              id={id('person.familyName')}
              label={t('familyName')}
              required
              autoComplete="off"
              maxLength={50}
              error={msg(errors.person?.familyName?.message)}
              {...form.register('person.familyName')}
            />
            <TextField
              id={id('person.givenName')}
              label={t('givenName')}
              required
              autoComplete="off"
              maxLength={50}
              error={msg(errors.person?.givenName?.message)}
              {...form.register('person.givenName')}
            />
            <TextField
              id={id('person.familyNameKana')}
              label={t('familyNameKana')}
              required
              autoComplete="off"
              maxLength={100}
              error={msg(errors.person?.familyNameKana?.message)}
              {...form.register('person.familyNameKana')}
            />
            <TextField
              id={id('person.givenNameKana')}
              label={t('givenNameKana')}
              required
              autoComplete="off"
              maxLength={100}
              error={msg(errors.person?.givenNameKana?.message)}
              {...form.register('person.givenNameKana')}
            />
          </div>
          <WarekiDateField
            id={id('person.birthDate')}
            label={t('birthDate')}
            max={todayIso()}
            registration={form.register('person.birthDate')}
            value={birthDate}
            ageOnDate={registeredOn}
            onWareki={(iso) => form.setValue('person.birthDate', iso, { shouldDirty: true })}
            error={msg(errors.person?.birthDate?.message)}
          />
          <TextField
            id={id('person.address')}
            label={t('address')}
            autoComplete="off"
            maxLength={200}
            error={msg(errors.person?.address?.message)}
            {...form.register('person.address')}
          />
          <div className="max-w-md">
            <Select
              id={id('person.schoolDistrictCode')}
              label={t('schoolDistrict')}
              hint={t('schoolDistrictHint')}
              error={msg(errors.person?.schoolDistrictCode?.message)}
              {...form.register('person.schoolDistrictCode')}
            >
              <SchoolDistrictOptions lists={lists} />
            </Select>
          </div>
          <DuplicateCandidates id={`${id('person')}-duplicates`} result={duplicates.result} />
        </div>
      )}
    </FormSection>
  );
}
