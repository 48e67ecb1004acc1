import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useId } from 'react';
import { Button } from '../../../components/Button';
import { Select } from '../../../components/Select';
import { TextField } from '../../../components/TextField';
import { useLabel, useT } from '../../../lib/i18n';
import { commonMessages } from '../../../lib/messages';
import { directoryMessages } from '../../directory/messages';
import { activeItems, useCodeLists } from '../../settings/api';
import { agencyMessages } from '../messages';
import type { AgencyTableSearch } from '../search';

/** Keyword, category and field filters of the staff agency table; submitting updates the URL. */
export function AgencyFilters({ search }: { search: AgencyTableSearch }) {
  const t = useT(agencyMessages);
  const d = useT(directoryMessages);
  const c = useT(commonMessages);
  const label = useLabel();
  const lists = useCodeLists();
  const navigate = useNavigate();
  const id = useId();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => {
      const v = data.get(name);
      return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
    };
    void navigate({
      to: '/staff/agencies',
      search: { q: value('q'), category: value('category'), field: value('field') },
    });
  }

  return (
    <search
      aria-labelledby={`${id}-h`}
      className="rounded-12 border border-solid-gray-420 bg-solid-gray-50 p-4 md:p-6"
    >
      <form onSubmit={onSubmit}>
        <h2 id={`${id}-h`} className="mb-3 text-std-18B-160">
          {t('filterHeading')}
        </h2>
        <div className="grid gap-4 md:grid-cols-3 md:items-end">
          <TextField
            id={`${id}-q`}
            name="q"
            type="search"
            label={t('keyword')}
            defaultValue={search.q ?? ''}
            maxLength={100}
          />
          <Select
            id={`${id}-category`}
            name="category"
            label={t('category')}
            defaultValue={search.category ?? ''}
          >
            <option value="">{t('anyCategory')}</option>
            {activeItems(lists, 'agency_category').map((item) => (
              <option key={item.code} value={item.code}>
                {label(item)}
              </option>
            ))}
          </Select>
          <Select id={`${id}-field`} name="field" label={d('field')} defaultValue={search.field ?? ''}>
            <option value="">{d('anyField')}</option>
            {activeItems(lists, 'problem_category').map((item) => (
              <option key={item.code} value={item.code}>
                {label(item)}
              </option>
            ))}
          </Select>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <Button type="submit" size="sm">
            {c('search')}
          </Button>
          {search.q || search.category || search.field ? (
            <Button
              variant="tertiary"
              size="sm"
              onClick={() => void navigate({ to: '/staff/agencies', search: {} })}
            >
              {c('clear')}
            </Button>
          ) : null}
        </div>
      </form>
    </search>
  );
}
