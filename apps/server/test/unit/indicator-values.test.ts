import { describe, expect, it } from 'vitest';
import {
  computedValue,
  firstNeededYear,
  indicatorSeries,
  type RecordedValue,
  type SeriesRule,
} from '../../src/modules/plan/indicator-values';
import type { Series } from '../../src/modules/plan/metric';
import { percent } from '../../src/modules/plan/survey-metrics';

// How an indicator's value at the end of a 年度 follows from a metric (cumulative with an opening
// balance, yearly counts and rates), that a recorded figure wins over the computed one while both are
// kept, and the survey's percentages with one decimal (FIGURES.md §2: No 9 1,542 → 1,589; No 4 240 and
// 277 from the §1 yearly totals; No 5 42.6 = 20 of 47).

const series = (values: Record<number, number>): Series =>
  new Map(Object.entries(values).map(([fy, v]) => [Number(fy), v]));

/** No 9: cumulative from R4 on an opening balance of 1,542 (the count before the plan's metric). */
const no9: SeriesRule = { accumulation: 'cumulative', cumulativeFromFiscalYear: 2022, openingBalance: 1542 };
/** No 4: cumulative since H30, no opening balance. */
const no4: SeriesRule = { accumulation: 'cumulative', cumulativeFromFiscalYear: 2018, openingBalance: 0 };
const yearly: SeriesRule = { accumulation: 'yearly', cumulativeFromFiscalYear: null, openingBalance: 0 };
const stock: SeriesRule = { accumulation: 'stock', cumulativeFromFiscalYear: null, openingBalance: 0 };

// FIGURES.md §1: cases handled (支援調整 + 相談のみ) per 年度, H30–R4.
const handled = series({ 2018: 42, 2019: 65, 2020: 67, 2021: 66, 2022: 37 });

describe('computedValue', () => {
  it('adds a cumulative metric to the opening balance; the year before the start shows the balance', () => {
    const m = series({ 2022: 47 });
    expect(computedValue(no9, m, false, 2021)).toBe(1542);
    expect(computedValue(no9, m, false, 2022)).toBe(1589);
    // A 年度 without records adds nothing.
    expect(computedValue(no9, m, false, 2023)).toBe(1589);
  });

  it('sums every 年度 since the start: No 4 is 240 at R3末 and 277 at R4末', () => {
    expect(computedValue(no4, handled, false, 2021)).toBe(240);
    expect(computedValue(no4, handled, false, 2022)).toBe(277);
    expect(computedValue(no4, handled, false, 2018)).toBe(42);
  });

  it('continues a cumulative total from the last recorded figure before the 年度', () => {
    // The published 277 (R4末) stands for H30–R4, records only from R5 on: R5末 = 277 + R5's cases.
    const recorded = new Map([[2022, { value: 277, dataFiscalYear: null, note: null }]]);
    const fromR5 = series({ 2023: 12 });
    expect(computedValue(no4, fromR5, false, 2023, recorded)).toBe(289);
    expect(computedValue(no4, fromR5, false, 2024, recorded)).toBe(289);
    // The recorded 年度 itself is computed from the start, so a difference can be seen.
    expect(computedValue(no4, handled, false, 2022, recorded)).toBe(277);
    expect(computedValue(no4, fromR5, false, 2022, recorded)).toBe(0);
  });

  it('has no cumulative value before the year before the start', () => {
    expect(computedValue(no4, handled, false, 2017)).toBe(0); // start − 1: the opening balance
    expect(computedValue(no4, handled, false, 2016)).toBeNull();
    expect(computedValue(no9, series({}), false, 2020)).toBeNull();
  });

  it('takes a yearly or stock metric of the 年度 itself: an absent count is 0, an absent rate null', () => {
    const rates = series({ 2021: 42.6 });
    expect(computedValue(yearly, rates, true, 2021)).toBe(42.6);
    expect(computedValue(yearly, rates, true, 2022)).toBeNull();
    expect(computedValue(yearly, handled, false, 2022)).toBe(37);
    expect(computedValue(yearly, handled, false, 2023)).toBe(0);
    expect(computedValue(stock, series({ 2021: 13 }), false, 2022)).toBe(0);
  });
});

describe('firstNeededYear', () => {
  it('reaches back to the start of a cumulative indicator, and no further than the first column', () => {
    expect(firstNeededYear(no4, [2021, 2022, 2023])).toBe(2018);
    expect(firstNeededYear(no9, [2021, 2022, 2023])).toBe(2021);
    expect(firstNeededYear(yearly, [2021, 2022])).toBe(2021);
    expect(firstNeededYear({ ...no4, cumulativeFromFiscalYear: null }, [2021, 2022])).toBe(2021);
  });
});

describe('indicatorSeries', () => {
  const recorded = (values: Record<number, RecordedValue>) =>
    new Map(Object.entries(values).map(([fy, v]) => [Number(fy), v]));

  it('shows a recorded figure first, keeping the computed one beside it', () => {
    const values = indicatorSeries(
      no4,
      [2021, 2022],
      recorded({ 2022: { value: 280, dataFiscalYear: null, note: '年度末に確定' } }),
      { series: handled, rate: false },
    );
    expect(values).toEqual([
      {
        fiscalYear: 2021,
        value: 240,
        origin: 'computed',
        recorded: null,
        computed: 240,
        dataFiscalYear: null,
        note: null,
      },
      {
        fiscalYear: 2022,
        value: 280,
        origin: 'recorded',
        recorded: 280,
        computed: 277,
        dataFiscalYear: null,
        note: '年度末に確定',
      },
    ]);
  });

  it('keeps a recorded 0 (not falling back to the computed value) and the 年度 a lagging figure is for', () => {
    const [r3] = indicatorSeries(
      yearly,
      [2021],
      recorded({ 2021: { value: 0, dataFiscalYear: 2020, note: null } }),
      { series: series({ 2021: 5 }), rate: false },
    );
    expect(r3).toMatchObject({ value: 0, origin: 'recorded', computed: 5, dataFiscalYear: 2020 });
  });

  it('has no value and no origin without a record or a metric', () => {
    expect(indicatorSeries(yearly, [2021], new Map(), null)).toEqual([
      {
        fiscalYear: 2021,
        value: null,
        origin: null,
        recorded: null,
        computed: null,
        dataFiscalYear: null,
        note: null,
      },
    ]);
    // A rate metric without a survey in the 年度: nothing computed either.
    expect(indicatorSeries(yearly, [2022], new Map(), { series: series({}), rate: true })[0]).toMatchObject({
      value: null,
      origin: null,
    });
  });
});

describe('percent', () => {
  it('rounds to one decimal: 20 of 47 is 42.6 (R3), 11 of 36 is 30.6', () => {
    expect(percent(20, 47)).toBe(42.6);
    expect(percent(11, 36)).toBe(30.6);
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(47, 50)).toBe(94);
    expect(percent(0, 45)).toBe(0);
  });

  it('is null when nobody answered', () => {
    expect(percent(0, 0)).toBeNull();
  });
});
