import { useEffect, useRef, useState } from 'react';
import { Controller } from 'react-hook-form';
import { Button } from '../../../components/Button';
import { Fieldset } from '../../../components/Checkbox';
import { TextField } from '../../../components/TextField';
import { localizeBilingual, useI18n, useT } from '../../../lib/i18n';
import { editMessages } from '../edit-messages';
import { MAX_PHONES, type PersonForm, personFieldId } from '../person-form';

/**
 * 電話番号, up to five: one box to start with, 「電話番号を追加」 for another, 「削除」 beside each extra
 * one. Focus follows: to the new box, or back to the one before a removed box.
 */
export function PhoneFields({ form, formId }: { form: PersonForm; formId: string }) {
  const t = useT(editMessages);
  const { locale } = useI18n();
  const [focusAt, setFocusAt] = useState<number | null>(null);
  const boxes = useRef<(HTMLInputElement | null)[]>([]);
  const errors = form.formState.errors.person?.phones;
  const groupId = personFieldId(formId, 'person.phones');

  useEffect(() => {
    if (focusAt === null) return;
    boxes.current[focusAt]?.focus();
    setFocusAt(null);
  }, [focusAt]);

  return (
    <Controller
      control={form.control}
      name="person.phones"
      render={({ field }) => {
        const phones = field.value?.length ? field.value : [''];
        const set = (next: string[]) => field.onChange(next);
        return (
          <Fieldset
            id={groupId}
            legend={t('phones')}
            hint={t('phonesHint')}
            error={errors?.message ? localizeBilingual(errors.message, locale) : undefined}
            nested
          >
            <ul className="flex flex-col gap-3">
              {phones.map((phone, i) => {
                const id = personFieldId(formId, `person.phones.${i}`);
                const message = errors?.[i]?.message;
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the boxes are positions in the list
                  <li key={i} className="flex flex-wrap items-end gap-2">
                    <div className="min-w-0 flex-1 basis-56">
                      <TextField
                        id={id}
                        type="tel"
                        label={t('phoneN', { n: i + 1 })}
                        autoComplete="off"
                        error={message ? localizeBilingual(message, locale) : undefined}
                        ref={(el) => {
                          boxes.current[i] = el;
                          if (i === 0) field.ref(el);
                        }}
                        name={`${field.name}.${i}`}
                        value={phone}
                        onBlur={field.onBlur}
                        onChange={(event) => set(phones.map((p, j) => (j === i ? event.target.value : p)))}
                      />
                    </div>
                    {phones.length > 1 ? (
                      <Button
                        variant="tertiary"
                        className="mb-1"
                        onClick={() => {
                          set(phones.filter((_, j) => j !== i));
                          setFocusAt(Math.max(0, i - 1));
                        }}
                      >
                        {t('removePhone')}
                        <span className="sr-only">{t('removePhoneOf', { n: i + 1 })}</span>
                      </Button>
                    ) : null}
                  </li>
                );
              })}
            </ul>
            {phones.length < MAX_PHONES ? (
              <div className="mt-3">
                <Button
                  variant="secondary"
                  size="sm"
                  onClick={() => {
                    set([...phones, '']);
                    setFocusAt(phones.length);
                  }}
                >
                  {t('addPhone')}
                </Button>
              </div>
            ) : null}
          </Fieldset>
        );
      }}
    />
  );
}
