import { zodResolver } from '@hookform/resolvers/zod';
import {
  memberAddSchema,
  type Person,
  type PersonInput,
  personInputSchema,
  type RELATIONSHIPS,
} from '@tsunagu/contracts/households';
import type { FieldErrors, Resolver, UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { ApiError } from '../../lib/api';
import { fieldId } from '../../lib/form';

type PersonValues = z.input<typeof personInputSchema>;

/** 続柄 a member other than the 本人 may have. */
export type MemberRelationship = Exclude<(typeof RELATIONSHIPS)[number], 'self'>;

/**
 * What the person form holds before the shared schema parses it: the person, and — when a member is
 * added — their 続柄 (maybe still unchosen) and 同居. Correcting a person uses the same shape.
 */
export interface PersonFormValues {
  person: PersonValues;
  relationship: MemberRelationship | '';
  livesTogether: boolean;
}

/** What the form gives on submit: the parsed person, with 続柄 and 同居 when adding a member. */
export interface PersonFormOutput {
  person: PersonInput;
  relationship?: MemberRelationship;
  livesTogether?: boolean;
}

/** The person form's react-hook-form handle, shared by its sections. */
export type PersonForm = UseFormReturn<PersonFormValues, unknown, PersonFormOutput>;

/** Most phone numbers a person may have (the schema's limit). */
export const MAX_PHONES = 5;

/** The form's values for a stored person, or a blank one for a new member. */
export function personFormValues(person?: Person): PersonFormValues {
  return {
    person: {
      familyName: person?.familyName ?? '',
      givenName: person?.givenName ?? '',
      familyNameKana: person?.familyNameKana ?? '',
      givenNameKana: person?.givenNameKana ?? '',
      birthDate: person?.birthDate ?? null,
      sex: person?.sex ?? 'unanswered',
      address: person?.address ?? null,
      schoolDistrictCode: person?.schoolDistrictCode ?? null,
      phones: person?.phones.length ? [...person.phones] : [''],
    },
    relationship: '',
    livesTogether: true,
  };
}

const CHOOSE_ONE = '選択してください / choose one';
const personOnly = zodResolver(z.object({ person: personInputSchema }));
const member = zodResolver(memberAddSchema);

/** Empty phone boxes are not numbers: leave them out before the schema sees the list. */
function withoutBlankPhones(values: PersonFormValues): PersonFormValues {
  const phones = (values.person.phones ?? []).filter((p) => p.trim() !== '');
  return { ...values, person: { ...values.person, phones } };
}

type Options = Parameters<typeof personOnly>[2];
type Result = Awaited<ReturnType<Resolver<PersonFormValues, unknown, PersonFormOutput>>>;

/** Correcting a person: only the person is validated, with the shared personInputSchema. */
export const personResolver: Resolver<PersonFormValues, unknown, PersonFormOutput> = async (
  values,
  context,
  options,
) =>
  (await personOnly(withoutBlankPhones(values), context, options as unknown as Options)) as unknown as Result;

/** Adding a member: the shared memberAddSchema, with "choose one" while the 続柄 is unchosen. */
export const memberResolver: Resolver<PersonFormValues, unknown, PersonFormOutput> = async (
  values,
  context,
  options,
) => {
  const result = await member(
    withoutBlankPhones(values) as unknown as z.input<typeof memberAddSchema>,
    context,
    options as unknown as Parameters<typeof member>[2],
  );
  const errors = result.errors as FieldErrors<PersonFormValues>;
  if (errors.relationship && !values.relationship) errors.relationship.message = CHOOSE_ONE;
  return result as unknown as Result;
};

/** The id of a control of the person form `formId`: 'person.phones.1' → `<formId>-person-phones-1`. */
export const personFieldId = (formId: string, path: string) => fieldId(formId, path);

/**
 * The server names a corrected person's fields 'body.familyName'; the form keeps them under
 * 'person.': re-homes the issues so they land next to the fields.
 */
export function underPerson(err: unknown): unknown {
  if (!(err instanceof ApiError)) return err;
  const issues = err.issues.map((i) => ({ ...i, path: i.path.replace(/^body\./, 'body.person.') }));
  return new ApiError(err.status, err.code, err.messageJa, err.messageEn, issues, err.details);
}
