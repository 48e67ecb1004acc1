import { randomUUID } from 'node:crypto';
import type {
  CommunityProgramme,
  EventInput,
  EventList,
  EventListQuery,
  EventUpdate,
  ProgrammeEvent,
  ProgrammeTotals,
} from '@tsunagu/contracts/community';
import type { CodeLists } from '@tsunagu/contracts/settings';
import { fiscalYearOf } from '@tsunagu/japan';
import { programmeEvents } from '../../db/schema';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db, Tx } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';
import { updateAtVersion } from '../../platform/db/versioned';
import { AppError, assertThat } from '../../platform/errors';
import { assertCodes } from '../settings/code-checks';
import { getCodeLists } from '../settings/settings.service';
import {
  assertWritesCommunity,
  assertYearRange,
  getProgramme,
  kindsOf,
  listProgrammes,
  type ProgrammeRow,
  programmeForBody,
  writesCommunity,
} from './community-config';
import * as repo from './events.repository';

/** The programmes with their kinds and whether the actor records their events. */
export async function listCommunityProgrammes(
  db: Db,
  actor: UserActor,
): Promise<{ items: CommunityProgramme[] }> {
  const lists = await getCodeLists(db, actor);
  const rows = await runAs(db, actor, async (tx) => {
    // One query at a time: a transaction is one connection.
    const out: { p: ProgrammeRow; canWrite: boolean }[] = [];
    for (const p of await listProgrammes(tx))
      out.push({ p, canWrite: await writesCommunity(tx, p.divisionCode) });
    return out;
  });
  const divisionName = (code: string) => lists.division.find((d) => d.code === code)?.labelJa ?? code;
  return {
    items: rows.map(({ p, canWrite }) => ({
      code: p.code,
      nameJa: p.nameJa,
      nameEn: p.nameEn,
      divisionCode: p.divisionCode,
      divisionName: divisionName(p.divisionCode),
      policyNo: p.policyNo,
      usesThemes: p.usesThemes,
      usesProfessions: p.usesProfessions,
      recordsOrganisations: p.recordsOrganisations,
      // The metric tags are configuration for the figures, not for screens.
      kinds: kindsOf(p).map(({ fields, ...k }) => ({
        ...k,
        fields: fields.map(({ code, nameJa, nameEn }) => ({ code, nameJa, nameEn })),
      })),
      canWrite,
    })),
  };
}

async function present(tx: Tx, rows: repo.EventRow[]): Promise<ProgrammeEvent[]> {
  const orgs = await repo.organisationsOf(
    tx,
    rows.map((r) => r.id),
  );
  const followed = new Map(
    (
      await repo.eventsByIds(
        tx,
        rows.flatMap((r) => (r.followsEventId ? [r.followsEventId] : [])),
      )
    ).map((e) => [e.id, e]),
  );
  return rows.map((r) => {
    const f = r.followsEventId ? followed.get(r.followsEventId) : undefined;
    return {
      id: r.id,
      version: r.version,
      programmeCode: r.programmeCode,
      kindCode: r.kindCode,
      title: r.title,
      heldOn: r.heldOn,
      fiscalYear: fiscalYearOf(r.heldOn),
      venue: r.venue,
      schoolDistrictCode: r.schoolDistrictCode,
      welfareDistrictCode: r.welfareDistrictCode,
      themeCode: r.themeCode,
      professions: r.professions,
      sessions: r.sessions,
      counts: r.counts as Record<string, number>,
      organisations: orgs.get(r.id) ?? [],
      follows: f ? { id: f.id, title: f.title, heldOn: f.heldOn } : null,
      note: r.note,
    };
  });
}

/** Checks an event against its programme's configuration; returns the welfare district to store. */
async function checkEvent(
  tx: Tx,
  lists: CodeLists,
  p: ProgrammeRow,
  input: Omit<EventInput, 'programmeCode'>,
  selfId: string | null,
): Promise<string | null> {
  const issue = (path: string, message: string) =>
    new AppError('validation_failed', undefined, [{ path, message }]);
  const kind = kindsOf(p).find((k) => k.code === input.kindCode);
  if (!kind) throw issue('body.kindCode', 'この事業にない種別です / not a kind of this programme');
  const fields = new Set(kind.fields.map((f) => f.code));
  for (const key of Object.keys(input.counts))
    if (!fields.has(key))
      throw issue(`body.counts.${key}`, 'この種別にない項目です / not a field of this kind');
  if (p.usesThemes && !input.themeCode)
    throw issue('body.themeCode', 'テーマを選んでください / choose a theme');
  if (!p.usesThemes && input.themeCode)
    throw issue('body.themeCode', 'この事業にテーマはありません / no themes here');
  if (!p.usesProfessions && input.professions.length)
    throw issue('body.professions', 'この事業に対象職種はありません / no professions here');
  if (!p.recordsOrganisations && input.organisationIds.length)
    throw issue('body.organisationIds', 'この事業は参加団体を記録しません / no organisations here');
  assertCodes(lists, [
    ['community_theme', [input.themeCode], 'body.themeCode'],
    ['profession', input.professions, 'body.professions'],
    ['school_district', [input.schoolDistrictCode], 'body.schoolDistrictCode'],
    ['welfare_district', [input.welfareDistrictCode], 'body.welfareDistrictCode'],
  ]);
  const parent = lists.school_district.find((s) => s.code === input.schoolDistrictCode)?.parentCode ?? null;
  if (parent && input.welfareDistrictCode && parent !== input.welfareDistrictCode)
    throw issue('body.welfareDistrictCode', '小学校区と福祉区が合いません / the districts do not match');
  const known = await repo.existingOrganisations(tx, input.organisationIds);
  if (input.organisationIds.some((id) => !known.has(id)))
    throw issue('body.organisationIds', '登録されていない団体があります / unknown organisation');
  if (input.followsEventId) {
    const earlier = await repo.findEvent(tx, input.followsEventId);
    if (
      !kind.followsKind ||
      !earlier ||
      earlier.id === selfId ||
      earlier.programmeCode !== p.code ||
      earlier.kindCode !== kind.followsKind ||
      earlier.heldOn > input.heldOn
    )
      throw issue(
        'body.followsEventId',
        '対象の講座等が正しくありません / not an earlier event this follows',
      );
  }
  return input.welfareDistrictCode ?? parent;
}

export async function recordEvent(db: Db, actor: UserActor, input: EventInput): Promise<ProgrammeEvent> {
  const lists = await getCodeLists(db, actor);
  const id = randomUUID();
  return runAs(db, actor, async (tx) => {
    const p = await programmeForBody(tx, input.programmeCode, 'body.programmeCode');
    await assertWritesCommunity(tx, p.divisionCode);
    const welfareDistrictCode = await checkEvent(tx, lists, p, input, null);
    const { organisationIds, ...fields } = input;
    await repo.insertEvent(tx, {
      ...fields,
      id,
      welfareDistrictCode,
      tenantId: actor.tenantId,
      divisionCode: p.divisionCode,
      createdBy: actor.userId,
    });
    await repo.setOrganisations(tx, actor.tenantId, id, p.divisionCode, organisationIds);
    await recordAudit(tx, actor, {
      action: 'programme_event.recorded',
      entityType: 'programme_event',
      entityId: id,
      payload: { programmeCode: p.code },
    });
    return (await present(tx, [(await repo.findEvent(tx, id))!]))[0]!;
  });
}

export async function updateEvent(
  db: Db,
  actor: UserActor,
  id: string,
  input: EventUpdate,
): Promise<ProgrammeEvent> {
  const lists = await getCodeLists(db, actor);
  return runAs(db, actor, async (tx) => {
    const row = await repo.findEvent(tx, id);
    assertThat(row, 'not_found');
    const p = await getProgramme(tx, row.programmeCode);
    await assertWritesCommunity(tx, p.divisionCode);
    const welfareDistrictCode = await checkEvent(tx, lists, p, input, id);
    const { version, organisationIds, ...fields } = input;
    assertThat(
      await updateAtVersion(tx, programmeEvents, id, version, { ...fields, welfareDistrictCode }),
      'version_conflict',
    );
    await repo.setOrganisations(tx, actor.tenantId, id, p.divisionCode, organisationIds);
    await recordAudit(tx, actor, {
      action: 'programme_event.updated',
      entityType: 'programme_event',
      entityId: id,
      payload: { programmeCode: p.code, fields: Object.keys(fields) },
    });
    return (await present(tx, [(await repo.findEvent(tx, id))!]))[0]!;
  });
}

export function getEvent(db: Db, actor: UserActor, id: string): Promise<ProgrammeEvent> {
  return runAs(db, actor, async (tx) => {
    const row = await repo.findEvent(tx, id);
    assertThat(row, 'not_found');
    return (await present(tx, [row]))[0]!;
  });
}

/** One programme's events, filtered and paged, with the totals over the whole filtered list. */
export function listEvents(db: Db, actor: UserActor, code: string, q: EventListQuery): Promise<EventList> {
  const { limit, offset, ...filters } = q;
  return runAs(db, actor, async (tx) => {
    await getProgramme(tx, code);
    const rows = await repo.listEvents(tx, code, filters, { limit, offset });
    const totals = await repo.totalsOf(tx, code, filters);
    return { items: await present(tx, rows), total: totals.events, totals };
  });
}

/** Every event of the filtered list (for the workbook), with the programme. */
export function eventsForExport(
  db: Db,
  actor: UserActor,
  code: string,
  q: Omit<EventListQuery, 'limit' | 'offset'>,
) {
  return runAs(db, actor, async (tx) => {
    const programme = await getProgramme(tx, code);
    const items = await present(tx, await repo.listEvents(tx, code, q));
    await recordAudit(tx, actor, {
      action: 'programme_event.exported',
      entityType: 'programme_event',
      entityId: null,
      payload: { programmeCode: code, count: items.length },
    });
    return { programme, items, totals: await repo.totalsOf(tx, code, q) };
  });
}

/** A programme's totals per 年度 (default: the last five), per kind and per theme. */
export function programmeTotals(
  db: Db,
  actor: UserActor,
  code: string,
  q: { from?: number | undefined; to?: number | undefined },
): Promise<ProgrammeTotals> {
  const to = q.to ?? fiscalYearOf(new Date());
  const from = q.from ?? to - 4;
  assertYearRange(from, to);
  return runAs(db, actor, async (tx) => {
    await getProgramme(tx, code);
    const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    return { programmeCode: code, years, ...(await repo.totalsByYear(tx, code, from, to)) };
  });
}
