import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from './api';
import { type Locale, localizeBilingual } from './i18n';

/** `setValueAs` for optional text inputs: an empty box means null, as the schemas expect. */
export function emptyToNull(value: unknown): unknown {
  if (typeof value === 'string' && value.trim() === '') return null;
  return value;
}

/**
 * Puts the server's field issues next to the fields of a react-hook-form form. The server names paths
 * like 'body.contact.email'; `prefix` strips a wrapper such as 'proposed.'. Returns how many were placed.
 */
export function applyServerIssues<T extends FieldValues>(
  err: unknown,
  setError: UseFormSetError<T>,
  locale: Locale,
  prefix = '',
): number {
  if (!(err instanceof ApiError)) return 0;
  let placed = 0;
  for (const issue of err.issues) {
    let path = issue.path.replace(/^(body|querystring|params)\.?/, '');
    if (prefix && path.startsWith(prefix)) path = path.slice(prefix.length);
    if (!path) continue;
    setError(path as Path<T>, { type: 'server', message: localizeBilingual(issue.message, locale) });
    placed++;
  }
  return placed;
}

/** Collects the messages of react-hook-form's nested error object as [path, message] pairs, in order. */
export function flattenErrors(errors: object, base = ''): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object' || key === 'ref') continue;
    const path = base ? `${base}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string' && message) out.push([path, message]);
    else out.push(...flattenErrors(value, path));
  }
  return out;
}

/** The id of a form control from its field path, for labels and error-summary links. */
export function fieldId(formId: string, path: string): string {
  return `${formId}-${path.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}
