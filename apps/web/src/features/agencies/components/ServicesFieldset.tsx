import { useFieldArray } from 'react-hook-form';
import { Button } from '../../../components/Button';
import { Fieldset } from '../../../components/Checkbox';
import { TextArea, TextField } from '../../../components/TextField';
import { fieldId } from '../../../lib/form';
import { localizeBilingual, useI18n, useT } from '../../../lib/i18n';
import { AGENCY_FORM_ID, type AgencyForm } from '../form-values';
import { agencyMessages } from '../messages';

/** 提供しているサービス: a repeatable list of name + description pairs. */
export function ServicesFieldset({ form }: { form: AgencyForm }) {
  const t = useT(agencyMessages);
  const { locale } = useI18n();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'services' });
  const errors = form.formState.errors.services;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);
  const id = fieldId(AGENCY_FORM_ID, 'services');
  return (
    <Fieldset id={id} legend={t('sectionServices')} error={msg(errors?.message ?? errors?.root?.message)}>
      <div className="flex flex-col gap-4">
        {fields.length === 0 ? <p className="text-solid-gray-800">{t('noServices')}</p> : null}
        <ol className="flex flex-col gap-4">
          {fields.map((field, index) => {
            const n = index + 1;
            return (
              <li key={field.id} className="rounded-8 border border-solid-gray-420 p-4">
                <Fieldset id={`${id}-${index}`} legend={t('serviceN', { n })} nested>
                  <div className="flex flex-col gap-4">
                    <TextField
                      id={fieldId(AGENCY_FORM_ID, `services.${index}.name`)}
                      label={t('serviceName')}
                      required
                      error={msg(errors?.[index]?.name?.message)}
                      {...form.register(`services.${index}.name`)}
                    />
                    <TextArea
                      id={fieldId(AGENCY_FORM_ID, `services.${index}.description`)}
                      label={t('serviceDescription')}
                      rows={3}
                      error={msg(errors?.[index]?.description?.message)}
                      {...form.register(`services.${index}.description`)}
                    />
                    <div>
                      <Button variant="danger" size="sm" onClick={() => remove(index)}>
                        {t('removeService', { n })}
                      </Button>
                    </div>
                  </div>
                </Fieldset>
              </li>
            );
          })}
        </ol>
        <div>
          <Button
            variant="secondary"
            size="sm"
            onClick={() =>
              append(
                { name: '', description: '' },
                { shouldFocus: true, focusName: `services.${fields.length}.name` },
              )
            }
          >
            ＋ {t('addService')}
          </Button>
        </div>
      </div>
    </Fieldset>
  );
}
