import type { CommunityProgramme } from '@tsunagu/contracts/community';
import { fiscalYearLabel, fiscalYearOf } from '@tsunagu/japan';
import { useId } from 'react';
import { TextField } from '../../../components/TextField';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { CodeOptions } from '../../participation/components/ChoiceFields';
import { FilterBar, FilterSelect, filterValue } from '../../participation/components/FilterBar';
import { activeItems, useCodeLists } from '../../settings/api';
import { SchoolDistrictGroups } from '../../settings/components/SchoolDistrictGroups';
import { fiscalYearsUpTo, nameOf } from '../labels';
import { programmeMessages } from '../programme-messages';
import type { EventSearch } from '../search';

/**
 * The filters of a programme's events: 年度, kind, theme (where the programme has themes), district
 * (a welfare district with all its school districts, or one school district) and words.
 */
export function EventFilters({
  programme,
  search,
  onSearch,
}: {
  programme: CommunityProgramme;
  search: EventSearch;
  onSearch: (next: EventSearch) => void;
}) {
  const t = useT(programmeMessages);
  const label = useLabel();
  const { locale } = useI18n();
  const lists = useCodeLists();
  const id = useId();
  const filtered = Boolean(search.fiscalYear || search.kind || search.theme || search.district || search.q);
  function submit(form: FormData) {
    const value = (name: string) => filterValue(form, name);
    const year = value('fiscalYear');
    onSearch({
      fiscalYear: year ? Number(year) : undefined,
      kind: value('kind'),
      theme: programme.usesThemes ? value('theme') : undefined,
      district: value('district'),
      q: value('q'),
    });
  }
  return (
    <FilterBar t={t} search={search} filtered={filtered} onSearch={submit} onClear={() => onSearch({})}>
      <FilterSelect
        name="fiscalYear"
        label={t('fiscalYear')}
        value={search.fiscalYear ? String(search.fiscalYear) : undefined}
        width="max-w-[11rem]"
      >
        {fiscalYearsUpTo(fiscalYearOf(new Date()))
          .reverse()
          .map((fy) => (
            <option key={fy} value={fy}>
              {fiscalYearLabel(fy, { locale })}
            </option>
          ))}
      </FilterSelect>
      {programme.kinds.length > 1 ? (
        <FilterSelect name="kind" label={t('kind')} value={search.kind} width="max-w-[14rem]">
          {programme.kinds.map((k) => (
            <option key={k.code} value={k.code}>
              {nameOf(k, locale)}
            </option>
          ))}
        </FilterSelect>
      ) : null}
      {programme.usesThemes ? (
        <FilterSelect name="theme" label={t('theme')} value={search.theme} width="max-w-[11rem]">
          <CodeOptions list="community_theme" />
        </FilterSelect>
      ) : null}
      <FilterSelect name="district" label={t('district')} value={search.district} width="max-w-xs">
        <optgroup label={t('welfareGroup')}>
          {activeItems(lists, 'welfare_district').map((w) => (
            <option key={w.code} value={w.code}>
              {label(w)}
            </option>
          ))}
        </optgroup>
        <SchoolDistrictGroups lists={lists} groupLabel={(name) => t('schoolGroup', { name })} />
      </FilterSelect>
      <div className="w-full max-w-[14rem]">
        <TextField
          id={`${id}-q`}
          name="q"
          type="search"
          label={t('q')}
          defaultValue={search.q ?? ''}
          maxLength={100}
          autoComplete="off"
        />
      </div>
    </FilterBar>
  );
}
