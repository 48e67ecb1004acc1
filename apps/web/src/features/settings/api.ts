import { queryOptions, useQuery } from '@tanstack/react-query';
import type {
  CodeListItem,
  CodeListItemInput,
  CodeListName,
  CodeLists,
  TenantProfile,
  TenantSettings,
} from '@tsunagu/contracts/settings';
import { useCallback } from 'react';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';

/** Every code list of the tenant (public). Changes rarely, so it is cached for a while. */
export const codeListsQuery = queryOptions({
  queryKey: ['code-lists'],
  queryFn: () => api<CodeLists>('/api/code-lists'),
  staleTime: 10 * 60_000,
});

/** The city running this installation (public), for the header when nobody is signed in. */
export function useTenantProfile(): TenantProfile | undefined {
  return useQuery({
    queryKey: ['tenant'],
    queryFn: () => api<TenantProfile>('/api/tenant'),
    staleTime: 60 * 60_000,
  }).data;
}

/** The code lists (undefined while loading). */
export function useCodeLists(): CodeLists | undefined {
  return useQuery(codeListsQuery).data;
}

/** Active items of one list in their display order. */
export function activeItems(lists: CodeLists | undefined, list: CodeListName): CodeListItem[] {
  return (lists?.[list] ?? []).filter((i) => i.active).sort((a, b) => a.sortOrder - b.sortOrder);
}

/** `codeLabel('problem_category', 'illness')` → the item's label in the UI language, or the code itself. */
export function useCodeLabel(): (list: CodeListName, code: string) => string {
  const lists = useCodeLists();
  const { locale } = useI18n();
  return useCallback(
    (list: CodeListName, code: string) => {
      const item = lists?.[list]?.find((i) => i.code === code);
      if (!item) return code;
      return locale === 'ja' ? item.labelJa : item.labelEn || item.labelJa;
    },
    [lists, locale],
  );
}

/** A district code's label, whether it is a welfare or a school district. */
export function useDistrictLabel(): (code: string) => string {
  const label = useCodeLabel();
  const lists = useCodeLists();
  return useCallback(
    (code: string) =>
      lists?.welfare_district.some((i) => i.code === code)
        ? label('welfare_district', code)
        : label('school_district', code),
    [label, lists],
  );
}

/** Adds an item to a code list (admin). */
export function createCodeListItem(list: CodeListName, body: CodeListItemInput) {
  return api<CodeListItem>(`/api/code-lists/${list}`, { json: body });
}

/** Edits a code-list item (admin); 409 version_conflict when someone else changed it first. */
export function updateCodeListItem(id: string, body: Omit<CodeListItemInput, 'code'> & { version: number }) {
  return api<CodeListItem>(`/api/code-lists/items/${id}`, { method: 'PUT', json: body });
}

/** The tenant and its settings. */
export interface TenantSettingsView {
  slug: string;
  name: string;
  nameEn: string;
  settings: TenantSettings;
}

/** The tenant settings (signed in). */
export const tenantSettingsQuery = queryOptions({
  queryKey: ['tenant-settings'],
  queryFn: () => api<TenantSettingsView>('/api/settings'),
});

/** Saves the tenant settings (admin). */
export function updateTenantSettings(body: TenantSettings) {
  return api<TenantSettingsView>('/api/settings', { method: 'PUT', json: body });
}
