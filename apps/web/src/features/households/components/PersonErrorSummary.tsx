import { ErrorSummary } from '../../../components/FormError';
import { flattenErrors } from '../../../lib/form';
import { localizeBilingual, useI18n, useT } from '../../../lib/i18n';
import { editMessages } from '../edit-messages';
import { type PersonForm, personFieldId } from '../person-form';

type EditKey = keyof (typeof editMessages)['ja'];

const LABELS: Record<string, EditKey> = {
  'person.familyName': 'familyName',
  'person.givenName': 'givenName',
  'person.familyNameKana': 'familyNameKana',
  'person.givenNameKana': 'givenNameKana',
  'person.birthDate': 'birthDate',
  'person.sex': 'sex',
  'person.address': 'address',
  'person.schoolDistrictCode': 'schoolDistrict',
  'person.phones': 'phones',
  relationship: 'relationship',
  livesTogether: 'livesTogether',
};

/** The person form's problems after a submit, each linked to its field ('電話番号 2：…'). */
export function PersonErrorSummary({ form, formId }: { form: PersonForm; formId: string }) {
  const t = useT(editMessages);
  const { locale } = useI18n();
  const { errors, submitCount } = form.formState;
  if (submitCount === 0) return null;
  const items = flattenErrors(errors).map(([path, message]) => {
    const phone = /^person\.phones\.(\d+)$/.exec(path);
    const key = LABELS[path.replace(/\.root$/, '')];
    const name = phone ? t('phoneN', { n: Number(phone[1]) + 1 }) : key ? t(key) : path;
    return {
      fieldId: personFieldId(formId, path.replace(/\.root$/, '')),
      message: `${name}${locale === 'ja' ? '：' : ': '}${localizeBilingual(message, locale)}`,
    };
  });
  return <ErrorSummary id={`${formId}-summary`} items={items} focusKey={submitCount} />;
}
