import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { type Entry, type EntryUpdate, entryUpdateSchema } from '@tsunagu/contracts/plan';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyServerIssues } from '../../../lib/form';
import { useI18n } from '../../../lib/i18n';
import { entryQuery, updateEntry } from '../api';

/** The form's values from the entry as stored. */
export const valuesOf = (e: Entry): EntryUpdate => ({
  version: e.version,
  achievements: e.achievements,
  nextSteps: e.nextSteps,
});

/**
 * The entry's text form (取組実績・今後の方針) and its save, shared by the form and the 提出する
 * button (which saves pending edits first). A refused call is kept in `failure` for the page to show;
 * the server's field issues go next to the fields.
 */
export function useEntryEditor(entry: Entry) {
  const { locale } = useI18n();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const form = useForm<EntryUpdate>({
    resolver: zodResolver(entryUpdateSchema),
    defaultValues: valuesOf(entry),
    shouldFocusError: false,
  });
  const { isDirty } = form.formState;
  const key = entryQuery(entry.id).queryKey;

  // A new version from the server (an action, a reload) replaces the form, unless edits are pending:
  // those stay, and saving them then meets the version check.
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the stored text and version only
  useEffect(() => {
    if (!form.formState.isDirty) form.reset(valuesOf(entry));
  }, [entry.version, entry.achievements, entry.nextSteps]);

  /** Marks the other plan queries stale: lists, the roadmap and the report show the entry's new state. */
  const refreshLists = () =>
    queryClient.invalidateQueries({ queryKey: ['plan'], predicate: (q) => q.queryKey[1] !== 'entry' });

  /** Saves the text; the saved entry, or undefined when refused. */
  async function save(input: EntryUpdate): Promise<Entry | undefined> {
    setFailure(null);
    setSaving(true);
    try {
      const saved = await updateEntry(entry.id, input);
      form.reset(valuesOf(saved));
      queryClient.setQueryData(key, saved);
      void refreshLists();
      return saved;
    } catch (err) {
      setFailure(err);
      applyServerIssues(err, form.setError, locale);
      return undefined;
    } finally {
      setSaving(false);
    }
  }

  /** Loads the latest version (after a conflict), dropping pending edits. */
  async function reload() {
    setFailure(null);
    const fresh = await queryClient.fetchQuery({ ...entryQuery(entry.id), staleTime: 0 });
    form.reset(valuesOf(fresh));
  }

  return { form, isDirty, save, saving, failure, setFailure, reload, refreshLists };
}

export type EntryEditor = ReturnType<typeof useEntryEditor>;
