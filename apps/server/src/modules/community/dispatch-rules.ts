import type { Eligibility, GroupRegistration } from '@tsunagu/contracts/community';
import { GROUP_REGISTRATION_LABELS } from '@tsunagu/contracts/community';
import { addMonths } from '@tsunagu/japan';

/**
 * Whether a group may have an advisor (the programme's 対象団体): it is registered (a member of the
 * city's ESD project or on its group directory), and it has been active for at least the configured
 * years on the day the request came in. Each condition is reported with its reason.
 */
export function eligibility(
  group: { groupRegistration: GroupRegistration; groupActiveSince: string; receivedOn: string },
  minActiveYears: number,
): Eligibility {
  const registered = group.groupRegistration !== 'none';
  const yearOld = addMonths(group.groupActiveSince, 12 * minActiveYears);
  const activeLongEnough = group.groupActiveSince <= group.receivedOn && yearOld <= group.receivedOn;
  const checks: Eligibility['checks'] = [
    {
      code: 'registered',
      ok: registered,
      messageJa: registered
        ? `${GROUP_REGISTRATION_LABELS[group.groupRegistration].ja}の団体です`
        : 'ESDプロジェクト参加団体でも団体検索サイト登録団体でもありません',
      messageEn: registered ? 'registered group' : 'not a registered group',
    },
    {
      code: 'active_one_year',
      ok: activeLongEnough,
      messageJa: activeLongEnough
        ? `${minActiveYears}年以上継続して活動しています（${group.groupActiveSince}から）`
        : `活動期間が${minActiveYears}年未満です（${yearOld}で${minActiveYears}年）`,
      messageEn: activeLongEnough
        ? `active for ${minActiveYears} year(s) or more`
        : `active for less than ${minActiveYears} year(s) (reached on ${yearOld})`,
    },
  ];
  return { eligible: checks.every((c) => c.ok), checks };
}

/** The last day a follow-up may be held: the session day plus the configured months. */
export function followUpUntil(sessionOn: string, months: number): string {
  return addMonths(sessionOn, months);
}

/** Whole days from `today` to `until` (negative once passed). */
export function daysUntil(today: string, until: string): number {
  return Math.round((Date.parse(until) - Date.parse(today)) / 86_400_000);
}
