/**
 * Duplicate detection at intake (SPEC M2): when a clerk enters a person, existing persons who may be the
 * same human are listed with a score and the reasons for it, so the clerk can open the existing record
 * instead of creating a second one. Pure and dependency-free apart from @tsunagu/japan's kana folding.
 *
 * Weights (total capped at 100; the default threshold for showing a candidate is 50):
 *  - ふりがな 姓+名 equal after folding                  40  — the name as heard; survives 異体字 and typos in kanji
 *  - ふりがな 姓 equal, 名 one character off            25  — a mis-heard or mis-typed reading (たろう/たろ)
 *  - 氏名 (kanji) equal                                 +10 — confirms the reading is the same name
 *  - 氏名 equal except common 異体字 (髙/高, 﨑/崎 …)    +5  — same name, written differently by someone
 *  - 生年月日 equal                                      30  — the strongest single identifier at a counter
 *  - 生年月日 same month, day ±1, or month/day swapped   10  — typical entry slips (03-04 ↔ 04-03)
 *  - 住所 equal after normalisation                      15  — households move, so worth less than a birth date
 *  - 住所 equal up to the 丁目 / first number            8   — same neighbourhood, different 番地 or notation
 *  - any 電話番号 equal                                  20  — shared landlines make this good, not conclusive
 * A missing value on either side gives 0 for that item and is never a penalty: a blank birth date must not
 * hide a likely duplicate. Name alone (40 + 10) reaches the threshold; a different person who merely shares
 * a birth date or address stays well below it.
 */

import { foldForSearch } from '@tsunagu/japan';
import {
  addressBlock,
  editDistance,
  foldKanjiVariants,
  normaliseAddress,
  normaliseKana,
  normalisePhone,
} from './normalise';

/** What duplicate detection compares. `birthDate` is 'YYYY-MM-DD'; `phones` may be empty. */
export type PersonKey = {
  familyNameKana: string;
  givenNameKana: string;
  familyName?: string;
  givenName?: string;
  birthDate: string | null;
  address: string | null;
  phones: string[];
};

/** The item of a {@link DuplicateReason}; one reason per item at most. */
export type DuplicateItem = 'name_kana' | 'name_kanji' | 'birth_date' | 'address' | 'phone';

/** One line of the explanation shown to the clerk: which item matched, its points, and a short Japanese text. */
export type DuplicateReason = { item: DuplicateItem; points: number; detail: string };

/** A score 0..100 and the reasons that add up to it (before the cap), in a fixed order:
 * name_kana, name_kanji, birth_date, address, phone. */
export type DuplicateScore = { score: number; reasons: DuplicateReason[] };

/** The points per item; see the module comment for why each weighs what it does. */
export const DUPLICATE_WEIGHTS = {
  nameKanaExact: 40,
  nameKanaSimilar: 25,
  nameKanjiExact: 10,
  nameKanjiVariant: 5,
  birthDateExact: 30,
  birthDateNear: 10,
  addressExact: 15,
  addressBlock: 8,
  phone: 20,
} as const;

/** The default score from which {@link rankDuplicates} shows a candidate: a matching name, or two other items. */
export const DUPLICATE_THRESHOLD = 50;

const W = DUPLICATE_WEIGHTS;

function nameKanaReason(candidate: PersonKey, entered: PersonKey): DuplicateReason | null {
  const [family, otherFamily] = [
    normaliseKana(candidate.familyNameKana),
    normaliseKana(entered.familyNameKana),
  ];
  const [given, otherGiven] = [normaliseKana(candidate.givenNameKana), normaliseKana(entered.givenNameKana)];
  if (family + given === '' || otherFamily + otherGiven === '') return null;
  if (family + given === otherFamily + otherGiven) {
    return { item: 'name_kana', points: W.nameKanaExact, detail: 'ふりがなが一致' };
  }
  if (family !== '' && family === otherFamily && given !== '' && editDistance(given, otherGiven) <= 1) {
    return { item: 'name_kana', points: W.nameKanaSimilar, detail: 'ふりがなの姓が一致し、名が1文字違い' };
  }
  return null;
}

function nameKanjiReason(candidate: PersonKey, entered: PersonKey): DuplicateReason | null {
  const name = (person: PersonKey) => `${person.familyName ?? ''}${person.givenName ?? ''}`;
  const [mine, theirs] = [name(candidate), name(entered)];
  if (foldForSearch(mine) === '' || foldForSearch(theirs) === '') return null;
  // foldForSearch keeps kanji variants (髙 ≠ 高, 𠮷 ≠ 吉), so equality here means written the same way.
  if (foldForSearch(mine) === foldForSearch(theirs)) {
    return { item: 'name_kanji', points: W.nameKanjiExact, detail: '氏名（漢字）が一致' };
  }
  if (foldKanjiVariants(mine) === foldKanjiVariants(theirs)) {
    return { item: 'name_kanji', points: W.nameKanjiVariant, detail: '氏名（漢字）が異体字違いで一致' };
  }
  return null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function birthDateReason(candidate: PersonKey, entered: PersonKey): DuplicateReason | null {
  const mine = ISO_DATE.exec(candidate.birthDate ?? '');
  const theirs = ISO_DATE.exec(entered.birthDate ?? '');
  if (!mine || !theirs) return null;
  const [, year, month, day] = mine.map(Number);
  const [, otherYear, otherMonth, otherDay] = theirs.map(Number);
  if (year !== otherYear) return null;
  if (month === otherMonth && day === otherDay) {
    return { item: 'birth_date', points: W.birthDateExact, detail: '生年月日が一致' };
  }
  if (month === otherMonth && Math.abs((day ?? 0) - (otherDay ?? 0)) <= 1) {
    return { item: 'birth_date', points: W.birthDateNear, detail: '生年月日が1日違い' };
  }
  if (month === otherDay && day === otherMonth) {
    return { item: 'birth_date', points: W.birthDateNear, detail: '生年月日の月と日が入れ替わり' };
  }
  return null;
}

function addressReason(candidate: PersonKey, entered: PersonKey): DuplicateReason | null {
  const mine = normaliseAddress(candidate.address ?? '');
  const theirs = normaliseAddress(entered.address ?? '');
  if (mine === '' || theirs === '') return null;
  if (mine === theirs) return { item: 'address', points: W.addressExact, detail: '住所が一致' };
  const block = addressBlock(mine);
  if (block !== null && block === addressBlock(theirs)) {
    return { item: 'address', points: W.addressBlock, detail: '住所が丁目まで一致' };
  }
  return null;
}

function phoneReason(candidate: PersonKey, entered: PersonKey): DuplicateReason | null {
  const mine = new Set(candidate.phones.map(normalisePhone).filter((phone) => phone !== ''));
  const shared = entered.phones.map(normalisePhone).some((phone) => mine.has(phone));
  return shared ? { item: 'phone', points: W.phone, detail: '電話番号が一致' } : null;
}

/**
 * Scores how likely `candidate` (an existing person) is the person being `entered`, 0..100, with the
 * reasons a clerk sees next to the candidate (e.g. 'ふりがなが一致', '生年月日が一致'). Each item adds its
 * points (see the module comment for the weights): ふりがな 40 or 25, 漢字氏名 +10 or +5 for 異体字,
 * 生年月日 30 or 10, 住所 15 or 8, 電話番号 20; the sum is capped at 100. Missing values score 0, never negative.
 * Symmetric: swapping the arguments gives the same result.
 */
export function scoreDuplicate(candidate: PersonKey, entered: PersonKey): DuplicateScore {
  const reasons = [
    nameKanaReason(candidate, entered),
    nameKanjiReason(candidate, entered),
    birthDateReason(candidate, entered),
    addressReason(candidate, entered),
    phoneReason(candidate, entered),
  ].filter((reason): reason is DuplicateReason => reason !== null);
  const total = reasons.reduce((sum, reason) => sum + reason.points, 0);
  return { score: Math.min(100, total), reasons };
}

/**
 * The candidates scoring at least `threshold` (default {@link DUPLICATE_THRESHOLD} = 50: a matching ふりがな
 * plus 漢字, or e.g. birth date plus phone) against `entered`, each with its score and reasons, highest
 * score first and then by id so the list is stable. Below 50 the evidence is too thin to interrupt intake.
 */
export function rankDuplicates<T extends PersonKey & { id: string }>(
  candidates: T[],
  entered: PersonKey,
  threshold: number = DUPLICATE_THRESHOLD,
): (T & DuplicateScore)[] {
  return candidates
    .map((candidate) => ({ ...candidate, ...scoreDuplicate(candidate, entered) }))
    .filter((candidate) => candidate.score >= threshold)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
