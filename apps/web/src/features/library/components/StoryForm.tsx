import { useQueryClient } from '@tanstack/react-query';
import { type Story, type StoryUpdate, storyUpdateSchema } from '@tsunagu/contracts/cases';
import type { CodeListName } from '@tsunagu/contracts/settings';
import { useEffect, useState } from 'react';
import { type UseFormRegisterReturn, useForm } from 'react-hook-form';
import { Button } from '../../../components/Button';
import { Checkbox, Fieldset } from '../../../components/Checkbox';
import { FormFailure, useFormRun } from '../../../components/FormFailure';
import { TextArea, TextField } from '../../../components/TextField';
import { useToast } from '../../../components/Toast';
import { fieldId } from '../../../lib/form';
import { localizeBilingual, useI18n, useLabel, useT } from '../../../lib/i18n';
import { FormErrors } from '../../referrals/components/FormErrors';
import { asArray, placeServerIssues, sharedResolver } from '../../referrals/form-values';
import { activeItems, useCodeLists } from '../../settings/api';
import { storyQuery, updateStory } from '../api';
import { libraryMessages } from '../messages';

const FORM_ID = 'story-edit';

type StoryValues = {
  version: number;
  title: string;
  body: string;
  problemFields: string[] | string | false;
  agencyKinds: string[] | string | false;
};

const resolver = sharedResolver<StoryValues, StoryUpdate>(
  storyUpdateSchema,
  () => {},
  (values) => ({
    ...values,
    problemFields: asArray(values.problemFields),
    agencyKinds: asArray(values.agencyKinds),
  }),
);

function CodeChecks({
  id,
  legend,
  hint,
  list,
  registration,
}: {
  id: string;
  legend: string;
  hint: string;
  list: CodeListName;
  registration: UseFormRegisterReturn;
}) {
  const label = useLabel();
  const lists = useCodeLists();
  return (
    <Fieldset id={id} legend={legend} hint={hint} nested>
      <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {activeItems(lists, list).map((item) => (
          <Checkbox
            key={item.code}
            id={`${id}-${item.code}`}
            value={item.code}
            label={label(item)}
            {...registration}
          />
        ))}
      </div>
    </Fieldset>
  );
}

/**
 * 事例を編集 (editors): title, text, problem fields and agency kinds; saved with the story's version so
 * two editors never overwrite each other. `onDirty` tells the page whether unsaved edits are pending.
 */
export function StoryForm({ story, onDirty }: { story: Story; onDirty: (dirty: boolean) => void }) {
  const t = useT(libraryMessages);
  const { locale } = useI18n();
  const notify = useToast();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const key = storyQuery(story.id).queryKey;
  const { failure, box, run } = useFormRun(
    setBusy,
    () => void queryClient.invalidateQueries({ queryKey: key }),
  );
  const form = useForm<StoryValues, unknown, StoryUpdate>({
    resolver,
    defaultValues: {
      version: story.version,
      title: story.title,
      body: story.body,
      problemFields: story.problemFields,
      agencyKinds: story.agencyKinds,
    },
    shouldFocusError: false,
  });
  const { errors, submitCount, isDirty } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);
  useEffect(() => onDirty(isDirty), [isDirty, onDirty]);
  // The review buttons move the story to a new version: the next save must carry it.
  useEffect(() => form.setValue('version', story.version), [form, story.version]);

  async function submit(input: StoryUpdate) {
    const saved = await run(
      () => updateStory(story.id, input),
      (err) => placeServerIssues(err, form.setError, locale),
    );
    if (!saved) return;
    queryClient.setQueryData(key, saved);
    form.reset({ ...input, version: saved.version });
    notify(t('saved'));
    await queryClient.invalidateQueries({ queryKey: ['stories', 'list'] });
  }

  return (
    <form
      id={FORM_ID}
      noValidate
      onSubmit={form.handleSubmit(submit)}
      className="flex min-w-0 flex-col gap-6"
    >
      <FormErrors
        formId={FORM_ID}
        errors={errors}
        submitCount={submitCount}
        labels={{
          title: t('titleField'),
          body: t('body'),
          problemFields: t('fields'),
          agencyKinds: t('agencies'),
        }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <TextField
        id={fieldId(FORM_ID, 'title')}
        label={t('titleField')}
        required
        maxLength={200}
        autoComplete="off"
        error={msg(errors.title?.message)}
        {...form.register('title')}
      />
      <TextArea
        id={fieldId(FORM_ID, 'body')}
        label={t('body')}
        required
        rows={16}
        maxLength={20000}
        error={msg(errors.body?.message)}
        {...form.register('body')}
      />
      <CodeChecks
        id={fieldId(FORM_ID, 'problemFields')}
        legend={t('fields')}
        hint={t('fieldsHint')}
        list="problem_category"
        registration={form.register('problemFields')}
      />
      <CodeChecks
        id={fieldId(FORM_ID, 'agencyKinds')}
        legend={t('agencies')}
        hint={t('agenciesHint')}
        list="agency_category"
        registration={form.register('agencyKinds')}
      />
      <div>
        <Button type="submit" busy={busy}>
          {t('save')}
        </Button>
      </div>
    </form>
  );
}
