/**
 * Search keys of a person, derived from what was typed and stored beside it (never instead of it):
 * names keep their 異体字 exactly; only these keys are folded.
 *
 * Why grams: pg_trgm cannot index strings shorter than three characters, and Japanese names are often
 * one or two (林, 佐藤). Every single character and every adjacent pair of the folded name and ふりがな
 * goes into a GIN-indexed array; a query of one character asks for that character, a longer one for
 * all of its pairs, and `search_text` then checks the characters are contiguous. Phone digits are
 * indexed as trigrams (prefixed '#'), since digit pairs are too common to narrow anything.
 */
import { foldKanjiVariants } from '@tsunagu/contracts/persons';
import { foldForSearch } from '@tsunagu/japan';

export type NameParts = {
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  phones: string[];
};

/** Folds typed text as names are folded: width, kana, case, spaces, and common 異体字 (髙 → 高, 𠮷 → 吉). */
export function foldName(text: string): string {
  return foldForSearch(foldKanjiVariants(text));
}

/** The folded ふりがな: the key that sorts and that duplicate detection narrows on. */
export function nameKey(p: Pick<NameParts, 'familyNameKana' | 'givenNameKana'>): string {
  return foldForSearch(`${p.familyNameKana}${p.givenNameKana}`);
}

/** Code points of `text`, then each adjacent pair (so 𠮷 counts as one character). */
export function nameGrams(text: string): string[] {
  const chars = Array.from(text);
  const pairs = chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
  return [...chars, ...pairs];
}

/** The grams a query must all find; empty when there is nothing to search for. */
export function queryGrams(folded: string): string[] {
  const chars = Array.from(folded);
  if (chars.length <= 1) return chars;
  return [...new Set(chars.slice(0, -1).map((c, i) => c + chars[i + 1]))];
}

/** Phone digits as '#'-prefixed trigrams. */
export function phoneGrams(digits: string): string[] {
  const grams: string[] = [];
  for (let i = 0; i + 3 <= digits.length; i++) grams.push(`#${digits.slice(i, i + 3)}`);
  return grams;
}

export const phoneDigits = (phone: string) => phone.normalize('NFKC').replace(/\D/g, '');

/** The stored search columns of a person. */
export function personSearchColumns(p: NameParts) {
  const name = foldName(`${p.familyName}${p.givenName}`);
  const kana = nameKey(p);
  const grams = new Set([
    ...nameGrams(name),
    ...nameGrams(kana),
    ...p.phones.flatMap((phone) => phoneGrams(phoneDigits(phone))),
  ]);
  return { nameKey: kana, searchText: `${name}\n${kana}`, searchGrams: [...grams] };
}
