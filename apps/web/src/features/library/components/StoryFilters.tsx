import { useNavigate } from '@tanstack/react-router';
import { STORY_STATE_LABELS, STORY_STATES, type StoryState } from '@tsunagu/contracts/cases';
import { type FormEvent, useId } from 'react';
import { Button } from '../../../components/Button';
import { Select } from '../../../components/Select';
import { TextField } from '../../../components/TextField';
import { useLabel, useT } from '../../../lib/i18n';
import { activeItems, useCodeLists } from '../../settings/api';
import { libraryMessages } from '../messages';
import type { LibrarySearch } from '../search';

/**
 * 事例をさがす: problem field and agency kind (the tenant's code lists), keywords and, for those who see
 * drafts, the state. The filters live in the URL.
 */
export function StoryFilters({ search, showState }: { search: LibrarySearch; showState: boolean }) {
  const t = useT(libraryMessages);
  const label = useLabel();
  const lists = useCodeLists();
  const navigate = useNavigate();
  const id = useId();
  const filtered = Object.values(search).some(Boolean);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? '').trim() || undefined;
    void navigate({
      to: '/staff/library',
      search: {
        problemField: value('problemField'),
        agencyKind: value('agencyKind'),
        q: value('q'),
        state: value('state') as StoryState | undefined,
      },
    });
  }

  return (
    <search aria-label={t('searchLabel')}>
      <form
        key={JSON.stringify(search)}
        onSubmit={submit}
        className="grid items-end gap-4 rounded-12 bg-solid-gray-50 p-5 md:grid-cols-2 lg:grid-cols-4"
      >
        <Select
          id={`${id}-field`}
          name="problemField"
          label={t('problemField')}
          defaultValue={search.problemField ?? ''}
        >
          <option value="">{t('any')}</option>
          {activeItems(lists, 'problem_category').map((item) => (
            <option key={item.code} value={item.code}>
              {label(item)}
            </option>
          ))}
        </Select>
        <Select
          id={`${id}-kind`}
          name="agencyKind"
          label={t('agencyKind')}
          defaultValue={search.agencyKind ?? ''}
        >
          <option value="">{t('any')}</option>
          {activeItems(lists, 'agency_category').map((item) => (
            <option key={item.code} value={item.code}>
              {label(item)}
            </option>
          ))}
        </Select>
        <TextField
          id={`${id}-q`}
          name="q"
          type="search"
          label={t('q')}
          defaultValue={search.q ?? ''}
          maxLength={100}
          autoComplete="off"
        />
        {showState ? (
          <Select id={`${id}-state`} name="state" label={t('state')} defaultValue={search.state ?? ''}>
            <option value="">{t('anyState')}</option>
            {STORY_STATES.map((s) => (
              <option key={s} value={s}>
                {label(STORY_STATE_LABELS[s])}
              </option>
            ))}
          </Select>
        ) : null}
        <div className="flex flex-wrap gap-3 md:col-span-2 lg:col-span-4">
          <Button type="submit">{t('search')}</Button>
          {filtered ? (
            <Button variant="tertiary" onClick={() => void navigate({ to: '/staff/library', search: {} })}>
              {t('clear')}
            </Button>
          ) : null}
        </div>
      </form>
    </search>
  );
}
