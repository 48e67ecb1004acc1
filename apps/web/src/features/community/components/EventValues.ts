import type { CommunityProgramme, ProgrammeEvent } from '@tsunagu/contracts/community';
import type { CodeLists } from '@tsunagu/contracts/settings';
import { asArray } from '../../referrals/form-values';
import { blank } from './CommunitySave';
import type { EventValues } from './EventFields';

/**
 * The event form's values as the shared schema reads them: only the chosen kind's counts (empty boxes
 * left out, so they count as 0), the theme and the followed event only where the programme and kind
 * have them, a school district's own welfare district, and the programme (new) or version (edit).
 */
export function eventResolverInput(
  v: EventValues,
  programme: CommunityProgramme,
  lists: CodeLists | undefined,
  event: ProgrammeEvent | null,
) {
  const kind = programme.kinds.find((k) => k.code === v.kindCode);
  const counts: Record<string, number> = {};
  for (const field of kind?.fields ?? []) {
    const raw = (v.counts?.[field.code] ?? '').trim();
    if (raw !== '') counts[field.code] = Number(raw);
  }
  const school = blank(v.schoolDistrictCode);
  const parent = school ? lists?.school_district.find((s) => s.code === school)?.parentCode : null;
  const sessions = v.sessions.trim();
  return {
    kindCode: v.kindCode || undefined,
    title: v.title,
    heldOn: v.heldOn,
    venue: v.venue,
    schoolDistrictCode: school,
    welfareDistrictCode: parent ?? blank(v.welfareDistrictCode),
    themeCode: programme.usesThemes ? blank(v.themeCode) : null,
    professions: programme.usesProfessions ? asArray(v.professions) : [],
    sessions: sessions === '' ? undefined : Number(sessions),
    counts,
    organisationIds: programme.recordsOrganisations ? asArray(v.organisationIds) : [],
    followsEventId: kind?.followsKind ? blank(v.followsEventId) : null,
    note: v.note,
    ...(event ? { version: event.version } : { programmeCode: programme.code }),
  };
}
