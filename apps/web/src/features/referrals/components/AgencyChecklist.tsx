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
import { UnstaffedWarning } from './UnstaffedWarning';

/**
 * 紹介先: native checkboxes (so Space, Tab and screen readers work as everywhere) in a list narrowed
 * by a filter box. Filtered-out boxes are only hidden, so a choice survives a change of the filter.
 */
export function AgencyChecklist({
  id,
  agencies,
  unstaffed,
  loading,
  register,
  chosen,
  error,
}: {
  /** The group's id; each box is `<id>-<agency id>`. */
  id: string;
  agencies: Agency[];
  /** Agencies with no account that can accept a referral: marked, and warned about when chosen. */
  unstaffed: ReadonlySet<string>;
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
  const chosenIds = new Set(Array.isArray(chosen) ? chosen : chosen ? [chosen] : []);
  const count = chosenIds.size;
  const chosenUnstaffed = agencies.filter((a) => chosenIds.has(a.id) && unstaffed.has(a.id));

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
              hint={
                unstaffed.has(agency.id)
                  ? `${codeLabel('agency_category', agency.categoryCode)}・${t('unstaffedMark')}`
                  : codeLabel('agency_category', agency.categoryCode)
              }
              className={matches(agency) ? '' : 'hidden'}
              {...register}
            />
          ))}
        </div>
        <UnstaffedWarning agencies={chosenUnstaffed} />
      </div>
    </Fieldset>
  );
}
