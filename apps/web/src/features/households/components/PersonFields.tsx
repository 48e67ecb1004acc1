import { SEX_LABELS, SEXES } from '@tsunagu/contracts/households';
import { toFullWidthKatakana } from '@tsunagu/japan';
import type { FocusEvent } from 'react';
import { useWatch } from 'react-hook-form';
import { Fieldset } from '../../../components/Checkbox';
import { Radio } from '../../../components/Radio';
import { TextField } from '../../../components/TextField';
import { emptyToNull } from '../../../lib/form';
import { todayIso } from '../../../lib/format';
import { localizeBilingual, useI18n, useLabel, useT } from '../../../lib/i18n';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import { editMessages } from '../edit-messages';
import { type PersonForm, personFieldId } from '../person-form';
import { AddressFields } from './AddressFields';
import { PhoneFields } from './PhoneFields';

type NamePath = 'person.familyName' | 'person.givenName' | 'person.familyNameKana' | 'person.givenNameKana';

/**
 * A person's fields as at intake: 氏名 and ふりがな, 生年月日 (西暦 or 和暦), 性別, 住所 with the
 * proposed 小学校区, and up to five 電話番号. Used to correct a person and to add a member.
 */
export function PersonFields({ form, formId }: { form: PersonForm; formId: string }) {
  const t = useT(editMessages);
  const label = useLabel();
  const { locale } = useI18n();
  const errors = form.formState.errors.person;
  const birthDate = useWatch({ control: form.control, name: 'person.birthDate' });
  const revalidate = form.formState.isSubmitted;
  const today = todayIso();
  const fid = (path: string) => personFieldId(formId, `person.${path}`);
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);
  const nameHintId = `${formId}-name-hint`;
  const kanaHintId = `${formId}-kana-hint`;

  function nameField(path: NamePath, key: 'familyName' | 'givenName' | 'familyNameKana' | 'givenNameKana') {
    const registration = form.register(path);
    const error = msg(errors?.[key]?.message);
    const kana = key.endsWith('Kana');
    const id = fid(key);
    return (
      <TextField
        id={id}
        label={t(key)}
        required
        autoComplete="off"
        error={error}
        aria-describedby={[kana ? kanaHintId : nameHintId, error ? `${id}-error` : '']
          .filter(Boolean)
          .join(' ')}
        {...registration}
        onBlur={(event: FocusEvent<HTMLInputElement>) => {
          // ふりがな typed in half-width katakana is widened on leaving the box, as the schema wants.
          const widened = kana ? toFullWidthKatakana(event.target.value) : event.target.value;
          if (widened !== event.target.value) form.setValue(path, widened, { shouldValidate: revalidate });
          return registration.onBlur(event);
        }}
      />
    );
  }

  return (
    <div className="flex flex-col gap-6">
      <div className="grid gap-x-5 gap-y-4 md:grid-cols-2">
        <p id={nameHintId} className="text-dns-14N-130 text-solid-gray-700 md:col-span-2">
          {t('nameHint')}
        </p>
        {nameField('person.familyName', 'familyName')}
        {nameField('person.givenName', 'givenName')}
        <p id={kanaHintId} className="text-dns-14N-130 text-solid-gray-700 md:col-span-2">
          {t('kanaHint')}
        </p>
        {nameField('person.familyNameKana', 'familyNameKana')}
        {nameField('person.givenNameKana', 'givenNameKana')}
      </div>

      <WarekiDateField
        id={fid('birthDate')}
        label={t('birthDate')}
        hint={t('birthDateHint')}
        error={msg(errors?.birthDate?.message)}
        min="1900-01-01"
        max={today}
        value={birthDate}
        registration={form.register('person.birthDate', { setValueAs: emptyToNull })}
        onWareki={(iso) =>
          form.setValue('person.birthDate', iso, { shouldDirty: true, shouldValidate: revalidate })
        }
      />

      <Fieldset id={fid('sex')} legend={t('sex')} error={msg(errors?.sex?.message)} nested>
        <div className="flex flex-wrap gap-2">
          {SEXES.map((sex) => (
            <Radio
              key={sex}
              id={`${fid('sex')}-${sex}`}
              value={sex}
              label={label(SEX_LABELS[sex])}
              {...form.register('person.sex')}
            />
          ))}
        </div>
      </Fieldset>

      <AddressFields
        addressId={fid('address')}
        districtId={fid('schoolDistrictCode')}
        address={form.register('person.address', { setValueAs: emptyToNull })}
        district={form.register('person.schoolDistrictCode', { setValueAs: emptyToNull })}
        addressError={msg(errors?.address?.message)}
        districtError={msg(errors?.schoolDistrictCode?.message)}
        initialAddress={form.formState.defaultValues?.person?.address}
        getDistrict={() => form.getValues('person.schoolDistrictCode')}
        setDistrict={(code) =>
          form.setValue('person.schoolDistrictCode', code, { shouldDirty: true, shouldValidate: revalidate })
        }
      />

      <PhoneFields form={form} formId={formId} />
    </div>
  );
}
