import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Story, StoryUpdate, storyListSchema } from '@tsunagu/contracts/cases';
import type { z } from 'zod';
import { api } from '../../lib/api';
import type { LibrarySearch } from './search';

/** A story as listed (without its body). */
export type StorySummary = z.infer<typeof storyListSchema>['items'][number];

/** The stories the user may read: published ones for all staff; drafts too for coordinators. */
export function storyListQuery(search: LibrarySearch) {
  return queryOptions({
    queryKey: ['stories', 'list', search],
    queryFn: ({ signal }) => api<{ items: StorySummary[] }>('/api/stories', { query: { ...search }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** One story with its warnings and what the user may do with it. */
export function storyQuery(id: string) {
  return queryOptions({
    queryKey: ['stories', 'detail', id],
    queryFn: ({ signal }) => api<Story>(`/api/stories/${id}`, { signal }),
  });
}

/** Saves the edited story (version-checked). */
export function updateStory(id: string, body: StoryUpdate) {
  return api<Story>(`/api/stories/${id}`, { method: 'PUT', json: body });
}

/** 確認に回す / 公開する / 差し戻す: each moves the story on, version-checked. */
export function storyAction(id: string, action: 'submit' | 'publish' | 'return', version: number) {
  return api<Story>(`/api/stories/${id}/${action}`, { json: { version } });
}
