import { zodResolver } from '@hookform/resolvers/zod';
import { type ConsentCreate, consentCreateSchema } from '@tsunagu/contracts/consents';
import type { FieldErrors, Resolver, UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { fieldId } from '../../lib/form';
import { todayIso } from '../../lib/format';

type ConsentInput = z.input<typeof consentCreateSchema>;

/** What the consent form holds before the shared schema parses it: the radios may still be unchosen. */
export type ConsentFormValues = Omit<ConsentInput, 'purpose' | 'method'> & {
  purpose: ConsentInput['purpose'] | '' | null;
  method: ConsentInput['method'] | '' | null;
};

/** The consent form's react-hook-form handle, shared by its sections. */
export type ConsentForm = UseFormReturn<ConsentFormValues, unknown, ConsentCreate>;

/** The form's id prefix: control ids are `consent-<path>`. */
export const CONSENT_FORM_ID = 'consent';

/** The id of a control (or group) of the consent form. */
export const consentFieldId = (path: string) => fieldId(CONSENT_FORM_ID, path.replace(/\.\d+$/, ''));

/** A blank consent: obtained today (Asia/Tokyo), nothing chosen yet. */
export function emptyConsent(): ConsentFormValues {
  return {
    purpose: '',
    scopeAgencyIds: [],
    scopeAgencyCategories: [],
    method: '',
    obtainedOn: todayIso(),
    note: null,
  };
}

const CHOOSE_ONE = '選択してください / choose one';
const CHOOSE_SCOPE =
  '共有先の機関または機関の種別を1つ以上選んでください / choose at least one agency or category';
const schemaResolver = zodResolver(consentCreateSchema);

/** The shared schema's resolver, with "choose one" where a radio group is still unchosen. */
export const consentResolver: Resolver<ConsentFormValues, unknown, ConsentCreate> = async (
  values,
  context,
  options,
) => {
  // A checkbox group with a single box reports a boolean or a string: keep the schema's arrays.
  const input = {
    ...values,
    scopeAgencyIds: asArray(values.scopeAgencyIds),
    scopeAgencyCategories: asArray(values.scopeAgencyCategories),
  };
  const result = await schemaResolver(
    input as unknown as ConsentInput,
    context,
    options as unknown as Parameters<typeof schemaResolver>[2],
  );
  const errors = result.errors as FieldErrors<ConsentFormValues>;
  if (errors.purpose && !values.purpose) errors.purpose.message = CHOOSE_ONE;
  if (errors.method && !values.method) errors.method.message = CHOOSE_ONE;
  // The schema checks the scope only once every field parses: say it together with the other problems.
  if (input.scopeAgencyIds.length + input.scopeAgencyCategories.length === 0)
    errors.scopeAgencyIds = { type: 'required', message: CHOOSE_SCOPE };
  return result as unknown as Awaited<ReturnType<Resolver<ConsentFormValues, unknown, ConsentCreate>>>;
};

function asArray(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' && value !== '' ? [value] : [];
}
