import type { ScoreItem, TravelRange, Weekday } from '@tsunagu/contracts/participation';

/** Where something is: its school district and the welfare district that holds it. */
export type Location = { school: string | null; welfare: string | null };

export type SeekerFacts = {
  abilities: readonly string[];
  limits: readonly string[];
  wishedIndustries: readonly string[];
  interests: readonly string[];
  accessibilityNeeds: readonly string[];
  availableDays: readonly string[];
  maxHoursPerWeek: number | null;
  travelRange: TravelRange;
  location: Location;
};

export type OpeningFacts = {
  tasks: readonly string[];
  demands: readonly string[];
  hoursPerWeek: number;
  days: readonly string[];
  industryCode: string;
  location: Location;
};

export type PlaceFacts = {
  interests: readonly string[];
  accessibility: readonly string[];
  days: readonly string[];
  location: Location;
};

/** Code → label, for the explanations (the code itself when the list does not have it). */
export type Labeller = (list: string, code: string) => string;

export type Score = { score: number; items: ScoreItem[]; conflict: boolean };

const WEEKDAY_JA: Record<Weekday, string> = {
  mon: '月',
  tue: '火',
  wed: '水',
  thu: '木',
  fri: '金',
  sat: '土',
  sun: '日',
};

function names(label: Labeller, list: string, codes: readonly string[]) {
  return codes.map((c) => label(list, c)).join('・');
}

function days(codes: readonly string[]) {
  return codes.map((d) => WEEKDAY_JA[d as Weekday] ?? d).join('');
}

/**
 * Distance by district: the same school district is nearest, then the same welfare district, then the
 * rest of the city; the person's travel range caps what counts as reachable.
 */
function distanceItem(seeker: SeekerFacts, at: Location, max: number): ScoreItem {
  const item = (points: number, detail: string): ScoreItem => ({ key: 'distance', points, max, detail });
  if (!at.school || !seeker.location.school)
    return item(Math.round(max / 3), '所在地または本人の小学校区が未登録のため距離を判断できません');
  if (at.school === seeker.location.school) return item(max, '本人と同じ小学校区です');
  const sameWelfare = at.welfare !== null && at.welfare === seeker.location.welfare;
  if (sameWelfare)
    return seeker.travelRange === 'school'
      ? item(0, '同じ福祉区ですが、本人の希望（同じ小学校区まで）より遠くなります')
      : item(Math.round((max * 2) / 3), '本人と同じ福祉区です');
  return seeker.travelRange === 'city'
    ? item(Math.round(max / 3), '別の福祉区です（本人は市内どこでも可）')
    : item(0, '別の福祉区で、本人の通える範囲の外です');
}

/** How well an opening fits a person, item by item (100 points in all). */
export function scoreOpening(seeker: SeekerFacts, opening: OpeningFacts, label: Labeller): Score {
  const items: ScoreItem[] = [];
  const fits = opening.tasks.filter((t) => seeker.abilities.includes(t));
  items.push({
    key: 'tasks',
    max: 35,
    points: opening.tasks.length ? Math.round((35 * fits.length) / opening.tasks.length) : 0,
    detail: fits.length
      ? `業務 ${opening.tasks.length} 件のうち ${fits.length} 件（${names(label, 'job_task', fits)}）が本人のできること・したいことに合います`
      : '切り分けた業務に、本人のできること・したいことに合うものがありません',
  });
  const conflicts = opening.demands.filter((d) => seeker.limits.includes(d));
  items.push({
    key: 'limits',
    max: 20,
    points: conflicts.length ? 0 : 20,
    detail: conflicts.length
      ? `本人の制約に当たります：${names(label, 'work_demand', conflicts)}`
      : '本人の制約に当たる作業はありません',
  });
  const hoursShare =
    seeker.maxHoursPerWeek === null ? 1 : Math.min(1, seeker.maxHoursPerWeek / opening.hoursPerWeek);
  const unavailable =
    seeker.availableDays.length && opening.days.length
      ? opening.days.filter((d) => !seeker.availableDays.includes(d))
      : [];
  const dayShare = opening.days.length ? 1 - unavailable.length / opening.days.length : 1;
  const hoursText =
    seeker.maxHoursPerWeek === null
      ? `週${opening.hoursPerWeek}時間（本人の希望時間の指定なし）`
      : hoursShare >= 1
        ? `週${opening.hoursPerWeek}時間で、本人の希望（週${seeker.maxHoursPerWeek}時間まで）に収まります`
        : `週${opening.hoursPerWeek}時間で、本人の希望（週${seeker.maxHoursPerWeek}時間まで）を超えます`;
  items.push({
    key: 'hours',
    max: 20,
    points: Math.round(20 * hoursShare * dayShare),
    detail: unavailable.length ? `${hoursText}。${days(unavailable)}曜日は本人が働けません` : hoursText,
  });
  items.push(distanceItem(seeker, opening.location, 15));
  const industry = label('industry', opening.industryCode);
  items.push(
    seeker.wishedIndustries.length === 0
      ? { key: 'wishes', max: 10, points: 5, detail: `業種は${industry}（本人の希望業種の指定なし）` }
      : seeker.wishedIndustries.includes(opening.industryCode)
        ? { key: 'wishes', max: 10, points: 10, detail: `本人の希望する業種（${industry}）です` }
        : { key: 'wishes', max: 10, points: 0, detail: `本人の希望する業種ではありません（${industry}）` },
  );
  return total(items, conflicts.length > 0);
}

/** How well a place to go fits a person, item by item (100 points in all). */
export function scorePlace(seeker: SeekerFacts, place: PlaceFacts, label: Labeller): Score {
  const items: ScoreItem[] = [];
  const shared = place.interests.filter((i) => seeker.interests.includes(i));
  items.push(
    seeker.interests.length === 0
      ? { key: 'interests', max: 40, points: 20, detail: '本人の関心の登録がありません' }
      : {
          key: 'interests',
          max: 40,
          points: Math.round((40 * shared.length) / seeker.interests.length),
          detail: shared.length
            ? `本人の関心 ${seeker.interests.length} 件のうち ${shared.length} 件（${names(label, 'interest', shared)}）に合います`
            : '本人の関心に合う活動がありません',
        },
  );
  items.push(distanceItem(seeker, place.location, 30));
  const together = place.days.filter((d) => seeker.availableDays.includes(d));
  items.push(
    seeker.availableDays.length === 0 || place.days.length === 0
      ? { key: 'days', max: 20, points: 10, detail: '開催日または本人の都合のよい曜日が未登録です' }
      : together.length
        ? { key: 'days', max: 20, points: 20, detail: `${days(together)}曜日に本人が参加できます` }
        : { key: 'days', max: 20, points: 0, detail: '開催日に本人の都合のよい曜日がありません' },
  );
  const missing = seeker.accessibilityNeeds.filter((a) => !place.accessibility.includes(a));
  items.push({
    key: 'access',
    max: 10,
    points: missing.length ? 0 : 10,
    detail: missing.length
      ? `本人に必要な配慮がありません：${names(label, 'accessibility', missing)}`
      : seeker.accessibilityNeeds.length
        ? '本人に必要な配慮があります'
        : '本人に必要な配慮の登録はありません',
  });
  return total(items, missing.length > 0);
}

function total(items: ScoreItem[], conflict: boolean): Score {
  return { score: items.reduce((s, i) => s + i.points, 0), items, conflict };
}

/** Best first: conflicts last, then by score, then by name. */
export function rank<T extends { score: number; conflict: boolean; name: string }>(list: T[]): T[] {
  return [...list].sort(
    (a, b) =>
      Number(a.conflict) - Number(b.conflict) || b.score - a.score || a.name.localeCompare(b.name, 'ja'),
  );
}
