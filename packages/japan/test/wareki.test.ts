import { describe, expect, it } from 'vitest';
import {
  ageOn,
  formatSeireki,
  formatWareki,
  formatWarekiWithWeekday,
  parseWareki,
  toIsoDate,
  toWareki,
} from '../src/index';

describe('toWareki', () => {
  it.each([
    ['1868-01-01', 'meiji', '明治', 'M', 1, 1, 1],
    ['1912-07-29', 'meiji', '明治', 'M', 45, 7, 29],
    ['1912-07-30', 'taisho', '大正', 'T', 1, 7, 30],
    ['1926-12-24', 'taisho', '大正', 'T', 15, 12, 24],
    ['1926-12-25', 'showa', '昭和', 'S', 1, 12, 25],
    ['1989-01-07', 'showa', '昭和', 'S', 64, 1, 7],
    ['1989-01-08', 'heisei', '平成', 'H', 1, 1, 8],
    ['2019-04-30', 'heisei', '平成', 'H', 31, 4, 30],
    ['2019-05-01', 'reiwa', '令和', 'R', 1, 5, 1],
    ['2020-03-31', 'reiwa', '令和', 'R', 2, 3, 31],
    ['2023-04-01', 'reiwa', '令和', 'R', 5, 4, 1],
  ])('%s is %s %s%i', (date, era, eraName, eraInitial, year, month, day) => {
    expect(toWareki(date)).toEqual({ era, eraName, eraInitial, year, month, day });
  });

  it.each([
    ['2019-04-30T14:59:59Z', 'heisei', 31, 4, 30],
    ['2019-04-30T15:00:00Z', 'reiwa', 1, 5, 1],
    ['2020-03-31T15:30:00Z', 'reiwa', 2, 4, 1],
  ])('reads the Date %s in Asia/Tokyo', (instant, era, year, month, day) => {
    expect(toWareki(new Date(instant))).toMatchObject({ era, year, month, day });
  });

  it('rejects dates before 明治', () => {
    expect(() => toWareki('1867-12-31')).toThrow(RangeError);
  });

  it.each(['2019-5-1', '2023-02-30', '2019-05-01T00:00:00Z', 'R1.5.1'])('rejects the string %j', (text) => {
    expect(() => toWareki(text)).toThrow(/Invalid date/);
  });
});

describe('formatWareki / formatWarekiWithWeekday / formatSeireki', () => {
  it.each([
    ['1989-01-07', '昭和64年1月7日', 'S64.1.7', '昭和64年1月7日（土）', '1989年1月7日'],
    ['1989-01-08', '平成元年1月8日', 'H1.1.8', '平成元年1月8日（日）', '1989年1月8日'],
    ['2019-04-30', '平成31年4月30日', 'H31.4.30', '平成31年4月30日（火）', '2019年4月30日'],
    ['2019-05-01', '令和元年5月1日', 'R1.5.1', '令和元年5月1日（水）', '2019年5月1日'],
    ['2020-03-31', '令和2年3月31日', 'R2.3.31', '令和2年3月31日（火）', '2020年3月31日'],
    ['2023-04-01', '令和5年4月1日', 'R5.4.1', '令和5年4月1日（土）', '2023年4月1日'],
  ])('%s → %s / %s / %s / %s', (date, long, short, withWeekday, seireki) => {
    expect(formatWareki(date)).toBe(long);
    expect(formatWareki(date, { style: 'long' })).toBe(long);
    expect(formatWareki(date, { style: 'short' })).toBe(short);
    expect(formatWarekiWithWeekday(date)).toBe(withWeekday);
    expect(formatSeireki(date)).toBe(seireki);
  });

  it('formats Dates in Asia/Tokyo', () => {
    const instant = new Date('2019-04-30T15:00:00Z');
    expect(formatWareki(instant)).toBe('令和元年5月1日');
    expect(formatWarekiWithWeekday(instant)).toBe('令和元年5月1日（水）');
    expect(formatSeireki(instant)).toBe('2019年5月1日');
  });
});

describe('parseWareki', () => {
  it.each([
    ['令和元年5月1日', '2019-05-01'],
    ['令和1年5月1日', '2019-05-01'],
    ['令和01年05月01日', '2019-05-01'],
    ['令和５年４月１日', '2023-04-01'],
    ['令和 2年 3月 31日', '2020-03-31'],
    ['R1.5.1', '2019-05-01'],
    ['r1.5.1', '2019-05-01'],
    ['R01.05.01', '2019-05-01'],
    ['H31/4/30', '2019-04-30'],
    ['S64.1.7', '1989-01-07'],
    ['H1-1-8', '1989-01-08'],
    ['平成元年1月8日', '1989-01-08'],
    ['T1.7.30', '1912-07-30'],
    ['㍻31年4月30日', '2019-04-30'],
  ])('%s → %s', (text, expected) => {
    expect(parseWareki(text)).toBe(expected);
  });

  it.each([
    ['平成31年5月1日', /平成 covers/],
    ['H31.5.1', /平成 covers/],
    ['令和1年4月30日', /令和 covers/],
    ['R1.4.30', /令和 covers/],
    ['昭和64年1月8日', /昭和 covers/],
    ['平成元年1月7日', /平成 covers/],
    ['令和0年5月1日', /no such date/],
    ['令和元年2月30日', /no such date/],
    ['令和元年13月1日', /no such date/],
    ['R1.5/1', /expected e\.g\./],
    ['X1.1.1', /expected e\.g\./],
    ['2019-05-01', /expected e\.g\./],
    ['令和元年5月', /expected e\.g\./],
    ['', /expected e\.g\./],
  ])('rejects %s', (text, message) => {
    expect(() => parseWareki(text)).toThrow(message);
  });

  it('round-trips formatWareki in both styles', () => {
    for (const date of ['1912-07-30', '1926-12-25', '1989-01-07', '1989-01-08', '2019-04-30', '2019-05-01']) {
      expect(parseWareki(formatWareki(date))).toBe(date);
      expect(parseWareki(formatWareki(date, { style: 'short' }))).toBe(date);
    }
  });
});

describe('toIsoDate', () => {
  it.each([
    ['2019-04-30T14:59:59Z', '2019-04-30'],
    ['2019-04-30T15:00:00Z', '2019-05-01'],
    ['2020-03-31T15:30:00Z', '2020-04-01'],
    ['2023-03-31T15:00:00Z', '2023-04-01'],
    ['1949-05-01T14:30:00Z', '1949-05-02'], // Japan observed summer time (UTC+10) in 1948-1951
  ])('%s is %s in Tokyo', (instant, expected) => {
    expect(toIsoDate(new Date(instant))).toBe(expected);
  });

  it('rejects an invalid Date', () => {
    expect(() => toIsoDate(new Date(Number.NaN))).toThrow(/Invalid Date/);
  });
});

describe('ageOn', () => {
  it.each([
    ['2000-04-02', '2000-04-02', 0],
    ['2000-04-02', '2025-04-01', 24],
    ['2000-04-02', '2025-04-02', 25],
    ['1990-12-31', '2025-01-01', 34],
    ['2004-02-29', '2005-02-28', 0],
    ['2004-02-29', '2005-03-01', 1],
    ['2004-02-29', '2007-02-28', 2],
    ['2004-02-29', '2008-02-28', 3],
    ['2004-02-29', '2008-02-29', 4],
    ['1950-07-15', '2025-07-14', 74],
    ['1950-07-15', '2025-07-15', 75],
  ])('born %s, on %s → %i', (birth, on, expected) => {
    expect(ageOn(birth, on)).toBe(expected);
  });

  it('rejects a date before birth and malformed dates', () => {
    expect(() => ageOn('2000-01-02', '2000-01-01')).toThrow(RangeError);
    expect(() => ageOn('2000-02-30', '2020-01-01')).toThrow(/Invalid date/);
  });
});
