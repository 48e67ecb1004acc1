import { tenantSettingsSchema } from '@tsunagu/contracts/settings';
import { describe, expect, it } from 'vitest';
import { isOverdue, referralDeadlines } from '../../src/modules/referrals/referral-deadlines';

const defaults = tenantSettingsSchema.parse({}); // accept within 2 business days, escalate after 5

describe('referral deadlines in business days (Asia/Tokyo)', () => {
  it.each([
    // sent at (UTC)            accept due    escalate due   why
    ['2025-05-02T01:00:00Z', '2025-05-08', '2025-05-13', 'Golden Week: 5/3–5/6 (振替休日 5/6) skipped'],
    ['2025-05-01T15:30:00Z', '2025-05-08', '2025-05-13', '00:30 on 5/2 in Japan counts as 5/2'],
    ['2025-12-26T01:00:00Z', '2026-01-06', '2026-01-09', 'New Year: 12/29–1/3 closed, then the weekend'],
    ['2026-01-09T01:00:00Z', '2026-01-14', '2026-01-19', '成人の日 (1/12) skipped'],
    ['2026-11-27T01:00:00Z', '2026-12-01', '2026-12-04', 'an ordinary Friday'],
  ])('sent %s → accept by %s, escalate after %s (%s)', (sentAt, acceptDueOn, escalateDueOn) => {
    expect(referralDeadlines(new Date(sentAt), defaults)).toEqual({ acceptDueOn, escalateDueOn });
  });

  it('counts 12/29–12/31 as open when the tenant does not close at year end', () => {
    const open = { ...defaults, yearEndClosure: false };
    expect(referralDeadlines(new Date('2025-12-26T01:00:00Z'), open).acceptDueOn).toBe('2025-12-30');
  });

  it('follows the tenant’s N and M', () => {
    const custom = { ...defaults, referralAcceptBusinessDays: 1, referralAutoEscalateBusinessDays: 10 };
    expect(referralDeadlines(new Date('2025-05-02T01:00:00Z'), custom)).toEqual({
      acceptDueOn: '2025-05-07',
      escalateDueOn: '2025-05-20',
    });
  });

  it('is overdue only while nobody owns it and only after the whole deadline day', () => {
    const r = { state: 'sent', acceptDueOn: '2025-05-08' };
    expect(isOverdue(r, '2025-05-08')).toBe(false);
    expect(isOverdue(r, '2025-05-09')).toBe(true);
    expect(isOverdue({ ...r, state: 'received' }, '2025-05-09')).toBe(true);
    expect(isOverdue({ ...r, state: 'accepted' }, '2025-05-09')).toBe(false);
    expect(isOverdue({ ...r, state: 'escalated' }, '2025-05-09')).toBe(false);
  });
});
