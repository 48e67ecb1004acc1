import { useQuery } from '@tanstack/react-query';
import { foldForSearch } from '@tsunagu/japan';
import { type KeyboardEvent, useMemo, useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Checkbox, Fieldset } from '../../../components/Checkbox';
import { Loading } from '../../../components/Loading';
import { TextField } from '../../../components/TextField';
import { localizeBilingual, useI18n, useLabel, useT } from '../../../lib/i18n';
import { agencyListQuery } from '../../directory/api';
import { activeItems, useCodeLabel, useCodeLists } from '../../settings/api';
import { consentMessages } from '../messages';

/** Every agency of the tenant fits in one page of the directory API. */
const ALL_AGENCIES = { limit: 500, offset: 0 } as const;

/** The two scope fields of a consent. */
export type ScopeField = 'scopeAgencyIds' | 'scopeAgencyCategories';

/** Props of {@link ScopeFieldset}: the fields' ids, registrations and errors in the host form. */
export interface ScopeFieldsetProps {
  /** The id of a field's group (its boxes are `<id>-<value>`). */
  idOf: (field: ScopeField) => string;
  register: (field: ScopeField) => UseFormRegisterReturn;
  /** The chosen agency ids, watched, to count them. */
  chosenIds: unknown;
  errors: Partial<Record<ScopeField, string | undefined>>;
  /** Inside another group: the smaller legend. */
  nested?: boolean;
}

/**
 * 共有先: whole agency categories, and named agencies from the directory in a list narrowed by a filter
 * box. Filtered-out boxes are only hidden, so a choice survives a change of the filter. Used by the
 * consent form and by the 相談受付.
 */
export function ScopeFieldset({ idOf, register, chosenIds, errors, nested }: ScopeFieldsetProps) {
  const t = useT(consentMessages);
  const { locale } = useI18n();
  const label = useLabel();
  const codeLabel = useCodeLabel();
  const lists = useCodeLists();
  const agencies = useQuery(agencyListQuery(ALL_AGENCIES, true));
  const [filter, setFilter] = useState('');
  const count = Array.isArray(chosenIds) ? chosenIds.length : chosenIds ? 1 : 0;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);
  const id = idOf('scopeAgencyIds');
  const categoriesId = idOf('scopeAgencyCategories');

  const sorted = useMemo(
    () => [...(agencies.data?.items ?? [])].sort((a, b) => a.nameKana.localeCompare(b.nameKana, 'ja')),
    [agencies.data],
  );
  const key = foldForSearch(filter);
  const matches = (a: (typeof sorted)[number]) =>
    key === '' || foldForSearch(`${a.name}${a.nameKana}`).includes(key);
  const shown = sorted.filter(matches).length;

  function onFilterKey(event: KeyboardEvent<HTMLInputElement>) {
    // Enter in the filter must not submit the whole form.
    if (event.key === 'Enter') event.preventDefault();
  }

  return (
    <Fieldset
      id={id}
      legend={t('scopeLegend')}
      hint={t('scopeHint')}
      required
      error={msg(errors.scopeAgencyIds)}
      nested={nested}
    >
      <div className="flex flex-col gap-6">
        <Fieldset
          id={categoriesId}
          legend={t('categoriesLegend')}
          error={msg(errors.scopeAgencyCategories)}
          nested
        >
          <div className="grid gap-2 sm:grid-cols-2">
            {activeItems(lists, 'agency_category').map((item) => (
              <Checkbox
                key={item.code}
                id={`${categoriesId}-${item.code}`}
                value={item.code}
                label={label(item)}
                {...register('scopeAgencyCategories')}
              />
            ))}
          </div>
        </Fieldset>
        <Fieldset id={`${id}-list`} legend={t('agenciesLegend')} nested>
          <div className="flex flex-col gap-3">
            <div className="md:max-w-md">
              <TextField
                id={`${id}-filter`}
                type="search"
                label={t('agencyFilter')}
                hint={t('agencyFilterHint')}
                value={filter}
                onChange={(event) => setFilter(event.target.value)}
                onKeyDown={onFilterKey}
                autoComplete="off"
                maxLength={100}
              />
            </div>
            <p role="status" className="text-dns-14N-130 text-solid-gray-800">
              {agencies.data
                ? `${t('agencyShown', { shown, total: sorted.length })}　${t('agencySelected', { count })}`
                : ''}
            </p>
            {agencies.isPending ? <Loading /> : null}
            {agencies.data && shown === 0 ? <p>{t('agencyNoMatch', { q: filter.trim() })}</p> : null}
            <div
              className={`grid max-h-96 gap-2 overflow-y-auto rounded-8 border border-solid-gray-420 p-3 md:grid-cols-2 ${
                shown === 0 ? 'hidden' : ''
              }`}
            >
              {sorted.map((agency) => (
                <Checkbox
                  key={agency.id}
                  id={`${id}-${agency.id}`}
                  value={agency.id}
                  label={agency.name}
                  hint={codeLabel('agency_category', agency.categoryCode)}
                  className={matches(agency) ? '' : 'hidden'}
                  {...register('scopeAgencyIds')}
                />
              ))}
            </div>
          </div>
        </Fieldset>
      </div>
    </Fieldset>
  );
}
