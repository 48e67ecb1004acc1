/**
 * Match keys for duplicate detection at intake (SPEC M2). These are derived for comparison only: stored
 * names, addresses and phone numbers are never rewritten with them (people choose their own spelling).
 */
import { foldForSearch } from '@tsunagu/japan';

// Small kana compare as their large forms: people hear and type キャ/キヤ, ッ/ツ interchangeably.
const SMALL_KANA: Record<string, string> = {
  ぁ: 'あ',
  ぃ: 'い',
  ぅ: 'う',
  ぇ: 'え',
  ぉ: 'お',
  っ: 'つ',
  ゃ: 'や',
  ゅ: 'ゆ',
  ょ: 'よ',
  ゎ: 'わ',
};

/**
 * Folds a ふりがな into a match key: {@link foldForSearch} (width, katakana → hiragana, spaces and ・
 * removed), then small kana as large (ゃ → や, っ → つ) and the long-vowel mark ー dropped, so
 * 'ヤマダ タロウ', 'やまだ　たろう', 'ﾔﾏﾀﾞ ﾀﾛｳ' all give 'やまだたろう' and 'ユーキ'/'ユキ' compare equal.
 * Looser than the search key on purpose: a near-miss should be shown to the clerk, who decides.
 */
export function normaliseKana(text: string): string {
  return foldForSearch(text)
    .replace(/[ぁぃぅぇぉっゃゅょゎ]/g, (small) => SMALL_KANA[small] ?? small)
    .replace(/ー/g, '');
}

/**
 * Reduces a phone number to its digits after NFKC ('０８６（０００）０００１' → '0860000001'). A leading
 * country code +81 becomes the trunk 0, also when the trunk is written too ('+81 (0)86 …'), so
 * '+81 86 000 0001' and '086-000-0001' compare equal.
 */
export function normalisePhone(text: string): string {
  const nfkc = text.normalize('NFKC').trim();
  const international = /^\+\s*81/.exec(nfkc);
  if (!international) return nfkc.replace(/\D/g, '');
  const national = nfkc.slice(international[0].length).replace(/\D/g, '');
  return national.startsWith('0') ? national : `0${national}`;
}

const KANJI_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一 … 九十九 → '1' … '99' (十 = 10, 十二 = 12, 二十 = 20); anything else is returned unchanged. */
function kanjiNumber(numeral: string): string {
  const tenAt = numeral.indexOf('十');
  if (tenAt < 0) return String(KANJI_DIGITS[numeral] ?? numeral);
  const tens = tenAt === 0 ? 1 : KANJI_DIGITS[numeral.slice(0, tenAt)];
  const onesText = numeral.slice(tenAt + 1);
  const ones = onesText === '' ? 0 : KANJI_DIGITS[onesText];
  return tens === undefined || ones === undefined ? numeral : String(tens * 10 + ones);
}

// Hyphen look-alikes: ‐ ‑ ‒ – — ― − (ASCII - and full-width － arrive here already folded by NFKC).
const HYPHENS = /[\u2010-\u2015\u2212]/g;
// The long-vowel mark ー is a hyphen only after a digit (1ー1); in センター it is part of the word.
const DIGIT_CHOON = /(?<=\d)ー/g;
// 岡山県, 東京都, 北海道, 神奈川県 … when a city, ward, town, village or district follows. Lazy, so that
// 東京都府中市 loses 東京都 and not 東京都府.
const PREFECTURE = /^.{2,3}?[都道府県](?=.*?[市区町村郡])/u;

/**
 * Normalises an address into a match key: NFKC (full-width digits), whitespace removed, kanji numerals
 * before 丁目 as digits (一丁目 → 1), 丁目/番地/番/号 and hyphen look-alikes (－ ‐ − ー) as '-', a leading
 * prefecture dropped when a city follows, lower-cased. '岡山県岡山市北区鹿田町一丁目1番1号' and
 * '岡山市北区鹿田町1-1-1' both give '岡山市北区鹿田町1-1-1'.
 */
export function normaliseAddress(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[一二三四五六七八九十]+(?=丁目)/g, kanjiNumber)
    .replace(/丁目|番地|番|号/g, '-')
    .replace(HYPHENS, '-')
    .replace(DIGIT_CHOON, '-')
    .replace(/-+/g, '-')
    .replace(/-$/, '')
    .replace(PREFECTURE, '')
    .toLowerCase();
}

/**
 * The part of a normalised address up to and including its first number — the town and 丁目 in
 * '岡山市北区鹿田町1-1-1' → '岡山市北区鹿田町1'. Null when there is no number or nothing before it.
 */
export function addressBlock(normalised: string): string | null {
  const match = /^(\D+)\d+/.exec(normalised);
  return match ? match[0] : null;
}

// The commonest 異体字 in names. Each group folds to its first member, for the "similar" comparison only.
const VARIANT_GROUPS = [
  '高髙',
  '吉𠮷',
  '崎﨑',
  '浜濵',
  '辺邊邉',
  '斎齋齊',
  '沢澤',
  '国國',
  '広廣',
  '真眞',
  '桜櫻',
  '島嶋嶌',
  '富冨',
  '徳德',
  '恵惠',
  '瀬瀨',
  '曽曾',
  '槙槇',
  '桧檜',
  '竜龍',
];
const VARIANT_OF = new Map<string, string>(
  VARIANT_GROUPS.flatMap((group) => {
    const [canonical, ...variants] = Array.from(group);
    return variants.map((variant): [string, string] => [variant, canonical ?? variant]);
  }),
);

/**
 * Folds a kanji name for the "same name, different 異体字" comparison: full NFKC (which also merges CJK
 * compatibility ideographs such as 神 → 神), spaces removed, and the commonest variants (髙 → 高, 﨑 → 崎,
 * 邊/邉 → 辺, 齋/齊 → 斎, 𠮷 → 吉 …) folded.
 */
export function foldKanjiVariants(text: string): string {
  return Array.from(text.normalize('NFKC').replace(/[\s\u30FB\u00B7]/gu, ''))
    .map((char) => VARIANT_OF.get(char) ?? char)
    .join('');
}

/** Levenshtein distance over code points (so 𠮷 counts as one character), for the "similar 名" check. */
export function editDistance(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (left[i - 1] === right[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}
