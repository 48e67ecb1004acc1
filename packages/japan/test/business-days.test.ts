import { describe, expect, it } from 'vitest';
import { addBusinessDays, businessDaysBetween, isBusinessDay } from '../src/index';

describe('isBusinessDay', () => {
  it.each([
    ['2025-05-02', true], // Friday before Golden Week
    ['2025-05-03', false], // Saturday and 憲法記念日
    ['2025-05-05', false], // こどもの日 (Monday)
    ['2025-05-06', false], // 振替休日
    ['2025-05-07', true],
    ['2025-05-10', false], // Saturday
    ['2025-05-11', false], // Sunday
    ['2025-12-26', true],
    ['2025-12-29', false], // 年末年始
    ['2025-12-31', false],
    ['2026-01-02', false],
    ['2026-01-05', true],
    ['2026-09-22', false], // 国民の休日
  ])('%s → %s', (date, expected) => {
    expect(isBusinessDay(date)).toBe(expected);
  });

  it.each([
    ['2025-12-29', true],
    ['2026-01-02', true],
    ['2026-01-01', false], // 元日 is still a national holiday
  ])('with yearEndClosure: false, %s → %s', (date, expected) => {
    expect(isBusinessDay(date, { yearEndClosure: false })).toBe(expected);
  });

  it('honours extra closed days', () => {
    expect(isBusinessDay('2025-06-02', { extraClosedDays: ['2025-06-02'] })).toBe(false);
    expect(isBusinessDay('2025-06-03', { extraClosedDays: ['2025-06-02'] })).toBe(true);
  });

  it.each(['2023-02-30', '2025-5-2', '2025/05/02', ''])('rejects the bad date %j', (date) => {
    expect(() => isBusinessDay(date)).toThrow(/Invalid date/);
  });

  it('rejects a bad extra closed day', () => {
    expect(() => isBusinessDay('2025-06-02', { extraClosedDays: ['2025-06-31'] })).toThrow(/Invalid date/);
  });
});

describe('addBusinessDays', () => {
  it.each([
    ['2025-05-02', 1, '2025-05-07'], // across Golden Week
    ['2025-04-25', 5, '2025-05-07'],
    ['2025-12-26', 1, '2026-01-05'], // across 年末年始
    ['2025-12-26', 0, '2025-12-26'],
    ['2025-05-07', 0, '2025-05-07'],
    ['2025-05-03', 0, '2025-05-07'], // 0 rolls a closed day forward
    ['2025-05-03', 1, '2025-05-07'], // the closed start day is not counted
    ['2025-09-12', 2, '2025-09-17'], // over 敬老の日
    ['2026-09-18', 1, '2026-09-24'], // over Silver Week 2026
    ['2025-01-01', 10, '2025-01-20'],
    ['2019-04-26', 1, '2019-05-07'], // the 2019 ten-day Golden Week
  ])('%s + %i → %s', (date, n, expected) => {
    expect(addBusinessDays(date, n)).toBe(expected);
  });

  it('applies the options', () => {
    expect(addBusinessDays('2025-12-26', 1, { yearEndClosure: false })).toBe('2025-12-29');
    expect(addBusinessDays('2025-05-02', 1, { extraClosedDays: ['2025-05-07'] })).toBe('2025-05-08');
  });

  it.each([-1, 1.5, Number.NaN])('rejects n = %s', (n) => {
    expect(() => addBusinessDays('2025-05-02', n)).toThrow(RangeError);
  });

  it('rejects a bad date', () => {
    expect(() => addBusinessDays('2025-02-29', 1)).toThrow(/Invalid date/);
  });
});

describe('businessDaysBetween', () => {
  it.each([
    ['2025-05-02', '2025-05-07', 1],
    ['2025-05-07', '2025-05-02', -1],
    ['2025-05-02', '2025-05-02', 0],
    ['2025-05-03', '2025-05-06', 0],
    ['2025-04-01', '2025-04-30', 20], // 21 weekdays after 4/1, minus 昭和の日
    ['2025-12-26', '2026-01-05', 1],
    ['2025-01-01', '2025-12-31', 241], // 261 weekdays - 14 weekday holidays - 6 closure weekdays
  ])('%s → %s is %i', (from, to, expected) => {
    expect(businessDaysBetween(from, to)).toBe(expected);
  });

  it('never returns -0', () => {
    expect(Object.is(businessDaysBetween('2025-05-06', '2025-05-03'), 0)).toBe(true);
  });

  it('applies the options', () => {
    expect(businessDaysBetween('2025-12-26', '2026-01-05', { yearEndClosure: false })).toBe(5);
    expect(businessDaysBetween('2025-05-02', '2025-05-09', { extraClosedDays: ['2025-05-08'] })).toBe(2);
  });

  it('inverts addBusinessDays for n >= 1', () => {
    for (const date of ['2025-04-25', '2025-05-03', '2025-12-26', '2026-09-18', '2019-04-26']) {
      for (const n of [1, 2, 5, 20, 60]) {
        expect(businessDaysBetween(date, addBusinessDays(date, n))).toBe(n);
      }
    }
  });

  it('rejects bad dates', () => {
    expect(() => businessDaysBetween('2025-13-01', '2025-05-01')).toThrow(/Invalid date/);
    expect(() => businessDaysBetween('2025-05-01', 'tomorrow')).toThrow(/Invalid date/);
  });
});
