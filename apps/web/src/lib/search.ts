/** Helpers for router `validateSearch`: URL query values arrive as unknown and must be narrowed. */

/** A non-empty trimmed string (at most `max` characters), or undefined. */
export function searchString(value: unknown, max = 100): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const s = String(value).trim().slice(0, max);
  return s === '' ? undefined : s;
}

/** A positive page number (1-based), or undefined for the first page. */
export function searchPage(value: unknown): number | undefined {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' ? Number.parseInt(value, 10) : Number.NaN;
  return Number.isInteger(n) && n > 1 && n < 100_000 ? n : undefined;
}

/** One of the allowed values, or undefined. */
export function searchEnum<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

/** A 'YYYY-MM-DD' date, or undefined. */
export function searchDate(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

/** A code-list code (lower-case letters, digits, hyphens), or undefined. */
export function searchCode(value: unknown): string | undefined {
  return typeof value === 'string' && /^[a-z0-9][a-z0-9-]{0,62}$/.test(value) ? value : undefined;
}
