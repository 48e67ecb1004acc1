import { describe, expect, it } from 'vitest';
import { fiscalYearLabel, fiscalYearOf, fiscalYearRange, parseFiscalYearLabel } from '../src/index';

describe('fiscalYearOf', () => {
  it.each([
    ['2019-04-30', 2019],
    ['2019-05-01', 2019],
    ['2020-03-31', 2019],
    ['2020-04-01', 2020],
    ['2023-03-31', 2022],
    ['2023-04-01', 2023],
    ['2024-01-01', 2023],
  ])('%s is in 年度 %i', (date, expected) => {
    expect(fiscalYearOf(date)).toBe(expected);
  });

  it.each([
    ['2020-03-31T15:30:00Z', 2020], // 2020-04-01 00:30 in Tokyo
    ['2020-03-31T14:59:59Z', 2019], // 2020-03-31 23:59 in Tokyo
    ['2023-03-31T15:00:00Z', 2023],
    ['2023-04-01T00:00:00+09:00', 2023],
  ])('reads the Date %s in Asia/Tokyo as 年度 %i', (instant, expected) => {
    expect(fiscalYearOf(new Date(instant))).toBe(expected);
  });

  it.each(['2023-02-30', '2023-4-1', '2023/04/01', ''])('rejects the bad date %j', (date) => {
    expect(() => fiscalYearOf(date)).toThrow(/Invalid date/);
  });

  it('rejects an invalid Date', () => {
    expect(() => fiscalYearOf(new Date('nope'))).toThrow(/Invalid Date/);
  });
});

describe('fiscalYearRange', () => {
  it.each([
    [2019, '2019-04-01', '2020-03-31'],
    [2023, '2023-04-01', '2024-03-31'],
  ])('年度 %i runs from %s to %s', (fiscalYear, start, end) => {
    expect(fiscalYearRange(fiscalYear)).toEqual({ start, end });
  });

  it.each([2019.5, Number.NaN, 999, 9999])('rejects %s', (fiscalYear) => {
    expect(() => fiscalYearRange(fiscalYear)).toThrow(RangeError);
  });
});

describe('fiscalYearLabel', () => {
  it.each([
    [1912, '明治45年度', 'M45'],
    [1926, '大正15年度', 'T15'],
    [1988, '昭和63年度', 'S63'],
    [1989, '平成元年度', 'H1'],
    [2018, '平成30年度', 'H30'],
    [2019, '令和元年度', 'R1'],
    [2020, '令和2年度', 'R2'],
    [2022, '令和4年度', 'R4'],
    [2023, '令和5年度', 'R5'],
  ])('年度 %i is %s / %s', (fiscalYear, long, short) => {
    expect(fiscalYearLabel(fiscalYear)).toBe(long);
    expect(fiscalYearLabel(fiscalYear, { style: 'long', locale: 'ja' })).toBe(long);
    expect(fiscalYearLabel(fiscalYear, { style: 'short' })).toBe(short);
  });

  it.each([
    ['2019-04-30', '令和元年度'],
    ['2019-05-01', '令和元年度'],
    ['2020-03-31', '令和元年度'],
    ['2023-04-01', '令和5年度'],
  ])('labels the 年度 of %s as %s', (date, label) => {
    expect(fiscalYearLabel(fiscalYearOf(date))).toBe(label);
  });

  it('uses FY-prefixed Western years in English', () => {
    expect(fiscalYearLabel(2022, { locale: 'en' })).toBe('FY2022');
    expect(fiscalYearLabel(2022, { locale: 'en', style: 'short' })).toBe('FY2022');
  });

  it('has no Japanese label before 明治', () => {
    expect(() => fiscalYearLabel(1867)).toThrow(RangeError);
  });
});

describe('parseFiscalYearLabel', () => {
  it.each([
    ['R4', 2022],
    ['r4', 2022],
    ['R04', 2022],
    ['Ｒ４', 2022],
    ['令和4年度', 2022],
    ['令和４年度', 2022],
    ['令和 4 年度', 2022],
    ['令和元年度', 2019],
    ['令和1年度', 2019],
    ['R1', 2019],
    ['H30', 2018],
    ['平成30年度', 2018],
    ['平成31年度', 2019],
    ['H31', 2019],
    ['平成元年度', 1989],
    ['S63', 1988],
    ['FY2022', 2022],
    ['fy2022', 2022],
    ['2022年度', 2022],
  ])('%s is 年度 %i', (label, expected) => {
    expect(parseFiscalYearLabel(label)).toBe(expected);
  });

  it.each(['', 'R', 'R0', '令和0年度', '令和4年', 'R4年度', 'X4', 'FY22', '令和四年度'])(
    'rejects the malformed label %j',
    (label) => {
      expect(() => parseFiscalYearLabel(label)).toThrow(/Invalid fiscal year label/);
    },
  );

  it.each(['昭和64年度', 'S64', '平成32年度', 'H32', '大正16年度'])(
    'rejects %s, whose era was over',
    (label) => {
      expect(() => parseFiscalYearLabel(label)).toThrow(/was not in force/);
    },
  );

  it('round-trips every label it produces', () => {
    for (let fiscalYear = 1868; fiscalYear <= 2100; fiscalYear += 1) {
      for (const style of ['long', 'short'] as const) {
        expect(parseFiscalYearLabel(fiscalYearLabel(fiscalYear, { style }))).toBe(fiscalYear);
      }
      expect(parseFiscalYearLabel(fiscalYearLabel(fiscalYear, { locale: 'en' }))).toBe(fiscalYear);
    }
  });
});
