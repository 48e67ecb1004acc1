import { describe, expect, it } from 'vitest';
import {
  foldName,
  nameGrams,
  personSearchColumns,
  phoneGrams,
  queryGrams,
} from '../../src/modules/households/person-keys';

describe('person search keys', () => {
  it('folds width, kana and the common 異体字, keeping one code point per character', () => {
    expect(foldName('髙橋 𠮷子')).toBe('高橋吉子');
    expect(foldName('ﾀｶﾊｼ')).toBe('たかはし');
    expect(foldName('山﨑')).toBe('山崎');
    expect(foldName('ＳＭＩＴＨ')).toBe('smith');
  });

  it('indexes every character and adjacent pair, so one- and two-character names are searchable', () => {
    expect(nameGrams('林')).toEqual(['林']);
    expect(nameGrams('佐藤')).toEqual(['佐', '藤', '佐藤']);
    expect(nameGrams('𠮷田')).toEqual(['𠮷', '田', '𠮷田']);
  });

  it('asks a one-character query for its character and a longer one for its pairs', () => {
    expect(queryGrams('林')).toEqual(['林']);
    expect(queryGrams('佐藤')).toEqual(['佐藤']);
    expect(queryGrams('たかはし')).toEqual(['たか', 'かは', 'はし']);
    expect(queryGrams('')).toEqual([]);
  });

  it('indexes phone digits as trigrams', () => {
    expect(phoneGrams('08600')).toEqual(['#086', '#860', '#600']);
    expect(phoneGrams('08')).toEqual([]);
  });

  it('derives the stored columns from the name as typed, without changing it', () => {
    const cols = personSearchColumns({
      familyName: '髙橋',
      givenName: '𠮷子',
      familyNameKana: 'タカハシ',
      givenNameKana: 'ヨシコ',
      phones: ['086-000-1111'],
    });
    expect(cols.nameKey).toBe('たかはしよしこ');
    expect(cols.searchText).toBe('高橋吉子\nたかはしよしこ');
    for (const gram of ['高', '高橋', '吉子', 'たか', 'しよ', '#086', '#111'])
      expect(cols.searchGrams).toContain(gram);
    // A gram never spans the kanji name and the ふりがな.
    expect(cols.searchGrams).not.toContain('子た');
  });
});
