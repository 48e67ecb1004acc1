import {
  ageOn,
  fiscalYearLabel,
  fiscalYearOf,
  hiraganaToKatakana,
  katakanaToHiragana,
  parseWareki,
} from '@tsunagu/japan';

/** A household member as the story's source knows them. */
export type SourceMember = {
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  /** 続柄 label (本人, 子 …). */
  relationship: string;
  sexLabel: string | null;
  birthDate: string | null;
  address: string | null;
  phones: string[];
};

/** Everything a story is made from; free texts are scanned and rewritten. */
export type StorySource = {
  receivedOn: string;
  welfareDistrict: string | null;
  householdAddress: string | null;
  members: SourceMember[];
  problemLabels: string[];
  summary: string;
  advice: string | null;
  personWords: string | null;
  goals: { text: string; evaluation: string | null }[];
  team: { agencyKind: string; role: string }[];
  meetings: { kind: string; count: number }[];
  contacts: number;
  outcome: string | null;
  closureNote: string | null;
  reviews: { findings: string; lessons: string | null }[];
};

const WAREKI_DATE = /(明治|大正|昭和|平成|令和)(元|\d{1,2})年\d{1,2}月\d{1,2}日/g;
const WAREKI_SHORT = /\b[MTSHR]\d{1,2}\.\d{1,2}\.\d{1,2}\b/g;
const SEIREKI_DATE = /(\d{4})(?:年|[-/.])(\d{1,2})(?:月|[-/.])(\d{1,2})日?/g;
const MONTH_DAY = /\d{1,2}月\d{1,2}日/g;
const AGE = /(\d{1,3})\s*(?:歳|才)/g;
const PHONE = /0\d{1,4}[-‐ー−]?\d{1,4}[-‐ー−]\d{3,4}|0\d{9,10}/g;
const HOUSE_NUMBER = /\d+(?:丁目|番地?|号)(?:\d+(?:番地?|号))*|\d+[-‐−]\d+(?:[-‐−]\d+)?/g;

const decade = (age: number) => `${Math.floor(age / 10) * 10}代`;
const fiscalText = (iso: string) => fiscalYearLabel(fiscalYearOf(iso));

function isoFromSeireki(y: string, m: string, d: string) {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** Dates to their 年度, a day without a year to 「（日付）」, ages to decades, phone numbers removed. */
export function generaliseText(text: string): string {
  return text
    .replace(WAREKI_DATE, (m) => {
      try {
        return fiscalText(parseWareki(m));
      } catch {
        return '（日付）';
      }
    })
    .replace(WAREKI_SHORT, (m) => {
      try {
        return fiscalText(parseWareki(m));
      } catch {
        return '（日付）';
      }
    })
    .replace(SEIREKI_DATE, (_m, y: string, mo: string, d: string) => {
      try {
        return fiscalText(isoFromSeireki(y, mo, d));
      } catch {
        return '（日付）';
      }
    })
    .replace(MONTH_DAY, '（日付）')
    .replace(AGE, (_m, n: string) => decade(Number(n)))
    .replace(PHONE, '（電話番号）');
}

/** The words of the case that must not appear in a story: names in kanji and both kanas, addresses, phones. */
export function scanWordsOf(source: StorySource): string[] {
  const words = new Set<string>();
  for (const m of source.members) {
    for (const name of [m.familyName, m.givenName]) if (name.trim()) words.add(name.trim());
    for (const kana of [m.familyNameKana, m.givenNameKana]) {
      if (!kana.trim()) continue;
      words.add(hiraganaToKatakana(kana.trim()));
      words.add(katakanaToHiragana(kana.trim()));
    }
    if (m.address?.trim()) words.add(m.address.trim());
    for (const p of m.phones) if (p.trim()) words.add(p.trim());
  }
  if (source.householdAddress?.trim()) words.add(source.householdAddress.trim());
  return [...words].sort((a, b) => b.length - a.length);
}

/** Labels members by relationship (本人, 子A, 子B …), so a story can still tell them apart. */
function memberLabels(members: SourceMember[]): string[] {
  const counts = new Map<string, number>();
  for (const m of members) counts.set(m.relationship, (counts.get(m.relationship) ?? 0) + 1);
  const seen = new Map<string, number>();
  return members.map((m) => {
    if ((counts.get(m.relationship) ?? 0) < 2) return m.relationship;
    const n = seen.get(m.relationship) ?? 0;
    seen.set(m.relationship, n + 1);
    return `${m.relationship}${String.fromCharCode(65 + n)}`;
  });
}

/**
 * Rewrites a free text of the case: each member's full name (with or without a space, kanji or kana)
 * becomes their label, a family name alone 「A家」, a given name alone the label; addresses become
 * the welfare district, remaining house numbers are dropped; then dates, ages and phones are generalised.
 */
export function anonymiseText(text: string, source: StorySource): string {
  const labels = memberLabels(source.members);
  const pairs: [string, string][] = [];
  const place = source.welfareDistrict ? `${source.welfareDistrict}地区` : '市内';
  source.members.forEach((m, i) => {
    const label = labels[i]!;
    const kanas = [m.familyNameKana, m.givenNameKana].map((k) => k.trim());
    for (const [fam, giv] of [
      [m.familyName, m.givenName],
      [hiraganaToKatakana(kanas[0]!), hiraganaToKatakana(kanas[1]!)],
      [katakanaToHiragana(kanas[0]!), katakanaToHiragana(kanas[1]!)],
    ] as const) {
      if (!fam || !giv) continue;
      for (const sep of ['', ' ', '　']) pairs.push([`${fam}${sep}${giv}`, label]);
      pairs.push([giv, label]);
      pairs.push([fam, 'A家']);
    }
    if (m.address?.trim()) pairs.push([m.address.trim(), place]);
    for (const p of m.phones) if (p.trim()) pairs.push([p.trim(), '（電話番号）']);
  });
  if (source.householdAddress?.trim()) pairs.push([source.householdAddress.trim(), place]);
  pairs.sort((a, b) => b[0].length - a[0].length);
  let out = text;
  for (const [word, replacement] of pairs) if (word) out = out.split(word).join(replacement);
  return generaliseText(out.replace(HOUSE_NUMBER, '（番地）'));
}

/** The scan words still present in a text (kana-insensitive), for the editor and the reviewer. */
export function scanWarnings(text: string, words: string[]): string[] {
  const hira = katakanaToHiragana(text);
  return words.filter((w) => text.includes(w) || hira.includes(katakanaToHiragana(w)));
}

/** The draft story: a title and a body in the case library's sections. */
export function composeStory(source: StorySource): { title: string; body: string; fiscalYear: number } {
  const fy = fiscalYearOf(source.receivedOn);
  const a = (s: string | null | undefined) => (s?.trim() ? anonymiseText(s.trim(), source) : '');
  const labels = memberLabels(source.members);
  const lines: string[] = [];
  const where = source.welfareDistrict ? `${source.welfareDistrict}地区` : '市内';
  lines.push(`【相談の概要】（${fiscalYearLabel(fy)}受付・${where}）`, a(source.summary));
  if (source.advice?.trim()) lines.push('', '【推進員の助言】', a(source.advice));
  lines.push('', '【世帯の状況】');
  source.members.forEach((m, i) => {
    const age = m.birthDate ? decade(ageOn(m.birthDate, source.receivedOn)) : '年代不明';
    lines.push(`・${labels[i]}（${[age, m.sexLabel].filter(Boolean).join('・')}）`);
  });
  if (source.problemLabels.length) lines.push(`・主な課題：${source.problemLabels.join('、')}`);
  lines.push('', '【支援の経過】');
  if (source.team.length)
    lines.push(`・支援チーム：${source.team.map((t) => `${t.agencyKind}（${t.role}）`).join('、')}`);
  for (const m of source.meetings) lines.push(`・${m.kind}：${m.count}回`);
  if (source.contacts) lines.push(`・推進員による関係機関との個別調整：${source.contacts}回`);
  if (source.personWords?.trim()) lines.push(`・本人の思い：「${a(source.personWords)}」`);
  for (const g of source.goals)
    lines.push(`・目標：${a(g.text)}${g.evaluation ? `（${g.evaluation}）` : ''}`);
  lines.push('', '【結果】', [source.outcome, a(source.closureNote)].filter(Boolean).join('。'));
  for (const r of source.reviews) {
    lines.push('', '【検証と学び】', a(r.findings));
    if (r.lessons?.trim()) lines.push(a(r.lessons));
  }
  const topic = source.problemLabels.slice(0, 3).join('・') || '複合課題';
  return {
    title: `${fiscalYearLabel(fy)}・${where}：${topic}を抱えた世帯への多機関協働`,
    body: lines.join('\n'),
    fiscalYear: fy,
  };
}
