/**
 * The 国民の祝日 themselves (Article 2 of 国民の祝日に関する法律 and its amendments, plus one-off holidays
 * created by special acts). Substitute holidays and citizens' holidays are derived from these in holidays.ts.
 */
import { dayOfWeek } from './iso-date';

/** A national holiday (国民の祝日) or statutory rest day (休日) on a given date. */
export interface Holiday {
  /** 'YYYY-MM-DD'. */
  readonly date: string;
  /** Official Japanese name, e.g. '憲法記念日'. */
  readonly name: string;
  /** English name as used by the Cabinet Office, e.g. 'Constitution Memorial Day'. */
  readonly nameEn: string;
}

type MonthDay = readonly [month: number, day: number];

interface Rule {
  readonly name: string;
  readonly nameEn: string;
  /** First and last year (inclusive) in which this rule applies. */
  readonly from: number;
  readonly to: number;
  readonly on: (year: number) => MonthDay;
}

const LAST = 9999;

const fixed = (month: number, day: number) => (): MonthDay => [month, day];

/** The n-th Monday of a month (ハッピーマンデー制度). */
const nthMonday =
  (month: number, n: number) =>
  (year: number): MonthDay => {
    const firstWeekday = dayOfWeek({ year, month, day: 1 });
    return [month, 1 + ((8 - firstWeekday) % 7) + 7 * (n - 1)];
  };

/** Years in which a holiday was moved by special act (the Tokyo Olympics: 2020, postponed to 2021). */
const withMoves =
  (rule: (year: number) => MonthDay, moves: Readonly<Record<number, MonthDay>>) =>
  (year: number): MonthDay =>
    moves[year] ?? rule(year);

/**
 * Equinox days by the standard approximation used for Japanese calendars; valid for 1900-2099. The
 * official dates are fixed each February by the National Astronomical Observatory for the next year
 * and have matched this formula throughout that range so far.
 */
const equinox =
  (month: number, before1980: number, from1980: number) =>
  (year: number): MonthDay => {
    const base = year < 1980 ? before1980 : from1980;
    const offset = year - 1980;
    return [month, Math.floor(base + 0.242194 * offset - Math.floor(offset / 4))];
  };

const RULES: readonly Rule[] = [
  { name: '元日', nameEn: "New Year's Day", from: 1948, to: LAST, on: fixed(1, 1) },
  { name: '成人の日', nameEn: 'Coming of Age Day', from: 1948, to: 1999, on: fixed(1, 15) },
  { name: '成人の日', nameEn: 'Coming of Age Day', from: 2000, to: LAST, on: nthMonday(1, 2) },
  { name: '建国記念の日', nameEn: 'National Foundation Day', from: 1967, to: LAST, on: fixed(2, 11) },
  { name: '天皇誕生日', nameEn: "The Emperor's Birthday", from: 1948, to: 1988, on: fixed(4, 29) },
  { name: '天皇誕生日', nameEn: "The Emperor's Birthday", from: 1989, to: 2018, on: fixed(12, 23) },
  { name: '天皇誕生日', nameEn: "The Emperor's Birthday", from: 2020, to: LAST, on: fixed(2, 23) },
  { name: '春分の日', nameEn: 'Vernal Equinox Day', from: 1948, to: LAST, on: equinox(3, 20.8357, 20.8431) },
  { name: 'みどりの日', nameEn: 'Greenery Day', from: 1989, to: 2006, on: fixed(4, 29) },
  { name: '昭和の日', nameEn: 'Showa Day', from: 2007, to: LAST, on: fixed(4, 29) },
  { name: '憲法記念日', nameEn: 'Constitution Memorial Day', from: 1948, to: LAST, on: fixed(5, 3) },
  { name: 'みどりの日', nameEn: 'Greenery Day', from: 2007, to: LAST, on: fixed(5, 4) },
  { name: 'こどもの日', nameEn: "Children's Day", from: 1948, to: LAST, on: fixed(5, 5) },
  { name: '海の日', nameEn: 'Marine Day', from: 1996, to: 2002, on: fixed(7, 20) },
  {
    name: '海の日',
    nameEn: 'Marine Day',
    from: 2003,
    to: LAST,
    on: withMoves(nthMonday(7, 3), { 2020: [7, 23], 2021: [7, 22] }),
  },
  {
    name: '山の日',
    nameEn: 'Mountain Day',
    from: 2016,
    to: LAST,
    on: withMoves(fixed(8, 11), { 2020: [8, 10], 2021: [8, 8] }),
  },
  { name: '敬老の日', nameEn: 'Respect for the Aged Day', from: 1966, to: 2002, on: fixed(9, 15) },
  { name: '敬老の日', nameEn: 'Respect for the Aged Day', from: 2003, to: LAST, on: nthMonday(9, 3) },
  {
    name: '秋分の日',
    nameEn: 'Autumnal Equinox Day',
    from: 1948,
    to: LAST,
    on: equinox(9, 23.2588, 23.2488),
  },
  { name: '体育の日', nameEn: 'Health and Sports Day', from: 1966, to: 1999, on: fixed(10, 10) },
  { name: '体育の日', nameEn: 'Health and Sports Day', from: 2000, to: 2019, on: nthMonday(10, 2) },
  {
    name: 'スポーツの日',
    nameEn: 'Sports Day',
    from: 2020,
    to: LAST,
    on: withMoves(nthMonday(10, 2), { 2020: [7, 24], 2021: [7, 23] }),
  },
  { name: '文化の日', nameEn: 'Culture Day', from: 1948, to: LAST, on: fixed(11, 3) },
  { name: '勤労感謝の日', nameEn: 'Labor Thanksgiving Day', from: 1948, to: LAST, on: fixed(11, 23) },
];

/** Holidays created by their own act for a single imperial ceremony; they count as 国民の祝日. */
const ONE_OFF: readonly Holiday[] = [
  {
    date: '1959-04-10',
    name: '皇太子明仁親王の結婚の儀',
    nameEn: 'The Rite of Wedding of Crown Prince Akihito',
  },
  { date: '1989-02-24', name: '昭和天皇の大喪の礼', nameEn: 'The Funeral Ceremony of Emperor Showa' },
  { date: '1990-11-12', name: '即位礼正殿の儀', nameEn: 'The Ceremony of the Enthronement of the Emperor' },
  {
    date: '1993-06-09',
    name: '皇太子徳仁親王の結婚の儀',
    nameEn: 'The Rite of Wedding of Crown Prince Naruhito',
  },
  { date: '2019-05-01', name: '天皇の即位の日', nameEn: "The Day of the Emperor's Enthronement" },
  {
    date: '2019-10-22',
    name: '即位礼正殿の儀の行われる日',
    nameEn: 'The Day of the Ceremony of the Enthronement of the Emperor',
  },
];

/** The holiday law came into force on 1948-07-20; earlier dates that year were not 祝日 under it. */
export const HOLIDAY_LAW_START = '1948-07-20';

const pad = (n: number): string => String(n).padStart(2, '0');

/** The 国民の祝日 of `year` (no substitute or citizens' holidays), in no particular order. */
export function nationalHolidays(year: number): Holiday[] {
  const fromRules = RULES.filter((rule) => year >= rule.from && year <= rule.to).map((rule) => {
    const [month, day] = rule.on(year);
    return { date: `${year}-${pad(month)}-${pad(day)}`, name: rule.name, nameEn: rule.nameEn };
  });
  const oneOffs = ONE_OFF.filter((holiday) => holiday.date.startsWith(`${year}-`));
  return [...fromRules, ...oneOffs].filter((holiday) => holiday.date >= HOLIDAY_LAW_START);
}
