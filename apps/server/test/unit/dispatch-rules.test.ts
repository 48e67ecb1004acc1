import { describe, expect, it } from 'vitest';
import { daysUntil, eligibility, followUpUntil } from '../../src/modules/community/dispatch-rules';

const group = (
  groupRegistration: 'esd_project' | 'hiroba' | 'none',
  groupActiveSince: string,
  receivedOn: string,
) => ({
  groupRegistration,
  groupActiveSince,
  receivedOn,
});

describe('advisor dispatch eligibility', () => {
  it('needs a registered group active for at least the configured years on the day of the request', () => {
    const ok = eligibility(group('hiroba', '2021-06-01', '2022-06-01'), 1);
    expect(ok.eligible).toBe(true);
    expect(ok.checks.map((c) => [c.code, c.ok])).toEqual([
      ['registered', true],
      ['active_one_year', true],
    ]);
  });

  it('is one day short the day before the anniversary', () => {
    const short = eligibility(group('esd_project', '2021-06-01', '2022-05-31'), 1);
    expect(short.eligible).toBe(false);
    expect(short.checks[1]).toMatchObject({ code: 'active_one_year', ok: false });
    expect(short.checks[1]!.messageJa).toContain('2022-06-01');
  });

  it('refuses an unregistered group with its reason, even a long-standing one', () => {
    const r = eligibility(group('none', '2010-04-01', '2022-06-01'), 1);
    expect(r.eligible).toBe(false);
    expect(r.checks[0]).toMatchObject({ code: 'registered', ok: false });
    expect(r.checks[0]!.messageJa).toContain('登録');
    expect(r.checks[1]!.ok).toBe(true);
  });

  it('counts a group that starts after the request as not active', () => {
    expect(eligibility(group('hiroba', '2023-01-01', '2022-06-01'), 0).checks[1]!.ok).toBe(false);
  });

  it('takes the years from the settings', () => {
    expect(eligibility(group('hiroba', '2020-06-01', '2022-05-31'), 2).eligible).toBe(false);
    expect(eligibility(group('hiroba', '2020-06-01', '2022-06-01'), 2).eligible).toBe(true);
  });
});

describe('the follow-up window', () => {
  it('ends the configured months after the session, clamped to the month end', () => {
    expect(followUpUntil('2022-08-28', 2)).toBe('2022-10-28');
    expect(followUpUntil('2022-12-31', 2)).toBe('2023-02-28');
  });

  it('counts whole days left, negative once passed', () => {
    expect(daysUntil('2022-10-01', '2022-10-28')).toBe(27);
    expect(daysUntil('2022-10-28', '2022-10-28')).toBe(0);
    expect(daysUntil('2022-11-02', '2022-10-28')).toBe(-5);
    expect(daysUntil('2023-03-25', '2023-03-27')).toBe(2);
  });
});
