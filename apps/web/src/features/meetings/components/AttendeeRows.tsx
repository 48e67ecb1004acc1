import { useFieldArray } from 'react-hook-form';
import { Button } from '../../../components/Button';
import { Fieldset } from '../../../components/Checkbox';
import { TextField } from '../../../components/TextField';
import { emptyToNull } from '../../../lib/form';
import { localizeBilingual, useI18n, useT } from '../../../lib/i18n';
import { AgencySelect } from '../../cases/components/AgencySelect';
import { listError, rowError } from '../../cases/form-values';
import { meetingFormMessages } from '../form-messages';
import type { MeetingForm } from '../form-values';

/** Most attendees a meeting may have (meetingCreateSchema). */
const MAX_ATTENDEES = 40;

/**
 * 出席者: one row per person — agency (with 構成員 marked, for a 支援会議), name and role; rows can be
 * added and removed.
 */
export function AttendeeRows({ id, form }: { id: string; form: MeetingForm }) {
  const t = useT(meetingFormMessages);
  const { locale } = useI18n();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'attendees' });
  const errors = form.formState.errors.attendees;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);
  return (
    <Fieldset id={id} legend={t('attendees')} required error={msg(listError(errors))}>
      <ol className="flex min-w-0 flex-col gap-4">
        {fields.map((field, i) => (
          <li key={field.id}>
            <Fieldset
              id={`${id}-${i}`}
              legend={t('attendeeN', { n: i + 1 })}
              nested
              className="rounded-8 border border-solid-gray-420 p-4"
            >
              <div className="grid gap-4 md:grid-cols-3">
                <AgencySelect
                  id={`${id}-${i}-agencyId`}
                  label={t('agency')}
                  required
                  registration={form.register(`attendees.${i}.agencyId`)}
                  note={(a) => (a.supportCouncilMember ? t('member') : '')}
                  error={msg(rowError(errors, i, 'agencyId'))}
                />
                <TextField
                  id={`${id}-${i}-personName`}
                  label={t('personName')}
                  required
                  maxLength={100}
                  autoComplete="off"
                  error={msg(rowError(errors, i, 'personName'))}
                  {...form.register(`attendees.${i}.personName`)}
                />
                <TextField
                  id={`${id}-${i}-role`}
                  label={t('role')}
                  hint={t('roleHint')}
                  maxLength={100}
                  autoComplete="off"
                  error={msg(rowError(errors, i, 'role'))}
                  {...form.register(`attendees.${i}.role`, { setValueAs: emptyToNull })}
                />
              </div>
              {fields.length > 1 ? (
                <Button variant="tertiary" size="sm" className="mt-3" onClick={() => remove(i)}>
                  {t('removeAttendee', { n: i + 1 })}
                </Button>
              ) : null}
            </Fieldset>
          </li>
        ))}
      </ol>
      {fields.length < MAX_ATTENDEES ? (
        <Button
          variant="secondary"
          size="sm"
          className="mt-3"
          onClick={() => append({ agencyId: '', personName: '', role: null })}
        >
          {t('addAttendee')}
        </Button>
      ) : null}
    </Fieldset>
  );
}
