import { zodResolver } from '@hookform/resolvers/zod';
import {
  type IntakeCreate,
  type intakeConsentSchema,
  intakeCreateSchema,
  type intakeMemberSchema,
  type RELATIONSHIPS,
} from '@tsunagu/contracts/households';
import type { FieldErrors, Resolver, UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { fieldId } from '../../lib/form';
import { todayIso } from '../../lib/format';

type IntakeInput = z.input<typeof intakeCreateSchema>;
type MemberInput = z.input<typeof intakeMemberSchema>;
type ConsentInput = z.input<typeof intakeConsentSchema>;
/** 続柄 codes. */
export type Relationship = (typeof RELATIONSHIPS)[number];

/** One member row of the form: as the schema takes it, but 続柄 may still be unchosen. */
export type MemberFormValues = Omit<MemberInput, 'relationship'> & { relationship: Relationship | '' };

/**
 * 同意（情報共有） as the form holds it: always present, sent only when `given` is ticked. The members
 * are the checked boxes' values (member indexes as strings); the radios may still be unchosen.
 */
export type IntakeConsentFormValues = Omit<ConsentInput, 'members' | 'purpose' | 'method'> & {
  given: boolean;
  members: string[];
  purpose: ConsentInput['purpose'] | '';
  method: ConsentInput['method'] | '';
};

/**
 * What the 相談受付 form holds before the shared intakeCreateSchema parses it: the selects may still be
 * on "選択してください" and the main problem unchosen.
 */
export type IntakeFormValues = Omit<
  IntakeInput,
  'channel' | 'visitor' | 'members' | 'mainProblem' | 'consent'
> & {
  channel: IntakeInput['channel'] | '';
  visitor: IntakeInput['visitor'] | '';
  members: MemberFormValues[];
  mainProblem: IntakeInput['mainProblem'] | null;
  consent: IntakeConsentFormValues;
};

/** The form's react-hook-form handle, shared by its sections. */
export type IntakeForm = UseFormReturn<IntakeFormValues, unknown, IntakeCreate>;

/** The form's id prefix: control ids are `intake-<path>`. */
export const INTAKE_FORM_ID = 'intake';

/** Most members a household may have (the schema's limit). */
export const MAX_MEMBERS = 20;

/** A blank member row. */
export function emptyMember(relationship: Relationship | ''): MemberFormValues {
  return {
    person: {
      familyName: '',
      givenName: '',
      familyNameKana: '',
      givenNameKana: '',
      birthDate: null,
      sex: 'unanswered',
      address: null,
      schoolDistrictCode: null,
      phones: [],
    },
    relationship,
    livesTogether: true,
    problems: [],
  };
}

/** No consent recorded with the intake (yet): obtained on the day received unless changed. */
export function emptyIntakeConsent(obtainedOn: string = todayIso()): IntakeConsentFormValues {
  return {
    given: false,
    members: [],
    purpose: '',
    scopeAgencyIds: [],
    scopeAgencyCategories: [],
    method: '',
    obtainedOn,
    note: null,
  };
}

/** A new intake: received today (Asia/Tokyo), urgency 通常, one member who is the 本人. */
export function emptyIntake(): IntakeFormValues {
  return {
    receivedOn: todayIso(),
    channel: '',
    visitor: '',
    urgency: 'normal',
    summary: '',
    accommodation: null,
    members: [emptyMember('self')],
    mainProblem: null,
    consent: emptyIntakeConsent(),
  };
}

const CHOOSE_ONE = '選択してください / choose one';
const CHOOSE_MAIN = '主訴を選んでください / choose the main problem';
const TICK_FIRST =
  'お困りごとを1つ以上選んでから、主訴を選んでください / tick at least one problem, then choose the main one';

const CHOOSE_SCOPE =
  '共有先の機関または機関の種別を1つ以上選んでください / choose at least one agency or category';

const schemaResolver = zodResolver(intakeCreateSchema);

/** A checkbox group with a single box reports a string or a boolean: keep the schema's arrays. */
export function asArray(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' && value !== '' ? [value] : [];
}

/** The consent as the schema takes it: null unless ticked, member boxes as indexes. */
function consentInput(c: IntakeConsentFormValues): IntakeInput['consent'] {
  if (!c.given) return null;
  const { given: _given, ...rest } = c;
  return {
    ...rest,
    members: asArray(c.members).map(Number),
    scopeAgencyIds: asArray(c.scopeAgencyIds),
    scopeAgencyCategories: asArray(c.scopeAgencyCategories),
  } as IntakeInput['consent'];
}

/**
 * The shared schema's resolver, with plain "choose one" messages where a select or the main problem is
 * still unchosen (instead of zod's enum and type messages).
 */
export const intakeResolver: Resolver<IntakeFormValues, unknown, IntakeCreate> = async (
  values,
  context,
  options,
) => {
  const input = { ...values, consent: consentInput(values.consent) };
  const result = await schemaResolver(
    input as unknown as IntakeInput,
    context,
    options as unknown as Parameters<typeof schemaResolver>[2],
  );
  const errors = result.errors as FieldErrors<IntakeFormValues>;
  if (errors.channel && !values.channel) errors.channel.message = CHOOSE_ONE;
  if (errors.visitor && !values.visitor) errors.visitor.message = CHOOSE_ONE;
  values.members.forEach((m, i) => {
    const e = errors.members?.[i]?.relationship;
    if (e && !m.relationship) e.message = CHOOSE_ONE;
  });
  const consent = input.consent;
  if (consent) {
    const e = (errors.consent ?? {}) as NonNullable<FieldErrors<IntakeFormValues>['consent']>;
    if (e.purpose && !consent.purpose) e.purpose.message = CHOOSE_ONE;
    if (e.method && !consent.method) e.method.message = CHOOSE_ONE;
    // The schema checks the scope only once every consent field parses: say it with the other problems.
    if ((consent.scopeAgencyIds ?? []).length + (consent.scopeAgencyCategories ?? []).length === 0)
      e.scopeAgencyIds = { type: 'required', message: CHOOSE_SCOPE };
    if (Object.keys(e).length) errors.consent = e;
  }
  if (!values.mainProblem) {
    const anyProblem = values.members.some((m) => (m.problems ?? []).length > 0);
    errors.mainProblem = { type: 'required', message: anyProblem ? CHOOSE_MAIN : TICK_FIRST };
  }
  return result as unknown as Awaited<ReturnType<Resolver<IntakeFormValues, unknown, IntakeCreate>>>;
};

/**
 * The control an error path belongs to: 'members.0.person.phones.0' → the phone box, 'members.root' →
 * the members group, 'mainProblem.code' → the main-problem select.
 */
export function controlPath(path: string): string {
  return path
    .replace(/\.root$/, '')
    .replace(/(\.person\.phones)\.\d+$/, '$1')
    .replace(/^(consent\.(?:members|scopeAgencyIds|scopeAgencyCategories))\.\d+$/, '$1')
    .replace(/^mainProblem\..*$/, 'mainProblem');
}

/** The id of the control (or group) for an error path. */
export function intakeFieldId(path: string): string {
  return fieldId(INTAKE_FORM_ID, controlPath(path));
}
