import { useNavigate } from '@tanstack/react-router';
import { ENTRY_STATE_LABELS, ENTRY_STATES, type EntryState } from '@tsunagu/contracts/plan';
import { fiscalYearLabel } from '@tsunagu/japan';
import { type FormEvent, useId } from 'react';
import { Button } from '../../../components/Button';
import { Select } from '../../../components/Select';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { activeItems, useCodeLists } from '../../settings/api';
import { entryMessages } from '../entry-messages';
import { type EntryListSearch, searchFiscalYear } from '../search';

/** 年度, 担当課 (the tenant's division list) and 状態 of the entry list; the filters live in the URL. */
export function EntryFilters({
  search,
  fiscalYear,
  years,
}: {
  search: EntryListSearch;
  /** The 年度 shown (the server's default when the URL names none). */
  fiscalYear: number;
  years: number[];
}) {
  const t = useT(entryMessages);
  const { locale } = useI18n();
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
      to: '/staff/plan/entries',
      search: {
        fiscalYear: searchFiscalYear(value('fiscalYear')),
        division: value('division'),
        state: value('state') as EntryState | undefined,
      },
    });
  }

  return (
    <search aria-label={t('filtersLabel')}>
      <form
        key={JSON.stringify(search) + fiscalYear}
        onSubmit={submit}
        className="grid items-end gap-4 rounded-12 bg-solid-gray-50 p-5 md:grid-cols-3"
      >
        <Select id={`${id}-year`} name="fiscalYear" label={t('fiscalYear')} defaultValue={fiscalYear}>
          {years.map((fy) => (
            <option key={fy} value={fy}>
              {fiscalYearLabel(fy, { locale })}
            </option>
          ))}
        </Select>
        <Select
          id={`${id}-division`}
          name="division"
          label={t('division')}
          defaultValue={search.division ?? ''}
        >
          <option value="">{t('anyDivision')}</option>
          {activeItems(lists, 'division').map((item) => (
            <option key={item.code} value={item.code}>
              {label(item)}
            </option>
          ))}
        </Select>
        <Select id={`${id}-state`} name="state" label={t('state')} defaultValue={search.state ?? ''}>
          <option value="">{t('anyState')}</option>
          {ENTRY_STATES.map((s) => (
            <option key={s} value={s}>
              {label(ENTRY_STATE_LABELS[s])}
            </option>
          ))}
        </Select>
        <div className="flex flex-wrap gap-3 md:col-span-3">
          <Button type="submit">{t('apply')}</Button>
          {filtered ? (
            <Button
              variant="tertiary"
              onClick={() => void navigate({ to: '/staff/plan/entries', search: {} })}
            >
              {t('clear')}
            </Button>
          ) : null}
        </div>
      </form>
    </search>
  );
}
