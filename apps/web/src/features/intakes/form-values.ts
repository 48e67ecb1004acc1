import { zodResolver } from '@hookform/resolvers/zod';
import {
  type IntakeCreate,
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
/** 続柄 codes. */
export type Relationship = (typeof RELATIONSHIPS)[number];

/** One member row of the form: as the schema takes it, but 続柄 may still be unchosen. */
export type MemberFormValues = Omit<MemberInput, 'relationship'> & { relationship: Relationship | '' };

/**
 * What the 相談受付 form holds before the shared intakeCreateSchema parses it: the selects may still be
 * on "選択してください" and the main problem unchosen.
 */
export type IntakeFormValues = Omit<IntakeInput, 'channel' | 'visitor' | 'members' | 'mainProblem'> & {
  channel: IntakeInput['channel'] | '';
  visitor: IntakeInput['visitor'] | '';
  members: MemberFormValues[];
  mainProblem: IntakeInput['mainProblem'] | null;
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
  };
}

const CHOOSE_ONE = '選択してください / choose one';
const CHOOSE_MAIN = '主訴を選んでください / choose the main problem';
const TICK_FIRST =
  'お困りごとを1つ以上選んでから、主訴を選んでください / tick at least one problem, then choose the main one';

const schemaResolver = zodResolver(intakeCreateSchema);

/**
 * The shared schema's resolver, with plain "choose one" messages where a select or the main problem is
 * still unchosen (instead of zod's enum and type messages).
 */
export const intakeResolver: Resolver<IntakeFormValues, unknown, IntakeCreate> = async (
  values,
  context,
  options,
) => {
  const result = await schemaResolver(
    values as unknown as IntakeInput,
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
    .replace(/^mainProblem\..*$/, 'mainProblem');
}

/** The id of the control (or group) for an error path. */
export function intakeFieldId(path: string): string {
  return fieldId(INTAKE_FORM_ID, controlPath(path));
}
