import { RELATIONSHIP_LABELS, RELATIONSHIPS, SEX_LABELS, SEXES } from '@tsunagu/contracts/households';
import type { CodeLists } from '@tsunagu/contracts/settings';
import { toFullWidthKatakana } from '@tsunagu/japan';
import type { FocusEvent } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { Button } from '../../../components/Button';
import { Checkbox, Fieldset } from '../../../components/Checkbox';
import { Radio } from '../../../components/Radio';
import { Select } from '../../../components/Select';
import { TextField } from '../../../components/TextField';
import { emptyToNull } from '../../../lib/form';
import { todayIso } from '../../../lib/format';
import { localizeBilingual, useI18n, useLabel, useT } from '../../../lib/i18n';
import { activeItems } from '../../settings/api';
import { type IntakeForm, intakeFieldId } from '../form-values';
import { intakeMessages } from '../messages';
import { useDuplicateCheck } from '../use-duplicate-check';
import { DuplicateCandidates } from './DuplicateCandidates';
import { MemberAddressFields } from './MemberAddressFields';
import { WarekiDateField } from './WarekiDateField';

type KanaPath = `members.${number}.person.familyNameKana` | `members.${number}.person.givenNameKana`;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One member of the household: name and ふりがな, birth date (西暦 or 和暦), sex, address, school
 * district, phone, 続柄, 同居 and the member's problems. Possible duplicates of the person are shown
 * under the identity fields as they are typed, and the district is proposed from the address. The first row is always the 本人: its 続柄 is
 * fixed and it cannot be removed.
 */
export function MemberFieldset({
  form,
  index,
  lists,
  onRemove,
}: {
  form: IntakeForm;
  index: number;
  lists: CodeLists;
  /** Removes this member; absent for the 本人. */
  onRemove?: (() => void) | undefined;
}) {
  const t = useT(intakeMessages);
  const label = useLabel();
  const { locale } = useI18n();
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);
  const n = index + 1;
  const base = `members.${index}` as const;
  const fid = (path: string) => intakeFieldId(`${base}.${path}`);
  const errors = form.formState.errors.members?.[index];
  const pe = errors?.person;
  const relationship = useWatch({ control: form.control, name: `${base}.relationship` });
  const birthDate = useWatch({ control: form.control, name: `${base}.person.birthDate` });
  const receivedOn = useWatch({ control: form.control, name: 'receivedOn' });
  const isSelf = relationship === 'self';
  const today = todayIso();
  const ageOnDate = receivedOn && ISO_DATE.test(receivedOn) ? receivedOn : today;
  const revalidate = form.formState.isSubmitted;
  const duplicates = useDuplicateCheck(form, index);

  const nameHintId = `${fid('person')}-name-hint`;
  const kanaHintId = `${fid('person')}-kana-hint`;
  const described = (hintId: string, id: string, error: string | undefined) =>
    [hintId, error ? `${id}-error` : ''].filter(Boolean).join(' ');

  /** ふりがな typed in half-width katakana is widened on leaving the box, as the schema wants. */
  function kanaField(path: KanaPath) {
    const registration = form.register(path);
    return {
      ...registration,
      onBlur: (event: FocusEvent<HTMLInputElement>) => {
        const widened = toFullWidthKatakana(event.target.value);
        if (widened !== event.target.value) form.setValue(path, widened, { shouldValidate: revalidate });
        return registration.onBlur(event);
      },
    };
  }

  const legend = relationship
    ? t('memberNWith', { n, relationship: label(RELATIONSHIP_LABELS[relationship]) })
    : t('memberN', { n });
  const field = (path: string, error: string | undefined) => ({ id: fid(path), error: msg(error) });

  return (
    <Fieldset id={intakeFieldId(base)} legend={legend}>
      <div ref={duplicates.area} className="flex flex-col gap-6">
        <div className="grid gap-x-5 gap-y-4 md:grid-cols-2">
          <p id={nameHintId} className="text-dns-14N-130 text-solid-gray-700 md:col-span-2">
            {t('nameHint')}
          </p>
          <TextField
            {...field('person.familyName', pe?.familyName?.message)}
            label={t('familyName')}
            required
            autoComplete="off"
            aria-describedby={described(nameHintId, fid('person.familyName'), pe?.familyName?.message)}
            {...form.register(`${base}.person.familyName`)}
          />
          <TextField
            {...field('person.givenName', pe?.givenName?.message)}
            label={t('givenName')}
            required
            autoComplete="off"
            aria-describedby={described(nameHintId, fid('person.givenName'), pe?.givenName?.message)}
            {...form.register(`${base}.person.givenName`)}
          />
          <p id={kanaHintId} className="text-dns-14N-130 text-solid-gray-700 md:col-span-2">
            {t('kanaHint')}
          </p>
          <TextField
            {...field('person.familyNameKana', pe?.familyNameKana?.message)}
            label={t('familyNameKana')}
            required
            autoComplete="off"
            aria-describedby={described(
              kanaHintId,
              fid('person.familyNameKana'),
              pe?.familyNameKana?.message,
            )}
            {...kanaField(`${base}.person.familyNameKana`)}
          />
          <TextField
            {...field('person.givenNameKana', pe?.givenNameKana?.message)}
            label={t('givenNameKana')}
            required
            autoComplete="off"
            aria-describedby={described(kanaHintId, fid('person.givenNameKana'), pe?.givenNameKana?.message)}
            {...kanaField(`${base}.person.givenNameKana`)}
          />
        </div>

        <div>
          <WarekiDateField
            {...field('person.birthDate', pe?.birthDate?.message)}
            label={t('birthDate')}
            hint={t('birthDateHint')}
            min="1900-01-01"
            max={today}
            value={birthDate}
            ageOnDate={ageOnDate}
            registration={form.register(`${base}.person.birthDate`, { setValueAs: emptyToNull })}
            onWareki={(iso) =>
              form.setValue(`${base}.person.birthDate`, iso, {
                shouldDirty: true,
                shouldValidate: revalidate,
              })
            }
          />
          <DuplicateCandidates id={`${fid('person')}-duplicates`} result={duplicates.result} />
        </div>

        <Fieldset id={fid('person.sex')} legend={t('sex')} error={msg(pe?.sex?.message)} nested>
          <div className="flex flex-wrap gap-2">
            {SEXES.map((sex) => (
              <Radio
                key={sex}
                id={`${fid('person.sex')}-${sex}`}
                value={sex}
                label={label(SEX_LABELS[sex])}
                {...form.register(`${base}.person.sex`)}
              />
            ))}
          </div>
        </Fieldset>

        <div className="grid gap-x-5 gap-y-4 md:grid-cols-2">
          <MemberAddressFields
            form={form}
            index={index}
            lists={lists}
            addressError={msg(pe?.address?.message)}
            districtError={msg(pe?.schoolDistrictCode?.message)}
          />
          <Controller
            control={form.control}
            name={`${base}.person.phones`}
            render={({ field: phones }) => (
              <TextField
                {...field('person.phones', pe?.phones?.[0]?.message ?? pe?.phones?.message)}
                type="tel"
                label={t('phone')}
                hint={t('phoneHint')}
                autoComplete="off"
                ref={phones.ref}
                name={phones.name}
                value={phones.value?.[0] ?? ''}
                onBlur={phones.onBlur}
                onChange={(event) =>
                  phones.onChange(event.target.value.trim() === '' ? [] : [event.target.value])
                }
              />
            )}
          />
          {isSelf ? null : (
            <>
              <Select
                {...field('relationship', errors?.relationship?.message)}
                label={t('relationship')}
                hint={t('relationshipHint')}
                required
                {...form.register(`${base}.relationship`)}
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
                  id={fid('livesTogether')}
                  label={t('livesTogether')}
                  {...form.register(`${base}.livesTogether`)}
                />
              </div>
            </>
          )}
        </div>

        <Fieldset
          id={fid('problems')}
          legend={t('problems')}
          hint={t('problemsHint')}
          error={msg(errors?.problems?.message)}
          nested
        >
          <div className="grid gap-x-4 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
            {activeItems(lists, 'problem_category').map((item) => (
              <Checkbox
                key={item.code}
                id={`${fid('problems')}-${item.code}`}
                value={item.code}
                label={label(item)}
                {...form.register(`${base}.problems`)}
              />
            ))}
          </div>
        </Fieldset>

        {onRemove ? (
          <div className="border-t border-solid-gray-200 pt-4">
            <Button variant="danger" size="sm" onClick={onRemove}>
              {t('removeMember', { n })}
            </Button>
          </div>
        ) : null}
      </div>
    </Fieldset>
  );
}
