import { CONSENT_METHODS, CONSENT_PURPOSES } from '@tsunagu/contracts/consents';
import { INTAKE_CHANNELS, SEXES, URGENCIES, VISITORS } from '@tsunagu/contracts/households';
import {
  asArray,
  emptyIntake,
  emptyIntakeConsent,
  emptyMember,
  type IntakeConsentFormValues,
  type IntakeFormValues,
  type MemberFormValues,
} from './form-values';

type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);
const textOrNull = (v: unknown) => (typeof v === 'string' ? v : null);
const oneOf = <T extends string>(options: readonly T[], v: unknown, fallback: T | ''): T | '' =>
  options.includes(v as T) ? (v as T) : fallback;
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

function toMember(raw: unknown): MemberFormValues {
  const blank = emptyMember('');
  if (!isObject(raw)) return blank;
  const p = isObject(raw.person) ? raw.person : {};
  return {
    person: {
      familyName: text(p.familyName, ''),
      givenName: text(p.givenName, ''),
      familyNameKana: text(p.familyNameKana, ''),
      givenNameKana: text(p.givenNameKana, ''),
      birthDate: textOrNull(p.birthDate),
      sex: oneOf(SEXES, p.sex, 'unanswered') || 'unanswered',
      address: textOrNull(p.address),
      schoolDistrictCode: textOrNull(p.schoolDistrictCode),
      phones: strings(p.phones),
    },
    relationship:
      typeof raw.relationship === 'string' ? (raw.relationship as MemberFormValues['relationship']) : '',
    livesTogether: raw.livesTogether !== false,
    problems: strings(raw.problems),
  };
}

function toConsent(raw: unknown, receivedOn: string): IntakeConsentFormValues {
  const blank = emptyIntakeConsent(receivedOn);
  if (!isObject(raw)) return blank;
  return {
    given: raw.given === true,
    members: asArray(raw.members),
    purpose: oneOf(CONSENT_PURPOSES, raw.purpose, ''),
    scopeAgencyIds: asArray(raw.scopeAgencyIds),
    scopeAgencyCategories: asArray(raw.scopeAgencyCategories),
    method: oneOf(CONSENT_METHODS, raw.method, ''),
    obtainedOn: text(raw.obtainedOn, blank.obtainedOn),
    note: textOrNull(raw.note),
  };
}

/**
 * The form values of a saved draft. A draft is whatever the form held (any shape the server accepted),
 * so each field is taken only when it has the expected type; the rest starts blank. The shared schema
 * still validates everything on submit.
 */
export function draftToValues(payload: Loose): IntakeFormValues {
  const blank = emptyIntake();
  const members = Array.isArray(payload.members) ? payload.members.slice(0, 20).map(toMember) : [];
  const main = isObject(payload.mainProblem) ? payload.mainProblem : null;
  const receivedOn = text(payload.receivedOn, blank.receivedOn);
  return {
    receivedOn,
    channel: oneOf(INTAKE_CHANNELS, payload.channel, ''),
    visitor: oneOf(VISITORS, payload.visitor, ''),
    urgency: oneOf(URGENCIES, payload.urgency, 'normal') || 'normal',
    summary: text(payload.summary, ''),
    accommodation: textOrNull(payload.accommodation),
    members: members.length ? members : blank.members,
    mainProblem:
      main && typeof main.member === 'number' && typeof main.code === 'string'
        ? { member: main.member, code: main.code }
        : null,
    consent: toConsent(payload.consent, receivedOn),
  };
}

/** The 本人's name in a draft, to help the user recognise it. */
export function draftClientName(payload: Loose): string {
  const self = draftToValues(payload).members.find((m) => m.relationship === 'self');
  return self ? [self.person.familyName, self.person.givenName].filter((s) => s.trim()).join(' ') : '';
}
