import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useId } from 'react';
import { Button } from '../../../components/Button';
import { Select } from '../../../components/Select';
import { TextField } from '../../../components/TextField';
import { useLabel, useT } from '../../../lib/i18n';
import { commonMessages } from '../../../lib/messages';
import { activeItems, useCodeLists } from '../../settings/api';
import { directoryMessages } from '../messages';
import type { DirectorySearch } from '../search';
import { DistrictOptions } from './DistrictOptions';

/**
 * The directory's search form. It is a real GET form over native controls; submitting puts the
 * conditions in the URL, so a search can be bookmarked and shared.
 */
export function SearchForm({ search }: { search: DirectorySearch }) {
  const t = useT(directoryMessages);
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
    void navigate({ to: '/', search: { q: value('q'), field: value('field'), district: value('district') } });
  }

  return (
    <search
      aria-labelledby={`${id}-heading`}
      className="rounded-12 border border-solid-gray-420 bg-solid-gray-50 p-4 md:p-6"
    >
      <form method="get" action="/" onSubmit={onSubmit}>
        <h2 id={`${id}-heading`} className="mb-4 text-std-20B-150">
          {t('searchHeading')}
        </h2>
        <div className="grid gap-4 md:grid-cols-[2fr_1fr_1fr] md:items-start">
          <TextField
            id={`${id}-q`}
            name="q"
            type="search"
            label={t('keyword')}
            hint={t('keywordHint')}
            defaultValue={search.q ?? ''}
            maxLength={100}
            autoComplete="off"
          />
          <Select id={`${id}-field`} name="field" label={t('field')} defaultValue={search.field ?? ''}>
            <option value="">{t('anyField')}</option>
            {activeItems(lists, 'problem_category').map((item) => (
              <option key={item.code} value={item.code}>
                {label(item)}
              </option>
            ))}
          </Select>
          <Select
            id={`${id}-district`}
            name="district"
            label={t('district')}
            defaultValue={search.district ?? ''}
          >
            <DistrictOptions lists={lists} />
          </Select>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <Button type="submit">{t('submit')}</Button>
          {search.q || search.field || search.district ? (
            <a
              href="/"
              onClick={(event) => {
                event.preventDefault();
                event.currentTarget.closest('form')?.reset();
                void navigate({ to: '/', search: {} });
              }}
            >
              {c('clear')}
            </a>
          ) : null}
        </div>
      </form>
    </search>
  );
}
