import { describe, expect, it } from 'vitest';
import {
  foldForSearch,
  hiraganaToKatakana,
  isKana,
  katakanaToHiragana,
  toFullWidthKatakana,
  toHalfWidthAscii,
} from '../src/index';

describe('foldForSearch', () => {
  it('folds differently typed spellings of one name to the same key', () => {
    const spellings = [
      'ヤマダ タロウ',
      'やまだ　たろう',
      'ﾔﾏﾀﾞ ﾀﾛｳ',
      'ヤマダ・タロウ',
      'ﾔﾏﾀﾞ･ﾀﾛｳ',
      'やまだたろう',
    ];
    for (const spelling of spellings) expect(foldForSearch(spelling)).toBe('やまだたろう');
  });

  it.each([
    ['ＡＢＣ１２３', 'abc123'],
    ['Tsunagu Center', 'tsunagucenter'],
    ['ｻｰﾋﾞｽ', 'さーびす'],
    ['ユーキ', 'ゆーき'],
    ['ヴァイオリン', 'ゔぁいおりん'],
    ['ﾊﾟﾋﾟﾌﾟ', 'ぱぴぷ'],
    ['ヽヾ', 'ゝゞ'],
    ['ヶ月', 'ゖ月'],
    ['髙橋', '髙橋'],
    ['𠮷田', '𠮷田'],
    ['\uFA19', '\uFA19'], // compatibility ideograph 神 is not swapped for U+795E
    ['㈱つなぐ', '(株)つなぐ'],
    [' \t\n\u3000', ''],
  ])('%j → %j', (text, expected) => {
    expect(foldForSearch(text)).toBe(expected);
  });

  it('keeps surrogate pairs intact', () => {
    const key = foldForSearch('𠮷田 ハナコ');
    expect(key).toBe('𠮷田はなこ');
    expect(key.codePointAt(0)).toBe(0x20bb7);
    expect([...key]).toHaveLength(5);
  });

  it('keeps the long-vowel mark, which distinguishes names', () => {
    expect(foldForSearch('ユーキ')).not.toBe(foldForSearch('ユキ'));
    expect(foldForSearch('ﾕｰｷ')).toBe(foldForSearch('ユーキ'));
  });
});

describe('katakanaToHiragana / hiraganaToKatakana', () => {
  it.each([
    ['ヤマダ タロウ', 'やまだ たろう'],
    ['ァィゥェォッャュョヮヵヶ', 'ぁぃぅぇぉっゃゅょゎゕゖ'],
    ['ヴヽヾ', 'ゔゝゞ'],
    ['ー漢字ABC', 'ー漢字ABC'],
    ['ﾔﾏﾀﾞ', 'ﾔﾏﾀﾞ'],
  ])('%j ↔ %j', (katakana, hiragana) => {
    expect(katakanaToHiragana(katakana)).toBe(hiragana);
  });

  it.each([
    ['やまだ たろう', 'ヤマダ タロウ'],
    ['ぁゔゕゖゝゞ', 'ァヴヵヶヽヾ'],
    ['ー漢字abc', 'ー漢字abc'],
  ])('%j → %j', (hiragana, katakana) => {
    expect(hiraganaToKatakana(hiragana)).toBe(katakana);
  });

  it('round-trips the whole kana range', () => {
    const hiragana = Array.from({ length: 0x3096 - 0x3041 + 1 }, (_, i) =>
      String.fromCharCode(0x3041 + i),
    ).join('');
    expect(katakanaToHiragana(hiraganaToKatakana(hiragana))).toBe(hiragana);
  });
});

describe('toHalfWidthAscii', () => {
  it.each([
    ['ＡＢＣ　１２３！', 'ABC 123!'],
    ['ｔｓｕｎａｇｕ＠ｅｘａｍｐｌｅ．ｊｐ', 'tsunagu@example.jp'],
    ['カナｶﾅ漢字', 'カナｶﾅ漢字'],
  ])('%j → %j', (text, expected) => {
    expect(toHalfWidthAscii(text)).toBe(expected);
  });
});

describe('toFullWidthKatakana', () => {
  it.each([
    ['ｶﾞｷﾞｸﾞｹﾞｺﾞ', 'ガギグゲゴ'],
    ['ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ', 'パピプペポ'],
    ['ｳﾞｧｲｵﾘﾝ', 'ヴァイオリン'],
    ['ｻｰﾋﾞｽ', 'サービス'],
    ['｢ｱ｣､｡･', '「ア」、。・'],
    ['ﾃｽﾄ ABC １２３ 𠮷', 'テスト ABC １２３ 𠮷'],
  ])('%j → %j', (text, expected) => {
    expect(toFullWidthKatakana(text)).toBe(expected);
  });
});

describe('isKana', () => {
  it.each([
    ['やまだ たろう', true],
    ['ヤマダ　タロウ', true],
    ['ユーキ', true],
    ['ゔぁいおりん', true],
    ['か\u3099', true], // decomposed が
    ['', false],
    ['   ', false],
    ['山田', false],
    ['yamada', false],
    ['ﾔﾏﾀﾞ', false],
    ['やまだ1', false],
    ['ジョン・スミス', false],
    ['やまだ\tたろう', false],
  ])('%j → %s', (text, expected) => {
    expect(isKana(text)).toBe(expected);
  });
});
