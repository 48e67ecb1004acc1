import { useWatch } from 'react-hook-form';
import { Button } from '../../../components/Button';
import { TextArea } from '../../../components/TextField';
import { useToast } from '../../../components/Toast';
import { fieldId } from '../../../lib/form';
import { localizeBilingual, useI18n, useT } from '../../../lib/i18n';
import { FormErrors } from '../../referrals/components/FormErrors';
import { entryMessages } from '../entry-messages';
import type { EntryEditor } from './EntryEditor';

const FORM_ID = 'entry-edit';
const MAX = 4000;

/** 取組実績 and 今後の方針 as text areas with their length, and 保存する (version-checked). */
export function EntryForm({ editor }: { editor: EntryEditor }) {
  const t = useT(entryMessages);
  const { locale } = useI18n();
  const notify = useToast();
  const { form, save, saving } = editor;
  const { errors, submitCount } = form.formState;
  const [achievements, nextSteps] = useWatch({ control: form.control, name: ['achievements', 'nextSteps'] });
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);
  const count = (s: string | undefined) => t('charCount', { count: (s ?? '').length, max: MAX });

  return (
    <form
      id={FORM_ID}
      noValidate
      onSubmit={form.handleSubmit(async (input) => {
        if (await save(input)) notify(t('saved'));
      })}
      className="flex min-w-0 flex-col gap-6"
    >
      <p className="text-std-16N-170 text-solid-gray-800">{t('formLead')}</p>
      <FormErrors
        formId={FORM_ID}
        errors={errors}
        submitCount={submitCount}
        labels={{ achievements: t('achievements'), nextSteps: t('nextSteps') }}
      />
      <TextArea
        id={fieldId(FORM_ID, 'achievements')}
        label={t('achievements')}
        hint={count(achievements)}
        rows={10}
        maxLength={MAX}
        error={msg(errors.achievements?.message)}
        {...form.register('achievements')}
      />
      <TextArea
        id={fieldId(FORM_ID, 'nextSteps')}
        label={t('nextSteps')}
        hint={count(nextSteps)}
        rows={6}
        maxLength={MAX}
        error={msg(errors.nextSteps?.message)}
        {...form.register('nextSteps')}
      />
      <div>
        <Button type="submit" busy={saving}>
          {t('save')}
        </Button>
      </div>
    </form>
  );
}
