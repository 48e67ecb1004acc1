import type { Agency } from '@tsunagu/contracts/agencies';
import { foldForSearch } from '@tsunagu/japan';
import { type KeyboardEvent, useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Checkbox, Fieldset } from '../../../components/Checkbox';
import { Loading } from '../../../components/Loading';
import { TextField } from '../../../components/TextField';
import { useT } from '../../../lib/i18n';
import { useCodeLabel } from '../../settings/api';
import { referralFormMessages } from '../form-messages';

/**
 * 紹介先: native checkboxes (so Space, Tab and screen readers work as everywhere) in a list narrowed
 * by a filter box. Filtered-out boxes are only hidden, so a choice survives a change of the filter.
 */
export function AgencyChecklist({
  id,
  agencies,
  loading,
  register,
  chosen,
  error,
}: {
  /** The group's id; each box is `<id>-<agency id>`. */
  id: string;
  agencies: Agency[];
  loading: boolean;
  register: UseFormRegisterReturn;
  /** The chosen ids, watched, to count them. */
  chosen: unknown;
  error: string | undefined;
}) {
  const t = useT(referralFormMessages);
  const codeLabel = useCodeLabel();
  const [filter, setFilter] = useState('');
  const key = foldForSearch(filter);
  const matches = (a: Agency) => key === '' || foldForSearch(`${a.name}${a.nameKana}`).includes(key);
  const shown = agencies.filter(matches).length;
  const count = Array.isArray(chosen) ? chosen.length : chosen ? 1 : 0;

  function onFilterKey(event: KeyboardEvent<HTMLInputElement>) {
    // Enter in the filter must not submit the referral.
    if (event.key === 'Enter') event.preventDefault();
  }

  return (
    <Fieldset id={id} legend={t('agencies')} hint={t('agenciesHint')} required error={error} nested>
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
          {loading
            ? ''
            : `${t('agencyShown', { shown, total: agencies.length })}　${t('agencySelected', { count })}`}
        </p>
        {loading ? <Loading /> : null}
        {!loading && shown === 0 ? <p>{t('agencyNoMatch', { q: filter.trim() })}</p> : null}
        <div
          className={`grid max-h-72 gap-2 overflow-y-auto rounded-8 border border-solid-gray-420 p-3 md:grid-cols-2 ${
            shown === 0 ? 'hidden' : ''
          }`}
        >
          {agencies.map((agency) => (
            <Checkbox
              key={agency.id}
              id={`${id}-${agency.id}`}
              value={agency.id}
              label={agency.name}
              hint={codeLabel('agency_category', agency.categoryCode)}
              className={matches(agency) ? '' : 'hidden'}
              {...register}
            />
          ))}
        </div>
      </div>
    </Fieldset>
  );
}
