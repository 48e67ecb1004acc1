import { randomUUID } from 'node:crypto';
import type {
  Board,
  BoardMatch,
  BoardMatchInput,
  BoardPost,
  BoardPostInput,
} from '@tsunagu/contracts/community';
import { boardPosts } from '../../db/schema';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db, Tx } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';
import { updateAtVersion } from '../../platform/db/versioned';
import { AppError, assertThat, invalidField, stateConflict } from '../../platform/errors';
import { assertCodes } from '../settings/code-checks';
import { getCodeLists } from '../settings/settings.service';
import { assertWritesCommunity, sectionDivision, writesCommunity } from './community-config';
import * as repo from './registries.repository';

function presentPost(p: repo.PostRow, organisationName: string | null): BoardPost {
  return {
    id: p.id,
    version: p.version,
    kind: p.kind as BoardPost['kind'],
    title: p.title,
    body: p.body,
    fieldCode: p.fieldCode,
    schoolDistrictCode: p.schoolDistrictCode,
    organisationId: p.organisationId,
    organisationName,
    postedBy: p.postedBy,
    postedOn: p.postedOn,
    status: p.status as BoardPost['status'],
  };
}

async function loadPost(tx: Tx, id: string) {
  const row = await repo.findPost(tx, id);
  assertThat(row, 'not_found');
  const org = row.organisationId ? await repo.findOrganisation(tx, row.organisationId) : undefined;
  return presentPost(row, org?.name ?? null);
}

/** The 社会福祉法人 ↔ community matching board: needs, offers and the matches made. */
export function getBoard(
  db: Db,
  actor: UserActor,
  q: { status?: string | undefined; field?: string | undefined },
): Promise<Board> {
  return runAs(db, actor, async (tx) => {
    const posts = (await repo.listPosts(tx, q)).map((r) => presentPost(r.post, r.organisationName));
    const matches: BoardMatch[] = (await repo.listMatches(tx)).map((m) => ({
      id: m.id,
      needPostId: m.need_post_id,
      needTitle: m.need_title,
      offerPostId: m.offer_post_id,
      offerTitle: m.offer_title,
      organisationName: m.organisation_name ?? '',
      agreedOn: String(m.agreed_on).slice(0, 10),
      note: m.note,
    }));
    return {
      needs: posts.filter((p) => p.kind === 'need'),
      offers: posts.filter((p) => p.kind === 'offer'),
      matches,
      abilities: { edit: await writesCommunity(tx, await sectionDivision(tx, actor.tenantId, 'board')) },
    };
  });
}

export async function savePost(
  db: Db,
  actor: UserActor,
  id: string | null,
  input: BoardPostInput & { version?: number },
): Promise<BoardPost> {
  assertCodes(await getCodeLists(db, actor), [
    ['board_field', [input.fieldCode], 'body.fieldCode'],
    ['school_district', [input.schoolDistrictCode], 'body.schoolDistrictCode'],
  ]);
  const { version, ...fields } = input;
  const target = id ?? randomUUID();
  return runAs(db, actor, async (tx) => {
    const divisionCode = await sectionDivision(tx, actor.tenantId, 'board');
    await assertWritesCommunity(tx, divisionCode);
    if (fields.organisationId && !(await repo.findOrganisation(tx, fields.organisationId)))
      throw invalidField('body.organisationId', '登録されていない法人・企業です / unknown organisation');
    if (id === null)
      await tx.insert(boardPosts).values({ ...fields, id: target, tenantId: actor.tenantId, divisionCode });
    else {
      const row = await repo.findPost(tx, id);
      assertThat(row, 'not_found');
      if (row.kind !== fields.kind)
        throw invalidField('body.kind', '種別は変更できません / the kind cannot change');
      assertThat(await updateAtVersion(tx, boardPosts, id, version ?? 0, fields), 'version_conflict');
    }
    await recordAudit(tx, actor, {
      action: id === null ? 'board_post.created' : 'board_post.updated',
      entityType: 'board_post',
      entityId: target,
      payload: id === null ? {} : { fields: Object.keys(fields) },
    });
    return loadPost(tx, target);
  });
}

export function closePost(db: Db, actor: UserActor, id: string, version: number): Promise<BoardPost> {
  return runAs(db, actor, async (tx) => {
    await assertWritesCommunity(tx, await sectionDivision(tx, actor.tenantId, 'board'));
    const row = await repo.findPost(tx, id);
    assertThat(row, 'not_found');
    if (row.version !== version) throw new AppError('version_conflict');
    if (!(await repo.setPostStatus(tx, [id], 'closed')))
      throw stateConflict('募集中の掲示だけを終了できます', 'only an open post can be closed');
    await recordAudit(tx, actor, {
      action: 'board_post.closed',
      entityType: 'board_post',
      entityId: id,
      payload: {},
    });
    return loadPost(tx, id);
  });
}

/** Matches an open need with an open offer: both become matched, the offering organisation takes part. */
export function matchPosts(db: Db, actor: UserActor, input: BoardMatchInput): Promise<BoardMatch> {
  return runAs(db, actor, async (tx) => {
    const divisionCode = await sectionDivision(tx, actor.tenantId, 'board');
    await assertWritesCommunity(tx, divisionCode);
    const need = await repo.findPost(tx, input.needPostId);
    const offer = await repo.findPost(tx, input.offerPostId);
    if (need?.kind !== 'need')
      throw invalidField('body.needPostId', '地域のニーズを選んでください / choose a need');
    if (offer?.kind !== 'offer')
      throw invalidField('body.offerPostId', '法人の提供を選んでください / choose an offer');
    if (need.status !== 'open' || offer.status !== 'open')
      throw stateConflict('募集中の掲示どうしだけをマッチングできます', 'both posts must be open');
    const id = randomUUID();
    if (
      !(await repo.insertMatch(tx, {
        ...input,
        id,
        tenantId: actor.tenantId,
        divisionCode,
        createdBy: actor.userId,
      }))
    )
      throw new AppError('version_conflict');
    await repo.setPostStatus(tx, [need.id, offer.id], 'matched');
    await recordAudit(tx, actor, {
      action: 'board.matched',
      entityType: 'board_match',
      entityId: id,
      payload: {},
    });
    const m = (await repo.listMatches(tx)).find((x) => x.id === id)!;
    return {
      id,
      needPostId: need.id,
      needTitle: need.title,
      offerPostId: offer.id,
      offerTitle: offer.title,
      organisationName: m.organisation_name ?? '',
      agreedOn: input.agreedOn,
      note: input.note,
    };
  });
}
