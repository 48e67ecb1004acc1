import type { Agency } from '@tsunagu/contracts/agencies';
import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Select } from '../../../components/Select';
import { useT } from '../../../lib/i18n';
import { byCategory, useReferralAgencies } from '../../referrals/use-agencies';
import { activeItems, useCodeLabel, useCodeLists } from '../../settings/api';
import { caseFormMessages } from '../form-messages';

/**
 * A select of the city's agencies: the `preferred` ones (the case team, the attendees) first in their
 * own group, then every agency grouped by category in the category list's order. `note` adds words
 * after an agency's name (e.g. 支援会議構成員).
 */
export function AgencySelect({
  id,
  label,
  hint,
  error,
  required,
  registration,
  preferred = [],
  preferredLabel,
  note,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  registration: UseFormRegisterReturn;
  preferred?: readonly { id: string; name: string }[];
  preferredLabel?: string;
  note?: (agency: Agency) => string;
}) {
  const t = useT(caseFormMessages);
  const codeLabel = useCodeLabel();
  const lists = useCodeLists();
  const { agencies } = useReferralAgencies([]);
  const first = new Set(preferred.map((a) => a.id));
  const groups = byCategory(
    agencies.filter((a) => !first.has(a.id)),
    activeItems(lists, 'agency_category').map((item) => item.code),
  );
  const nameOf = (a: { id: string; name: string }) => {
    const full = agencies.find((x) => x.id === a.id);
    const extra = full && note ? note(full) : '';
    return `${a.name}${extra}`;
  };
  return (
    <Select id={id} label={label} hint={hint} error={error} required={required} {...registration}>
      <option value="">{t('chooseAgency')}</option>
      {preferred.length > 0 ? (
        <optgroup label={preferredLabel ?? t('teamAgencies')}>
          {preferred.map((a) => (
            <option key={a.id} value={a.id}>
              {nameOf(a)}
            </option>
          ))}
        </optgroup>
      ) : null}
      {groups.map(([code, items]) => (
        <optgroup key={code} label={codeLabel('agency_category', code)}>
          {items.map((a) => (
            <option key={a.id} value={a.id}>
              {nameOf(a)}
            </option>
          ))}
        </optgroup>
      ))}
    </Select>
  );
}

/** The agencies currently on a case's team, each once. */
export function teamAgencies(team: { agency: { id: string; name: string }; endedAt: string | null }[]) {
  const seen = new Map<string, { id: string; name: string }>();
  for (const m of team) if (!m.endedAt && !seen.has(m.agency.id)) seen.set(m.agency.id, m.agency);
  return [...seen.values()];
}
