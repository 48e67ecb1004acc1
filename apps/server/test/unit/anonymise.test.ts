import { describe, expect, it } from 'vitest';
import {
  anonymiseText,
  composeStory,
  generaliseText,
  type StorySource,
  scanWarnings,
  scanWordsOf,
} from '../../src/modules/library/anonymise';

const source: StorySource = {
  receivedOn: '2022-05-10',
  welfareDistrict: '北区中央',
  householdAddress: '岡山市北区鹿田町1-2-3',
  members: [
    {
      familyName: '川村',
      givenName: '千代子',
      familyNameKana: 'カワムラ',
      givenNameKana: 'チヨコ',
      relationship: '本人',
      sexLabel: '女性',
      birthDate: '1950-10-10',
      address: '岡山市北区鹿田町1-2-3',
      phones: ['086-123-4567'],
    },
    {
      familyName: '川村',
      givenName: '健一',
      familyNameKana: 'かわむら',
      givenNameKana: 'けんいち',
      relationship: '子',
      sexLabel: '男性',
      birthDate: '1975-03-31',
      address: null,
      phones: [],
    },
  ],
  problemLabels: ['高齢', 'ひきこもり'],
  summary: '川村千代子さん（71歳）と長男の健一さんの世帯。令和4年5月10日に岡山市北区鹿田町1-2-3を訪問。',
  advice: null,
  personWords: 'チヨコは家で暮らしたい',
  goals: [{ text: '健一さんが週1回外出する', evaluation: '一部達成' }],
  team: [{ agencyKind: '地域包括支援センター', role: '本人支援' }],
  meetings: [{ kind: '複合課題ケース検討会', count: 2 }],
  contacts: 5,
  outcome: '解決に至らず',
  closureNote: '2023/2/28 かわむらさんは転居。連絡先 086-123-4567',
  reviews: [{ findings: '川村さん宅への訪問が遅れた', lessons: null }],
};

describe('generaliseText', () => {
  it('turns full dates into their 年度, lone days into （日付）, ages into decades and removes phone numbers', () => {
    expect(generaliseText('2023-03-31 と 2023年4月1日')).toBe('令和4年度 と 令和5年度');
    expect(generaliseText('令和元年5月1日、R4.4.1、6月3日')).toBe('令和元年度、令和4年度、（日付）');
    expect(generaliseText('71歳と9才')).toBe('70代と0代');
    expect(generaliseText('電話 086-123-4567 か 09012345678')).toBe('電話 （電話番号） か （電話番号）');
  });
});

describe('anonymiseText', () => {
  it('replaces names (kanji, both kanas, with or without a space), addresses and house numbers', () => {
    const out = anonymiseText(source.summary, source);
    expect(out).toBe('本人さん（70代）と長男の子さんの世帯。令和4年度に北区中央地区を訪問。');
    const note = anonymiseText(source.closureNote!, source);
    expect(note).not.toMatch(/かわむら|カワムラ|086/);
    expect(note).toContain('令和4年度');
    expect(anonymiseText('カワムラ チヨコさん、かわむら　けんいちさん、川村さん宅、3-4-5', source)).toBe(
      '本人さん、子さん、A家さん宅、（番地）',
    );
  });
});

describe('composeStory', () => {
  it('keeps no scan word and says the 年度, district, decades and what was done', () => {
    const story = composeStory(source);
    expect(story.fiscalYear).toBe(2022);
    expect(story.title).toBe('令和4年度・北区中央地区：高齢・ひきこもりを抱えた世帯への多機関協働');
    expect(scanWarnings(`${story.title}\n${story.body}`, scanWordsOf(source))).toEqual([]);
    expect(story.body).toContain('・本人（70代・女性）');
    expect(story.body).toContain('・子（40代・男性）');
    expect(story.body).toContain('・複合課題ケース検討会：2回');
    expect(story.body).toContain('・目標：子さんが週1回外出する（一部達成）');
    expect(story.body).toContain('【検証と学び】\nA家さん宅への訪問が遅れた');
  });

  it('warns about a name an editor typed back, in either kana', () => {
    expect(scanWarnings('かわむら千代子さんは…', scanWordsOf(source))).toEqual(
      expect.arrayContaining(['千代子', 'カワムラ']),
    );
  });
});
