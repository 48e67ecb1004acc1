import { CODE_LISTS, type CodeListName } from '@tsunagu/contracts/settings';
import { searchEnum } from '../../lib/search';

/** A tab of the settings page: one code list, or the tenant settings. */
export type SettingsTab = CodeListName | 'tenant';
/** The tabs in display order. */
export const SETTINGS_TABS: readonly SettingsTab[] = [...CODE_LISTS, 'tenant'];

/** The open tab, kept in the URL so it survives a reload. */
export interface SettingsSearch {
  tab?: SettingsTab | undefined;
}

/** Narrows the URL query to {@link SettingsSearch}. */
export function validateSettingsSearch(raw: Record<string, unknown>): SettingsSearch {
  return { tab: searchEnum(raw.tab, SETTINGS_TABS) };
}
