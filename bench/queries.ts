/**
 * The person-search query mix: what clerks type into the search box. Values are taken from the
 * generated data, half from households the searching agency sees and half from households it does
 * not, so the mix measures both finding a person and filtering out those the agency may not see.
 */
import { foldKanjiVariants } from '@tsunagu/contracts/persons';
import { formatWareki } from '@tsunagu/japan';
import type { City, GenPerson } from './generator';
import { Prng } from './generator/prng';

export const QUERY_KINDS = [
  'kanji-2',
  'kanji-1',
  'variant',
  'kana-partial',
  'kana-full',
  'birth-seireki',
  'birth-wareki',
  'phone-last4',
] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

/** What each kind is, for the report. */
export const QUERY_KIND_LABELS: Record<QueryKind, string> = {
  'kanji-2': '姓 2文字 (佐藤)',
  'kanji-1': '1文字 (林)',
  variant: '異体字 (高橋↔髙橋)',
  'kana-partial': 'かな部分 (さとう, はな)',
  'kana-full': 'かな氏名 (さとうはなこ)',
  'birth-seireki': '生年月日 西暦',
  'birth-wareki': '生年月日 和暦',
  'phone-last4': '電話 下4桁',
};

/** One search: the text typed and whether it was taken from a household the agency sees. */
export type BenchQuery = { kind: QueryKind; q: string; fromVisible: boolean | null };

const hasVariant = (name: string) => foldKanjiVariants(name) !== name;
const fixed = (kind: QueryKind, qs: string[]): BenchQuery[] =>
  qs.map((q) => ({ kind, q, fromVisible: null }));

/** Queries per kind: for names, 12 fixed common ones and 12 drawn from the data; for the others, 24 drawn. */
const PER_KIND = 24;

/** Builds the mix of every kind, the drawn values depending only on the city and the seed. */
export function buildQueryMix(city: City, agencyCode: string, seed: number): BenchQuery[] {
  const rng = new Prng(seed ^ 0x5eed);
  const visible = new Set(
    city.liveLinks.filter((l) => l.agencyCode === agencyCode).map((l) => l.householdId),
  );
  const householdOf = new Map(city.members.map((m) => [m.personId, m.householdId]));
  const seen = city.persons.filter((p) => visible.has(householdOf.get(p.id) ?? ''));
  const unseen = city.persons.filter((p) => !visible.has(householdOf.get(p.id) ?? ''));

  /** n values from persons with `value`, alternating seen and unseen households, without repeats. */
  const drawn = (kind: QueryKind, value: (p: GenPerson) => string | null, n: number): BenchQuery[] => {
    const out: BenchQuery[] = [];
    const used = new Set<string>();
    for (let tries = 0; out.length < n && tries < n * 50; tries++) {
      const fromVisible = out.length % 2 === 0;
      const pool = fromVisible && seen.length ? seen : unseen;
      const q = value(rng.pick(pool));
      if (q && !used.has(q)) {
        used.add(q);
        out.push({ kind, q, fromVisible });
      }
    }
    return out;
  };
  const kanaRun = (p: GenPerson) => {
    const chars = Array.from(p.nameKey);
    const len = rng.int(2, 3);
    const at = rng.int(0, Math.max(0, chars.length - len));
    return chars.slice(at, at + len).join('');
  };
  const half = PER_KIND / 2;

  const mix: BenchQuery[] = [
    ...fixed('kanji-2', [
      '佐藤',
      '鈴木',
      '田中',
      '山本',
      '三宅',
      '中村',
      '小林',
      '藤原',
      '難波',
      '岡田',
      '守屋',
      '石井',
    ]),
    ...drawn('kanji-2', (p) => (Array.from(p.familyName).length === 2 ? p.familyName : null), half),
    ...fixed('kanji-1', ['林', '森', '原', '岡', '花', '翔', '蓮', '愛', '清', '茂', '勇', '恵']),
    ...drawn('kanji-1', (p) => rng.pick(Array.from(p.familyName + p.givenName)), half),
    ...fixed('variant', [
      '高橋',
      '山崎',
      '吉田',
      '渡辺',
      '斎藤',
      '髙橋',
      '山﨑',
      '𠮷田',
      '渡邉',
      '齋藤',
      'ﾀｶﾊｼ',
      'ヤマサキ',
    ]),
    // The record says 髙橋幸子; the clerk types 高橋幸子.
    ...drawn(
      'variant',
      (p) => (hasVariant(p.familyName) ? foldKanjiVariants(p.familyName) + p.givenName : null),
      half,
    ),
    ...fixed('kana-partial', [
      'さとう',
      'はな',
      'たかはし',
      'みやけ',
      'ゆう',
      'はやし',
      'こばやし',
      'まさ',
      'よしこ',
      'ひろ',
      'なんば',
      'かず',
    ]),
    ...drawn('kana-partial', kanaRun, half),
    ...drawn('kana-full', (p) => p.nameKey, PER_KIND),
    ...drawn('birth-seireki', (p) => p.birthDate, PER_KIND),
    ...drawn('birth-wareki', (p) => (p.birthDate ? formatWareki(p.birthDate) : null), PER_KIND),
    ...drawn('phone-last4', (p) => (p.phones.length ? rng.pick(p.phones).slice(-4) : null), PER_KIND),
  ];
  return mix;
}
