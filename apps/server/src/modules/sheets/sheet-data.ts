import {
  INTAKE_CHANNEL_LABELS,
  type INTAKE_CHANNELS,
  RELATIONSHIP_LABELS,
  type RELATIONSHIPS,
  SENSITIVE_CATEGORY_LABELS,
  SEX_LABELS,
  type SEXES,
  type SensitiveCategory,
  type URGENCIES,
  URGENCY_LABELS,
  VISITOR_LABELS,
  type VISITORS,
} from '@tsunagu/contracts/households';
import { REFERRAL_STATE_LABELS, type ReferralState } from '@tsunagu/contracts/referrals';
import type { CodeLists } from '@tsunagu/contracts/settings';
import { ageOn, formatWareki, toIsoDate } from '@tsunagu/japan';
import type * as households from '../households/households.repository';
import type { listForHousehold } from '../referrals/referrals.repository';
import { MAIN_MARK, NONE } from './sheet-labels';
import type { listCurrentSensitiveNotes } from './sheets.repository';

type Channel = (typeof INTAKE_CHANNELS)[number];
type Visitor = (typeof VISITORS)[number];
type Urgency = (typeof URGENCIES)[number];
type Sex = (typeof SEXES)[number];
type Relationship = (typeof RELATIONSHIPS)[number];
type Rows<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

/** What the export read in its one transaction. `notes` is null when the user may not export them. */
export type SheetSource = {
  household: NonNullable<Rows<typeof households.findHousehold>>;
  members: Rows<typeof households.listMembers>;
  intakes: Rows<typeof households.listIntakes>;
  problems: Rows<typeof households.listProblems>;
  notes: Rows<typeof listCurrentSensitiveNotes> | null;
  referrals: Rows<typeof listForHousehold>;
};

/** One member as the sheet writes them. */
export type SheetMember = {
  name: string;
  kana: string;
  relationship: string;
  sex: string;
  birth: string;
  livesTogether: string;
  /** お困りごと across every intake, in code-list order, the 主訴 marked. */
  problems: string;
  hasMain: boolean;
};

/** One intake, oldest first. */
export type SheetIntake = {
  receivedOn: string;
  receivedOnWareki: string;
  agencyName: string;
  channel: string;
  visitor: string;
  urgency: string;
  problems: string;
  accommodation: string;
  summary: string;
};

/** Everything the workbook shows, already in words: the layout code only places it. */
export type SheetData = {
  householdId: string;
  title: string;
  receivedOn: string;
  receivedBy: string;
  channel: string;
  visitor: string;
  urgency: string;
  mainProblem: string;
  self: { name: string; kana: string; sex: string; birth: string; address: string; phones: string };
  schoolDistrict: string;
  members: SheetMember[];
  accommodation: string;
  intakes: SheetIntake[];
  /** 紹介先・紹介理由, oldest first: '中区地域包括支援センター（令和7年5月7日 北区中央から・受け入れ）'. */
  referrals: { to: string; reason: string }[];
  /** 要配慮個人情報: null when left out (the user may not export it). */
  sensitive: { member: string; category: string; content: string; recorded: string }[] | null;
  exportedAt: string;
};

const fullName = (p: { familyName: string; givenName: string }) =>
  [p.familyName, p.givenName].filter((s) => s.trim() !== '').join(' ');
const fullKana = (p: { familyNameKana: string; givenNameKana: string }) =>
  [p.familyNameKana, p.givenNameKana].filter((s) => s.trim() !== '').join(' ');

const tokyoTime = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** 出力日時 in 和暦 and Tokyo time: '令和7年5月7日 14:05'. */
export function exportedAtText(now: Date): string {
  return `${formatWareki(now)} ${tokyoTime.format(now)}`;
}

function birthText(birth: string | null, today: string): string {
  if (!birth) return '不明';
  return birth <= today ? `${formatWareki(birth)}（${ageOn(birth, today)}歳）` : formatWareki(birth);
}

type Problem = SheetSource['problems'][number];

/** Code-list words for the sheet: problem categories in the list's order, school districts. */
function vocabulary(lists: CodeLists) {
  const order = new Map(lists.problem_category.map((item, i) => [item.code, i]));
  const label = (list: 'problem_category' | 'school_district', code: string) =>
    lists[list].find((i) => i.code === code)?.labelJa ?? code;
  /** One person's problems among the rows, deduplicated, in list order, the main one marked. */
  const problems = (rows: Problem[], personId: string, isMain: (p: Problem) => boolean) => {
    const own = rows.filter((p) => p.personId === personId);
    return [...new Set(own.map((p) => p.categoryCode))]
      .sort((a, b) => (order.get(a) ?? 999) - (order.get(b) ?? 999))
      .map((code) => {
        const main = own.some((p) => p.categoryCode === code && isMain(p));
        return `${label('problem_category', code)}${main ? MAIN_MARK : ''}`;
      });
  };
  return { label, problems };
}

/** Turns the rows read for the export into the words of the sheet. */
export function toSheetData(src: SheetSource, lists: CodeLists, householdId: string, now: Date): SheetData {
  const today = toIsoDate(now);
  const words = vocabulary(lists);
  const intakes = [...src.intakes].reverse(); // oldest first, as on the printed sheet
  const first = intakes[0];
  const latest = intakes[intakes.length - 1];
  // The current 主訴: the main problem of the latest intake that names one.
  const main = src.intakes
    .map((i) => src.problems.find((p) => p.intakeId === i.intake.id && p.isMain))
    .find((p) => p !== undefined);
  const isCurrentMain = (p: Problem) => p === main;
  const nameOf = new Map(src.members.map((m) => [m.person.id, fullName(m.person)]));
  const self = src.members.find((m) => m.member.relationship === 'self') ?? src.members[0];
  const mainName = main ? nameOf.get(main.personId) : undefined;
  const school = src.household.schoolDistrictCode;

  return {
    householdId,
    title: self ? `${fullName(self.person)} さんの世帯` : '世帯',
    receivedOn: first ? formatWareki(first.intake.receivedOn) : NONE,
    receivedBy: first?.agencyName ?? NONE,
    channel: first ? INTAKE_CHANNEL_LABELS[first.intake.channel as Channel].ja : NONE,
    visitor: first ? VISITOR_LABELS[first.intake.visitor as Visitor].ja : NONE,
    urgency: latest ? URGENCY_LABELS[latest.intake.urgency as Urgency].ja : NONE,
    mainProblem: main
      ? `${words.label('problem_category', main.categoryCode)}${mainName ? `（${mainName}）` : ''}`
      : NONE,
    self: {
      name: self ? fullName(self.person) : NONE,
      kana: self ? fullKana(self.person) : NONE,
      sex: self ? SEX_LABELS[self.person.sex as Sex].ja : NONE,
      birth: self ? birthText(self.person.birthDate, today) : NONE,
      address: self?.person.address ?? src.household.address ?? NONE,
      phones: self?.person.phones.join('、') || NONE,
    },
    schoolDistrict: school ? words.label('school_district', school) : NONE,
    members: src.members.map(({ member, person }) => {
      const problems = words.problems(src.problems, person.id, isCurrentMain);
      return {
        name: fullName(person),
        kana: fullKana(person),
        relationship: RELATIONSHIP_LABELS[member.relationship as Relationship].ja,
        sex: SEX_LABELS[person.sex as Sex].ja,
        birth: birthText(person.birthDate, today),
        livesTogether: member.relationship === 'self' ? NONE : member.livesTogether ? '同居' : '別居',
        problems: problems.length ? problems.join('、') : '記録なし',
        hasMain: main?.personId === person.id,
      };
    }),
    // The person's wishes as last recorded.
    accommodation:
      [...intakes].reverse().find((i) => i.intake.accommodation?.trim())?.intake.accommodation ?? '',
    intakes: intakes.map(({ intake, agencyName }) => {
      const rows = src.problems.filter((p) => p.intakeId === intake.id);
      return {
        receivedOn: intake.receivedOn,
        receivedOnWareki: formatWareki(intake.receivedOn),
        agencyName,
        channel: INTAKE_CHANNEL_LABELS[intake.channel as Channel].ja,
        visitor: VISITOR_LABELS[intake.visitor as Visitor].ja,
        urgency: URGENCY_LABELS[intake.urgency as Urgency].ja,
        problems: src.members
          .filter((m) => rows.some((p) => p.personId === m.person.id))
          .map(
            (m) => `${fullName(m.person)}：${words.problems(rows, m.person.id, (p) => p.isMain).join('、')}`,
          )
          .join('\n'),
        accommodation: intake.accommodation ?? '',
        summary: intake.summary,
      };
    }),
    referrals: src.referrals.map(({ referral, fromAgencyName, toAgencyName }) => ({
      to: `${toAgencyName}（${formatWareki(toIsoDate(referral.sentAt))} ${fromAgencyName}から・${REFERRAL_STATE_LABELS[referral.state as ReferralState].ja}）`,
      reason: referral.reason,
    })),
    sensitive:
      src.notes?.map((n) => ({
        member: nameOf.get(n.personId) ?? NONE,
        category: SENSITIVE_CATEGORY_LABELS[n.category as SensitiveCategory]?.ja ?? n.category,
        content: n.content,
        recorded: `${formatWareki(n.createdAt)}　${n.agencyName}`,
      })) ?? null,
    exportedAt: exportedAtText(now),
  };
}
