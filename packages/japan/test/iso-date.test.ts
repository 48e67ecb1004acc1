import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../src';

describe('addMonths', () => {
  it('keeps the day of the month', () => {
    expect(addMonths('2022-04-15', 1)).toBe('2022-05-15');
    expect(addMonths('2022-04-15', 6)).toBe('2022-10-15');
    expect(addMonths('2022-11-30', 3)).toBe('2023-02-28');
  });

  it('takes the last day when the month is shorter', () => {
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2022-08-31', 6)).toBe('2023-02-28');
    expect(addMonths('2022-03-31', 1)).toBe('2022-04-30');
  });

  it('crosses years both ways', () => {
    expect(addMonths('2022-12-15', 1)).toBe('2023-01-15');
    expect(addMonths('2023-01-15', -1)).toBe('2022-12-15');
    expect(addMonths('2022-10-01', 6)).toBe('2023-04-01');
  });
});

describe('addDays', () => {
  it('shifts across month and year ends', () => {
    expect(addDays('2022-12-31', 1)).toBe('2023-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});
