import {
  CONSENT_METHOD_LABELS,
  CONSENT_METHODS,
  CONSENT_PURPOSE_LABELS,
  CONSENT_PURPOSES,
} from '@tsunagu/contracts/consents';
import { useWatch } from 'react-hook-form';
import { Checkbox, Fieldset } from '../../../components/Checkbox';
import { Radio } from '../../../components/Radio';
import { TextArea } from '../../../components/TextField';
import { emptyToNull } from '../../../lib/form';
import { todayIso } from '../../../lib/format';
import { localizeBilingual, useI18n, useLabel, useT } from '../../../lib/i18n';
import { ScopeFieldset } from '../../consents/components/ScopeFieldset';
import { type IntakeForm, intakeFieldId } from '../form-values';
import { intakeMessages } from '../messages';
import { WarekiDateField } from './WarekiDateField';

/**
 * 同意（情報共有）: when 「この受付で同意を得た」 is ticked, who consented (the members by name), the
 * purpose, the scope, how and when it was obtained, and a note — one consent per member on register.
 */
export function ConsentFieldset({ form }: { form: IntakeForm }) {
  const t = useT(intakeMessages);
  const { locale } = useI18n();
  const label = useLabel();
  const given = useWatch({ control: form.control, name: 'consent.given' });
  const members = useWatch({ control: form.control, name: 'members' });
  const chosenAgencies = useWatch({ control: form.control, name: 'consent.scopeAgencyIds' });
  const obtainedOn = useWatch({ control: form.control, name: 'consent.obtainedOn' });
  const errors = form.formState.errors.consent;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);
  const givenBox = form.register('consent.given', {
    onChange: (event: { target: { checked: boolean } }) => {
      // Obtained on the day received, unless the user has already set the date.
      if (event.target.checked && !form.getFieldState('consent.obtainedOn').isDirty)
        form.setValue('consent.obtainedOn', form.getValues('receivedOn'));
    },
  });

  return (
    <div className="flex flex-col gap-6">
      <p className="text-std-16N-170 text-solid-gray-800">{t('consentLead')}</p>
      <Checkbox id={intakeFieldId('consent.given')} label={t('consentGiven')} {...givenBox} />
      {given ? (
        <div className="flex flex-col gap-6 border-l-4 border-blue-200 pl-4 md:pl-6">
          <Fieldset
            id={intakeFieldId('consent.members')}
            legend={t('consentMembers')}
            hint={t('consentMembersHint')}
            required
            error={msg(errors?.members?.message ?? errors?.members?.root?.message)}
            nested
          >
            <div className="flex flex-col gap-2">
              {members.map((m, index) => {
                const name = [m.person.familyName, m.person.givenName].filter((s) => s.trim()).join(' ');
                return (
                  <Checkbox
                    // biome-ignore lint/suspicious/noArrayIndexKey: a box stands for the member at this index
                    key={index}
                    id={`${intakeFieldId('consent.members')}-${index}`}
                    value={String(index)}
                    label={name || t('unnamedMember', { n: index + 1 })}
                    {...form.register('consent.members')}
                  />
                );
              })}
            </div>
          </Fieldset>
          <Fieldset
            id={intakeFieldId('consent.purpose')}
            legend={t('consentPurpose')}
            required
            error={msg(errors?.purpose?.message)}
            nested
          >
            <div className="flex flex-col gap-2 md:flex-row">
              {CONSENT_PURPOSES.map((code) => (
                <Radio
                  key={code}
                  id={`${intakeFieldId('consent.purpose')}-${code}`}
                  value={code}
                  label={label(CONSENT_PURPOSE_LABELS[code])}
                  {...form.register('consent.purpose')}
                />
              ))}
            </div>
          </Fieldset>
          <ScopeFieldset
            idOf={(field) => intakeFieldId(`consent.${field}`)}
            register={(field) =>
              // Choosing a category answers the "choose a scope" error kept on the agency list.
              form.register(`consent.${field}`, { deps: ['consent.scopeAgencyIds'] })
            }
            chosenIds={chosenAgencies}
            errors={{
              scopeAgencyIds: errors?.scopeAgencyIds?.message,
              scopeAgencyCategories: errors?.scopeAgencyCategories?.message,
            }}
            nested
          />
          <Fieldset
            id={intakeFieldId('consent.method')}
            legend={t('consentMethod')}
            required
            error={msg(errors?.method?.message)}
            nested
          >
            <div className="flex flex-wrap gap-2">
              {CONSENT_METHODS.map((code) => (
                <Radio
                  key={code}
                  id={`${intakeFieldId('consent.method')}-${code}`}
                  value={code}
                  label={label(CONSENT_METHOD_LABELS[code])}
                  className="min-w-24"
                  {...form.register('consent.method')}
                />
              ))}
            </div>
          </Fieldset>
          <WarekiDateField
            id={intakeFieldId('consent.obtainedOn')}
            label={t('consentObtainedOn')}
            hint={t('consentObtainedOnHint')}
            required
            max={todayIso()}
            value={obtainedOn}
            error={msg(errors?.obtainedOn?.message)}
            registration={form.register('consent.obtainedOn')}
          />
          <TextArea
            id={intakeFieldId('consent.note')}
            label={t('consentNote')}
            hint={t('consentNoteHint')}
            rows={3}
            maxLength={1000}
            error={msg(errors?.note?.message)}
            {...form.register('consent.note', { setValueAs: emptyToNull })}
          />
        </div>
      ) : null}
    </div>
  );
}
