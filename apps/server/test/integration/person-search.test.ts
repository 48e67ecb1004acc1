import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionsOf } from '../support/factories';
import { recordIntake, soloIntake } from '../support/households';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

let t: TestApp;
let staff: Session; // 北区中央地域包括支援センター
let advisor: Session; // another agency

const names = async (session: Session, q: string) => {
  const res = await t.call(session, 'GET', `/api/persons?q=${encodeURIComponent(q)}&limit=100`);
  expect(res.statusCode, q).toBe(200);
  return res
    .json()
    .items.map((p: { familyName: string; givenName: string }) => `${p.familyName}${p.givenName}`);
};

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  staff = await login('agency_staff');
  advisor = await login('advisor');
  const people = [
    {
      familyName: '林',
      givenName: '一',
      familyNameKana: 'はやし',
      givenNameKana: 'はじめ',
      phones: ['086-111-2233'],
    },
    { familyName: '佐藤', givenName: '花', familyNameKana: 'さとう', givenNameKana: 'はな', phones: [] },
    {
      familyName: '髙橋',
      givenName: '𠮷子',
      familyNameKana: 'たかはし',
      givenNameKana: 'よしこ',
      phones: [],
    },
    { familyName: '山﨑', givenName: '翔', familyNameKana: 'やまさき', givenNameKana: 'しょう', phones: [] },
    {
      familyName: '小林',
      givenName: '藤子',
      familyNameKana: 'こばやし',
      givenNameKana: 'ふじこ',
      phones: [],
    },
  ];
  for (const p of people) await recordIntake(t, staff, soloIntake({ ...p, birthDate: '1960-01-01' }));
});
afterAll(() => t.close());

describe(`person search (${dbKind()})`, () => {
  it('finds one- and two-character names, as a whole or as part of a longer name', async () => {
    expect(await names(staff, '林')).toEqual(expect.arrayContaining(['林一', '小林藤子']));
    expect(await names(staff, '佐藤')).toEqual(['佐藤花']);
    expect(await names(staff, '藤子')).toEqual(['小林藤子']);
  });

  it('needs the characters in a row: 佐藤 does not match 藤…佐', async () => {
    expect(await names(staff, '林藤')).toEqual(['小林藤子']);
    expect(await names(staff, '藤林')).toEqual([]);
  });

  it('treats the common 異体字 as the same character while keeping the stored name exactly', async () => {
    expect(await names(staff, '高橋')).toEqual(['髙橋𠮷子']);
    expect(await names(staff, '吉子')).toEqual(['髙橋𠮷子']);
    expect(await names(staff, '髙橋𠮷子')).toEqual(['髙橋𠮷子']);
    expect(await names(staff, '山崎')).toEqual(['山﨑翔']);
  });

  it('finds by partial ふりがな in hiragana, katakana or half-width', async () => {
    for (const q of ['よしこ', 'ヨシコ', 'ﾖｼｺ', 'はし よし'])
      expect(await names(staff, q), q).toEqual(['髙橋𠮷子']);
    expect(await names(staff, 'ばやし')).toEqual(['小林藤子']);
  });

  it('finds by the last digits of a phone number', async () => {
    expect(await names(staff, '2233')).toEqual(['林一']);
    expect(await names(staff, '111-2233')).toEqual(['林一']);
  });

  it('shows another agency none of them, by any kind of query', async () => {
    for (const q of ['林', '佐藤', '高橋', 'よしこ', '2233', '1960-01-01'])
      expect(await names(advisor, q), q).toEqual([]);
  });
});
