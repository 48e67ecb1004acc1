import { zodResolver } from '@hookform/resolvers/zod';
import type { ReferralBasis } from '@tsunagu/contracts/referrals';
import type { FieldErrors, FieldValues, Path, Resolver, UseFormSetError } from 'react-hook-form';
import type { z } from 'zod';
import { ApiError } from '../../lib/api';
import { type Locale, localizeBilingual } from '../../lib/i18n';

/** Messages for choices the shared schemas can only call "invalid" while nothing is chosen yet. */
export const CHOOSE_ONE = '選択してください / choose one';
export const CHOOSE_AGENCY = '紹介先を選んでください / choose the agency';
const EMERGENCY_REASON =
  '緊急の理由を10文字以上で書いてください / give the emergency reason (10+ characters)';

/**
 * The shared schema's resolver, with two additions: clearer words where a radio group or select is still
 * unchosen, and the checks zod makes only once every field parses (emergency reason, "other" note),
 * reported together with the other problems so one submit lists them all. `prepare` turns the form's
 * raw values into the schema's input.
 */
export function sharedResolver<V extends FieldValues, O>(
  schema: z.ZodType<O>,
  fix: (values: V, errors: FieldErrors<V>) => void,
  prepare: (values: V) => unknown = (values) => values,
): Resolver<V, unknown, O> {
  const resolve = zodResolver(schema as unknown as Parameters<typeof zodResolver>[0]);
  return async (values, context, options) => {
    const result = await resolve(
      prepare(values) as FieldValues,
      context,
      options as unknown as Parameters<typeof resolve>[2],
    );
    const errors = result.errors as FieldErrors<V>;
    fix(values, errors);
    if (Object.keys(errors).length > 0) return { values: {}, errors };
    return result as unknown as Awaited<ReturnType<Resolver<V, unknown, O>>>;
  };
}

/** Sets `message` on `field` unless the schema already reported something there. */
export function addError<V extends FieldValues>(
  errors: FieldErrors<V>,
  field: keyof V & string,
  message: string,
) {
  const record = errors as Record<string, unknown>;
  if (!record[field]) record[field] = { type: 'required', message };
}

/** Replaces the schema's message for a field whose control still has nothing chosen. */
export function unchosen<V extends FieldValues>(
  values: V,
  errors: FieldErrors<V>,
  field: keyof V & string,
  message: string,
) {
  const error = (errors as Record<string, { message?: string } | undefined>)[field];
  if (error && !values[field]) error.message = message;
}

/** The emergency reason is needed (10+ characters) when the basis is an emergency. */
export function checkEmergency<V extends FieldValues>(
  values: V & { basis: ReferralBasis | '' | null; emergencyReason: string | null },
  errors: FieldErrors<V>,
) {
  if (values.basis === 'emergency' && (values.emergencyReason ?? '').trim().length < 10)
    addError(errors, 'emergencyReason', EMERGENCY_REASON);
}

/** A checkbox group with a single box reports a boolean or a string: the schema wants an array. */
export function asArray(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' && value !== '' ? [value] : [];
}

/**
 * Puts the server's field issues next to the fields. The server names paths like 'body.toAgencyIds.0';
 * `rename` maps them onto the form's own field names. Returns how many were placed.
 */
export function placeServerIssues<V extends FieldValues>(
  err: unknown,
  setError: UseFormSetError<V>,
  locale: Locale,
  rename: (path: string) => string = (path) => path,
): number {
  if (!(err instanceof ApiError)) return 0;
  let placed = 0;
  for (const issue of err.issues) {
    const path = rename(issue.path.replace(/^body\.?/, ''));
    if (!path) continue;
    setError(path as Path<V>, { type: 'server', message: localizeBilingual(issue.message, locale) });
    placed++;
  }
  return placed;
}
