import {
  type HistoryEntry,
  type Household,
  RELATIONSHIP_LABELS,
  SEX_LABELS,
} from '@tsunagu/contracts/households';
import { useI18n, useLabel, useT } from '../../lib/i18n';
import { useCodeLabel } from '../settings/api';
import { historyMessages } from './history-messages';
import { formatDay, fullName } from './people';

type HistoryKey = keyof (typeof historyMessages)['ja'];

/** The fields an entry may name, in the order their changes are listed. */
const FIELDS = [
  'familyName',
  'givenName',
  'familyNameKana',
  'givenNameKana',
  'birthDate',
  'sex',
  'address',
  'schoolDistrictCode',
  'phones',
  'relationship',
  'livesTogether',
  'mergedInto',
  'mergedFrom',
  'reason',
];

/**
 * Words for the 変更履歴: whose record an entry is about (a member by name, 世帯, a former member or a
 * merged record) and its changes as 「項目：変更前 → 変更後」, with codes as labels and dates in 和暦.
 */
export function useHistoryText(household: Household, entries: HistoryEntry[]) {
  const t = useT(historyMessages);
  const { locale } = useI18n();
  const label = useLabel();
  const codeLabel = useCodeLabel();
  const names = new Map(household.members.map((m) => [m.person.id, fullName(m.person)]));
  const removed = new Set(entries.filter((e) => e.action === 'member_removed').map((e) => e.personId));

  function target(entry: HistoryEntry): string {
    if (entry.entityType === 'household') return t('household');
    const name = entry.personId ? names.get(entry.personId) : undefined;
    if (name) return name;
    return removed.has(entry.personId) ? t('formerMember') : t('mergedRecord');
  }

  function value(field: string, v: unknown): string {
    if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return t('empty');
    if (field === 'birthDate' && typeof v === 'string') return formatDay(v, locale);
    if (field === 'sex' && typeof v === 'string' && v in SEX_LABELS)
      return label(SEX_LABELS[v as keyof typeof SEX_LABELS]);
    if (field === 'relationship' && typeof v === 'string' && v in RELATIONSHIP_LABELS)
      return label(RELATIONSHIP_LABELS[v as keyof typeof RELATIONSHIP_LABELS]);
    if (field === 'livesTogether') return v ? t('livesTogether') : t('livesApart');
    if (field === 'schoolDistrictCode' && typeof v === 'string') return codeLabel('school_district', v);
    if ((field === 'mergedInto' || field === 'mergedFrom') && typeof v === 'string')
      return names.get(v) ?? t('otherRecord');
    if (Array.isArray(v)) return v.map(String).join(locale === 'ja' ? '、' : ', ');
    return typeof v === 'string' ? v : JSON.stringify(v);
  }

  /** One line per changed field; a field set for the first time shows only its new value. */
  function changes(entry: HistoryEntry): string[] {
    const rank = (field: string) => (FIELDS.includes(field) ? FIELDS.indexOf(field) : FIELDS.length);
    const fields = Object.entries(entry.changes).sort(([a], [b]) => rank(a) - rank(b));
    return fields.map(([field, { from, to }]) => {
      const name = FIELDS.includes(field) ? t(`field_${field}` as HistoryKey) : field;
      const before = from === null || from === undefined;
      return before && entry.action !== 'updated'
        ? t('value', { field: name, to: value(field, to) })
        : t('change', { field: name, from: value(field, from), to: value(field, to) });
    });
  }

  return { target, changes, action: (entry: HistoryEntry) => t(`action_${entry.action}` as HistoryKey) };
}
