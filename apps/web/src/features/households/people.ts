import type { Household, INTAKE_CHANNELS, URGENCIES, VISITORS } from '@tsunagu/contracts/households';
import { ageOn, formatWareki } from '@tsunagu/japan';
import type { BadgeTone } from '../../components/Badge';
import type { Locale } from '../../lib/i18n';

/** 相談経路, 来談者 and 緊急度 codes of an intake. */
export type Channel = (typeof INTAKE_CHANNELS)[number];
export type Visitor = (typeof VISITORS)[number];
export type Urgency = (typeof URGENCIES)[number];

/** Badge colours of 緊急度; the word on the badge carries the meaning. */
export const URGENCY_TONES: Record<Urgency, BadgeTone> = {
  low: 'neutral',
  normal: 'info',
  high: 'warning',
  emergency: 'danger',
};

type NameParts = { familyName: string; givenName: string };
type KanaParts = { familyNameKana: string; givenNameKana: string };

/** 氏名 as entered (異体字 kept), family name first, one space between. */
export function fullName(p: NameParts): string {
  return [p.familyName, p.givenName].filter((s) => s.trim() !== '').join(' ');
}

/** ふりがな, せい then めい. */
export function fullKana(p: KanaParts): string {
  return [p.familyNameKana, p.givenNameKana].filter((s) => s.trim() !== '').join(' ');
}

/**
 * A calendar date ('YYYY-MM-DD') for the screen: 和暦 in Japanese ('昭和23年2月29日'), ISO with the
 * short 和暦 in English. Malformed or pre-明治 input is shown as typed.
 */
export function formatDay(iso: string, locale: Locale): string {
  try {
    return locale === 'ja' ? formatWareki(iso) : `${iso} (${formatWareki(iso, { style: 'short' })})`;
  } catch {
    return iso;
  }
}

/** Age in completed years on `on`, or null when either date is missing or malformed. */
export function ageAt(birth: string | null | undefined, on: string): number | null {
  if (!birth) return null;
  try {
    return ageOn(birth, on);
  } catch {
    return null;
  }
}

/** A household member, with the person flattened in. */
export type Member = Household['members'][number];

/** The household's 本人 (first member if none is marked). */
export function selfMember(household: Household): Member | undefined {
  return household.members.find((m) => m.relationship === 'self') ?? household.members[0];
}

/** Intakes oldest first. */
export function intakesByDate(household: Household): Household['intakes'] {
  return [...household.intakes].sort((a, b) => a.receivedOn.localeCompare(b.receivedOn));
}

/**
 * The problem codes of each person across the household's intakes (in the code list's `order`), and
 * the current 主訴: the main problem of the latest intake that names one.
 */
export function problemsOf(household: Household, order: Map<string, number>) {
  const intakes = intakesByDate(household);
  const byPerson = new Map<string, string[]>();
  for (const intake of intakes) {
    for (const p of intake.problems) {
      const list = byPerson.get(p.personId) ?? [];
      if (!list.includes(p.code)) list.push(p.code);
      byPerson.set(p.personId, list);
    }
  }
  for (const list of byPerson.values()) list.sort((a, b) => (order.get(a) ?? 999) - (order.get(b) ?? 999));
  const latestWithMain = [...intakes].reverse().find((i) => i.problems.some((p) => p.main));
  const main = latestWithMain?.problems.find((p) => p.main) ?? null;
  return { byPerson, main };
}
