import { describe, expect, it } from 'vitest';
import { HOLIDAY_YEAR_RANGE, holidayName, holidayOn, holidaysOf, isHoliday } from '../src/index';

// Cabinet Office list (内閣府「国民の祝日について」).
const CABINET_OFFICE: Record<number, [string, string][]> = {
  2025: [
    ['2025-01-01', '元日'],
    ['2025-01-13', '成人の日'],
    ['2025-02-11', '建国記念の日'],
    ['2025-02-23', '天皇誕生日'],
    ['2025-02-24', '振替休日'],
    ['2025-03-20', '春分の日'],
    ['2025-04-29', '昭和の日'],
    ['2025-05-03', '憲法記念日'],
    ['2025-05-04', 'みどりの日'],
    ['2025-05-05', 'こどもの日'],
    ['2025-05-06', '振替休日'],
    ['2025-07-21', '海の日'],
    ['2025-08-11', '山の日'],
    ['2025-09-15', '敬老の日'],
    ['2025-09-23', '秋分の日'],
    ['2025-10-13', 'スポーツの日'],
    ['2025-11-03', '文化の日'],
    ['2025-11-23', '勤労感謝の日'],
    ['2025-11-24', '振替休日'],
  ],
  2026: [
    ['2026-01-01', '元日'],
    ['2026-01-12', '成人の日'],
    ['2026-02-11', '建国記念の日'],
    ['2026-02-23', '天皇誕生日'],
    ['2026-03-20', '春分の日'],
    ['2026-04-29', '昭和の日'],
    ['2026-05-03', '憲法記念日'],
    ['2026-05-04', 'みどりの日'],
    ['2026-05-05', 'こどもの日'],
    ['2026-05-06', '振替休日'],
    ['2026-07-20', '海の日'],
    ['2026-08-11', '山の日'],
    ['2026-09-21', '敬老の日'],
    ['2026-09-22', '国民の休日'],
    ['2026-09-23', '秋分の日'],
    ['2026-10-12', 'スポーツの日'],
    ['2026-11-03', '文化の日'],
    ['2026-11-23', '勤労感謝の日'],
  ],
};

describe('holidaysOf', () => {
  it.each([2025, 2026])('matches the Cabinet Office list for %i', (year) => {
    expect(holidaysOf(year).map((h) => [h.date, h.name])).toEqual(CABINET_OFFICE[year]);
  });

  it('gives English names', () => {
    expect(holidayOn('2025-11-24')).toEqual({
      date: '2025-11-24',
      name: '振替休日',
      nameEn: 'Substitute Holiday',
    });
    expect(holidayOn('2026-09-22')?.nameEn).toBe("Citizens' Holiday");
    expect(holidayOn('2025-05-03')?.nameEn).toBe('Constitution Memorial Day');
  });

  it('only counts holidays from the day the 1948 law came into force', () => {
    expect(holidaysOf(1948).map((h) => h.date)).toEqual(['1948-09-23', '1948-11-03', '1948-11-23']);
  });

  it('returns sorted, unique dates within the year for every supported year', () => {
    for (let year = HOLIDAY_YEAR_RANGE.from; year <= HOLIDAY_YEAR_RANGE.to; year += 1) {
      const dates = holidaysOf(year).map((h) => h.date);
      expect(dates).toEqual([...new Set(dates)].sort());
      expect(dates.every((d) => d.startsWith(`${year}-`))).toBe(true);
    }
  });

  it('returns a fresh array each call', () => {
    const first = holidaysOf(2025);
    first.pop();
    expect(holidaysOf(2025)).toHaveLength(19);
  });

  it.each([1947, 2100, 2025.5])('rejects the unsupported year %s', (year) => {
    expect(() => holidaysOf(year)).toThrow(RangeError);
  });
});

describe('holidayName', () => {
  it.each([
    // 振替休日
    ['1973-04-30', '振替休日'], // first ever, days after the 1973-04-12 amendment
    ['2008-05-06', '振替休日'], // Sunday 5/4 skips over 5/5 (since 2007)
    ['2009-05-06', '振替休日'], // Sunday 5/3 skips over 5/4 and 5/5
    ['2019-05-06', '振替休日'],
    ['2020-02-24', '振替休日'],
    ['2021-08-09', '振替休日'], // Olympic 山の日 moved to a Sunday
    ['2023-01-02', '振替休日'],
    ['2024-02-12', '振替休日'],
    ['2025-11-24', '振替休日'],
    ['1987-05-04', '振替休日'], // both sandwiched and a substitute: the substitute rule wins
    // 国民の休日
    ['1988-05-04', '国民の休日'],
    ['2009-09-22', '国民の休日'],
    ['2015-09-22', '国民の休日'],
    ['2019-04-30', '国民の休日'],
    ['2019-05-02', '国民の休日'],
    ['2026-09-22', '国民の休日'],
    ['2032-09-21', '国民の休日'], // predicted: equinox dates are only announced a year ahead
    // 2020/2021 Olympic moves
    ['2020-07-23', '海の日'],
    ['2020-07-24', 'スポーツの日'],
    ['2020-08-10', '山の日'],
    ['2021-07-22', '海の日'],
    ['2021-07-23', 'スポーツの日'],
    ['2021-08-08', '山の日'],
    // renamed and moved holidays
    ['1988-04-29', '天皇誕生日'],
    ['1989-04-29', 'みどりの日'],
    ['2006-05-04', '国民の休日'],
    ['2007-04-29', '昭和の日'],
    ['2007-05-04', 'みどりの日'],
    ['2018-12-23', '天皇誕生日'],
    ['2020-02-23', '天皇誕生日'],
    ['1999-01-15', '成人の日'],
    ['2000-01-10', '成人の日'],
    ['1999-10-10', '体育の日'],
    ['2019-10-14', '体育の日'],
    ['2022-10-10', 'スポーツの日'],
    ['1996-07-20', '海の日'],
    ['2003-07-21', '海の日'],
    ['2002-09-15', '敬老の日'],
    ['2003-09-15', '敬老の日'],
    ['2016-08-11', '山の日'],
    // equinoxes
    ['1979-09-24', '秋分の日'],
    ['2012-09-22', '秋分の日'],
    ['2024-03-20', '春分の日'],
    ['2024-09-22', '秋分の日'],
    // one-off ceremonies
    ['1959-04-10', '皇太子明仁親王の結婚の儀'],
    ['1989-02-24', '昭和天皇の大喪の礼'],
    ['1990-11-12', '即位礼正殿の儀'],
    ['1993-06-09', '皇太子徳仁親王の結婚の儀'],
    ['2019-05-01', '天皇の即位の日'],
    ['2019-10-22', '即位礼正殿の儀の行われる日'],
  ])('%s is %s', (date, name) => {
    expect(holidayName(date)).toBe(name);
    expect(isHoliday(date)).toBe(true);
  });

  it.each([
    '1973-02-12', // Sunday 2/11 before substitute holidays existed
    '1986-05-04', // a Sunday is never a 国民の休日
    '2019-12-23', // no 天皇誕生日 in 2019
    '2019-02-23',
    '2020-07-20', // usual 海の日 moved for the Olympics
    '2020-08-11',
    '2020-10-12',
    '2021-07-19',
    '2021-08-11',
    '2021-10-11',
    '2025-05-07',
    '2025-12-29', // year-end closure is not a national holiday
    '1966-02-11', // 建国記念の日 only from 1967
    '1965-09-15', // 敬老の日 only from 1966
  ])('%s is not a holiday', (date) => {
    expect(holidayName(date)).toBeUndefined();
    expect(isHoliday(date)).toBe(false);
  });

  it.each(['2023-02-30', '2025/01/01', '2025-1-1', ''])('rejects the bad date %j', (date) => {
    expect(() => isHoliday(date)).toThrow(/Invalid date/);
  });
});
