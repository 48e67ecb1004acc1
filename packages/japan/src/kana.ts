/**
 * Kana and width conversions for building search keys.
 *
 * Stored names are never rewritten with these: people choose their own spelling (髙 vs 高, ｶﾅ vs カナ),
 * so only the derived search keys are folded.
 */

// ァ (U+30A1) … ヶ (U+30F6) and the iteration marks ヽヾ map 0x60 code points down onto ぁ … ゖ / ゝゞ.
const KATAKANA = /[\u30A1-\u30F6\u30FD\u30FE]/g;
const HIRAGANA = /[\u3041-\u3096\u309D\u309E]/g;
const KANA_OFFSET = 0x60;
const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const FULL_WIDTH_OFFSET = 0xfee0;
const HALF_WIDTH_KATAKANA = /[\uFF61-\uFF9F]+/g;
// CJK Compatibility Ideographs (BMP block and supplement): NFC/NFKC would silently swap these for their
// unified counterparts (U+FA19 神 → U+795E 神), which is exactly the kanji-variant folding we must avoid.
const COMPATIBILITY_IDEOGRAPHS = /([\uF900-\uFAFF]|\uD87E[\uDC00-\uDE1F])/;
const SEARCH_NOISE = /[\s\u30FB\u00B7]/gu;
const KANA_ONLY = /^[\u3041-\u3096\u309D\u309E\u30A1-\u30FA\u30FC-\u30FE \u3000]*$/;
const HAS_KANA = /[\u3041-\u3096\u309D\u309E\u30A1-\u30FA\u30FC-\u30FE]/;

const shift = (offset: number) => (char: string) => String.fromCharCode(char.charCodeAt(0) + offset);

/** Converts full-width katakana (ァ-ヶ, ヽヾ) to hiragana; everything else is left alone. */
export function katakanaToHiragana(text: string): string {
  return text.replace(KATAKANA, shift(-KANA_OFFSET));
}

/** Converts hiragana (ぁ-ゖ, ゝゞ) to full-width katakana; everything else is left alone. */
export function hiraganaToKatakana(text: string): string {
  return text.replace(HIRAGANA, shift(KANA_OFFSET));
}

/**
 * Converts full-width ASCII (Ａ, １, ＠ …) and the ideographic space to their ASCII forms. Unlike NFKC it
 * touches nothing else, so it is safe to apply to display text.
 */
export function toHalfWidthAscii(text: string): string {
  return text.replace(FULL_WIDTH_ASCII, shift(-FULL_WIDTH_OFFSET)).replace(/\u3000/g, ' ');
}

/**
 * Converts half-width katakana and punctuation (ｶﾀｶﾅ, ｶﾞ, ｡｢｣､･) to full-width, merging a separate voiced
 * or semi-voiced mark into the preceding kana (ｶﾞ → ガ, ﾊﾟ → パ). Everything else is left alone.
 */
export function toFullWidthKatakana(text: string): string {
  // NFKC composes base + mark, but is confined to the half-width run so other characters are not touched.
  return text.replace(HALF_WIDTH_KATAKANA, (run) => run.normalize('NFKC'));
}

/**
 * NFKC except for CJK compatibility ideographs, which are kept as typed (see COMPATIBILITY_IDEOGRAPHS).
 */
function normalizeKeepingKanjiVariants(text: string): string {
  return text
    .split(COMPATIBILITY_IDEOGRAPHS)
    .map((part, index) => (index % 2 === 1 ? part : part.normalize('NFKC')))
    .join('');
}

/**
 * Folds text into a search key so that differently typed spellings of the same name compare equal:
 * 'ヤマダ タロウ', 'やまだ　たろう' and 'ﾔﾏﾀﾞ ﾀﾛｳ' all become 'やまだたろう', 'ＡＢＣ１２３' becomes 'abc123'.
 *
 * Steps: NFKC (width folding, ｶﾞ → ガ), katakana → hiragana, lower-casing, and removal of whitespace
 * (including U+3000) and middle dots (・, ･, ·). The long-vowel mark ー is kept because it is part of the
 * reading: ユーキ and ユキ are different names. Kanji variants are not folded:
 * 髙 stays 髙, 𠮷 stays 𠮷, and compatibility ideographs are exempt from normalisation.
 */
export function foldForSearch(text: string): string {
  return katakanaToHiragana(normalizeKeepingKanjiVariants(text)).toLowerCase().replace(SEARCH_NOISE, '');
}

/**
 * Whether `text` is a plausible ふりがな: only full-width hiragana, katakana, the long-vowel mark ー and spaces
 * (ASCII or U+3000), with at least one kana. Half-width katakana is rejected; pass the input through
 * {@link toFullWidthKatakana} first to accept it. Decomposed voiced kana (か + U+3099) are composed first.
 */
export function isKana(text: string): boolean {
  const composed = text.normalize('NFC');
  return KANA_ONLY.test(composed) && HAS_KANA.test(composed);
}
