import { describe, expect, it } from 'vitest';
import {
  foldKanjiVariants,
  normaliseAddress,
  normaliseKana,
  normalisePhone,
  type PersonKey,
  rankDuplicates,
  scoreDuplicate,
} from '../src/persons/index';

/** A person with the reading split at the first space, like the intake form's 姓 / 名 fields. */
function person(kana: string, overrides: Partial<PersonKey> = {}): PersonKey {
  const [familyNameKana = '', ...given] = kana.trim().split(/[ \u3000]+/);
  return {
    familyNameKana,
    givenNameKana: given.join(''),
    birthDate: null,
    address: null,
    phones: [],
    ...overrides,
  };
}

const pointsFor = (candidate: PersonKey, entered: PersonKey, item: string) =>
  scoreDuplicate(candidate, entered).reasons.find((reason) => reason.item === item)?.points ?? 0;

const taro = person('やまだ たろう', {
  familyName: '山田',
  givenName: '太郎',
  birthDate: '1950-04-03',
  address: '岡山県岡山市北区鹿田町一丁目1番1号',
  phones: ['086-000-0001'],
});

describe('normaliseKana', () => {
  it.each([
    ['ヤマダ タロウ', 'やまだたろう'],
    ['やまだ　たろう', 'やまだたろう'],
    ['ﾔﾏﾀﾞ ﾀﾛｳ', 'やまだたろう'],
    ['キャッシュ', 'きやつしゆ'],
    ['ユーキ', 'ゆき'],
    ['ｻﾄｳ･ﾊﾅｺ', 'さとうはなこ'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseKana(input)).toBe(expected);
  });
});

describe('scoreDuplicate: ふりがな', () => {
  it.each([
    ['ヤマダ タロウ', 40],
    ['やまだ　たろう', 40],
    ['ﾔﾏﾀﾞ ﾀﾛｳ', 40],
    ['ヤマダタロウ', 40], // whole reading typed into 姓
    ['ヤマダ タロ', 25], // 名 one character short
    ['ヤマダ ジロウ', 25], // 名 one character different
    ['ヤマダ ハナコ', 0],
    ['ヤマモト タロウ', 0], // 姓 differs: not "similar"
    ['', 0],
  ])('%s against やまだ たろう scores %i for the reading', (kana, points) => {
    expect(pointsFor(person('やまだ たろう'), person(kana), 'name_kana')).toBe(points);
  });

  it('small kana and the long-vowel mark do not separate a name', () => {
    expect(pointsFor(person('きよう ゆき'), person('キョウ ユーキ'), 'name_kana')).toBe(40);
  });

  it('ー is dropped, not read as a vowel: ゆうき vs ユーキ is only similar', () => {
    expect(pointsFor(person('さとう ゆうき'), person('サトウ ユーキ'), 'name_kana')).toBe(25);
  });
});

describe('scoreDuplicate: 漢字氏名 and 異体字', () => {
  const named = (familyName: string, givenName = '一郎') =>
    person('たかはし いちろう', { familyName, givenName });

  it.each([
    ['高橋', '高橋', 10, '氏名（漢字）が一致'],
    ['髙橋', '髙橋', 10, '氏名（漢字）が一致'],
    ['髙橋', '高橋', 5, '氏名（漢字）が異体字違いで一致'],
    ['山﨑', '山崎', 5, '氏名（漢字）が異体字違いで一致'],
    ['渡邉', '渡邊', 5, '氏名（漢字）が異体字違いで一致'],
    ['齋藤', '斉藤', 0, undefined], // 斉 is not in the table (斎/齋/齊 are)
    ['𠮷田', '𠮷田', 10, '氏名（漢字）が一致'],
    ['𠮷田', '吉田', 5, '氏名（漢字）が異体字違いで一致'],
    ['ＴＡＮＡＫＡ', 'tanaka', 10, '氏名（漢字）が一致'], // width and case are folded
    ['佐藤', '高橋', 0, undefined],
  ])('%s vs %s → %i', (a, b, points, detail) => {
    const reason = scoreDuplicate(named(a), named(b)).reasons.find((r) => r.item === 'name_kanji');
    expect(reason?.points ?? 0).toBe(points);
    expect(reason?.detail).toBe(detail);
  });

  it('folds 𠮷 (outside the BMP) and 﨑 to their standard forms, one code point each', () => {
    expect(foldKanjiVariants('𠮷田')).toBe('吉田');
    expect(Array.from(foldKanjiVariants('𠮷')).length).toBe(1);
    expect(foldKanjiVariants('山﨑 髙')).toBe('山崎高');
  });

  it('gives no kanji points when either side has no kanji name', () => {
    expect(pointsFor(person('たかはし'), named('高橋'), 'name_kanji')).toBe(0);
  });
});

describe('scoreDuplicate: 生年月日', () => {
  it.each([
    ['1950-04-03', '1950-04-03', 30, '生年月日が一致'],
    ['1950-04-03', '1950-04-04', 10, '生年月日が1日違い'],
    ['1950-04-03', '1950-04-02', 10, '生年月日が1日違い'],
    ['1950-04-03', '1950-03-04', 10, '生年月日の月と日が入れ替わり'],
    ['1950-04-03', '1950-04-05', 0, undefined],
    ['1950-04-03', '1951-04-03', 0, undefined],
    ['1950-04-30', '1950-05-01', 0, undefined], // across a month boundary is not "near"
    ['1950-04-03', null, 0, undefined],
    [null, null, 0, undefined],
  ])('%s vs %s → %i', (a, b, points, detail) => {
    const result = scoreDuplicate(person('あ い', { birthDate: a }), person('か き', { birthDate: b }));
    expect(result.score).toBe(points);
    expect(result.reasons.find((r) => r.item === 'birth_date')?.detail).toBe(detail);
  });
});

describe('normaliseAddress and the address item', () => {
  it.each([
    ['岡山県岡山市北区鹿田町一丁目1番1号', '岡山市北区鹿田町1-1-1'],
    ['岡山市北区鹿田町1-1-1', '岡山市北区鹿田町1-1-1'],
    ['岡山市 北区 鹿田町１－１－１', '岡山市北区鹿田町1-1-1'],
    ['岡山市北区鹿田町1ー1‐1', '岡山市北区鹿田町1-1-1'],
    ['岡山市北区鹿田町1−1−1 Ａマンション101', '岡山市北区鹿田町1-1-1aマンション101'],
    ['岡山市北区津島十二丁目3番地', '岡山市北区津島12-3'],
    ['東京都府中市宮町一丁目', '府中市宮町1'],
    ['神奈川県横浜市中区', '横浜市中区'],
    ['岡山市北区センター町1', '岡山市北区センター町1'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseAddress(input)).toBe(expected);
  });

  it.each([
    ['岡山県岡山市北区鹿田町一丁目1番1号', '岡山市北区鹿田町1-1-1', 15, '住所が一致'],
    ['岡山県岡山市北区鹿田町一丁目1番1号', '岡山市北区鹿田町1-5-8', 8, '住所が丁目まで一致'],
    ['岡山県岡山市北区鹿田町一丁目1番1号', '岡山市北区鹿田町2-1-1', 0, undefined],
    ['岡山県岡山市北区鹿田町一丁目1番1号', '倉敷市中央1-1-1', 0, undefined],
    ['岡山県岡山市北区鹿田町一丁目1番1号', null, 0, undefined],
  ])('%s vs %s → %i', (a, b, points, detail) => {
    const reason = scoreDuplicate(person('あ', { address: a }), person('か', { address: b })).reasons[0];
    expect(reason?.points ?? 0).toBe(points);
    expect(reason?.detail).toBe(detail);
  });
});

describe('normalisePhone and the phone item', () => {
  it.each([
    ['086-000-0001', '0860000001'],
    ['０８６（０００）０００１', '0860000001'],
    ['+81 86 000 0001', '0860000001'],
    ['+81 (0)86-000-0001', '0860000001'],
    ['＋８１ ８６ ０００ ０００１', '0860000001'],
    ['090 1234 5678', '09012345678'],
  ])('%s → %s', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });

  it.each([
    [['086-000-0001'], ['０８６（０００）０００１'], 20],
    [['086-000-0001'], ['+81 86 000 0001'], 20],
    [['090-1111-2222', '086-000-0001'], ['+81 86 000 0001'], 20],
    [['086-000-0001'], ['086-000-0002'], 0],
    [[''], [''], 0],
    [[], ['086-000-0001'], 0],
  ])('%j vs %j → %i', (a, b, points) => {
    expect(pointsFor(person('あ', { phones: a }), person('か', { phones: b }), 'phone')).toBe(points);
  });
});

describe('scoreDuplicate: totals and reasons', () => {
  it('the same person typed differently scores 100 (capped) with every reason in Japanese', () => {
    const entered = person('ﾔﾏﾀﾞ ﾀﾛｳ', {
      familyName: '山田',
      givenName: '太郎',
      birthDate: '1950-04-03',
      address: '岡山市北区鹿田町1-1-1',
      phones: ['+81 86 000 0001'],
    });
    const result = scoreDuplicate(taro, entered);
    expect(result.score).toBe(100);
    expect(result.reasons).toEqual([
      { item: 'name_kana', points: 40, detail: 'ふりがなが一致' },
      { item: 'name_kanji', points: 10, detail: '氏名（漢字）が一致' },
      { item: 'birth_date', points: 30, detail: '生年月日が一致' },
      { item: 'address', points: 15, detail: '住所が一致' },
      { item: 'phone', points: 20, detail: '電話番号が一致' },
    ]);
    for (const reason of result.reasons)
      expect(reason.detail).toMatch(/^[\u3040-\u30ff\u4e00-\u9fff（）0-9]+$/);
  });

  it('a totally different person scores below 20 and has no reasons', () => {
    const other = person('スズキ ハナコ', {
      familyName: '鈴木',
      givenName: '花子',
      birthDate: '1988-11-20',
      address: '倉敷市中央二丁目5番3号',
      phones: ['086-999-1234'],
    });
    const result = scoreDuplicate(taro, other);
    expect(result.score).toBeLessThan(20);
    expect(result.reasons).toEqual([]);
  });

  it('is symmetric', () => {
    const entered = person('ヤマダ タロ', { familyName: '山田', givenName: '太朗', birthDate: '1950-03-04' });
    expect(scoreDuplicate(entered, taro)).toEqual(scoreDuplicate(taro, entered));
    expect(scoreDuplicate(taro, entered).score).toBe(35);
  });
});

describe('rankDuplicates', () => {
  const entered = person('ヤマダ タロウ', {
    familyName: '山田',
    givenName: '太郎',
    birthDate: '1950-04-03',
    address: '岡山市北区鹿田町1-1-1',
  });
  const candidates = [
    { id: 'p-4', ...person('すずき はなこ', { birthDate: '1950-04-03' }) }, // 30
    { id: 'p-3', ...person('やまだ たろう', { familyName: '山田', givenName: '太郎' }) }, // 50
    { id: 'p-1', ...taro }, // 40 + 10 + 30 + 15 = 95
    { id: 'p-2', ...person('やまだ たろう', { familyName: '山田', givenName: '太郎' }) }, // 50
    { id: 'p-5', ...person('やまだ たろ', { address: '岡山市北区鹿田町1-9-9' }) }, // 25 + 8 = 33
  ];

  it.each([
    [undefined, ['p-1', 'p-2', 'p-3']],
    [30, ['p-1', 'p-2', 'p-3', 'p-5', 'p-4']],
    [51, ['p-1']],
    [101, []],
  ])('threshold %s → %j', (threshold, ids) => {
    const ranked = rankDuplicates(candidates, entered, threshold);
    expect(ranked.map((candidate) => candidate.id)).toEqual(ids);
  });

  it('keeps the candidate fields and adds the score and reasons', () => {
    const [first] = rankDuplicates(candidates, entered);
    expect(first).toMatchObject({ id: 'p-1', familyNameKana: 'やまだ', score: 95 });
    expect(first?.reasons.map((reason) => reason.item)).toEqual([
      'name_kana',
      'name_kanji',
      'birth_date',
      'address',
    ]);
  });
});
