import { randomUUID } from 'node:crypto';
import type { CaseOutcome, Story, StoryState, StoryUpdate } from '@tsunagu/contracts/cases';
import { recordAudit } from '../../platform/audit/audit';
import { hasRole, type UserActor } from '../../platform/auth/actor';
import type { Db, Tx } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';
import { AppError, assertThat, stateConflict } from '../../platform/errors';
import { canPublishStory, isCoordinator } from '../cases/cases.policy';
import { composeStory, scanWarnings, scanWordsOf } from './anonymise';
import * as repo from './library.repository';
import { readStorySource } from './story-source';

const isEditor = (actor: UserActor) => hasRole(actor, 'coordinator', 'admin');

function present(actor: UserActor, r: repo.ListedStory): Story {
  const s = r.story;
  const warnings = scanWarnings(`${s.title}\n${s.body}`, s.scanWords);
  return {
    id: s.id,
    version: s.version,
    state: s.state as StoryState,
    title: s.title,
    body: s.body,
    fiscalYear: s.fiscalYear,
    welfareDistrict: s.welfareDistrict,
    problemFields: s.problemFields,
    agencyKinds: s.agencyKinds,
    outcome: s.outcome as CaseOutcome | null,
    caseId: isCoordinator(actor) ? s.caseId : null,
    author: r.author,
    reviewer: r.reviewerName,
    publishedAt: s.publishedAt?.toISOString() ?? null,
    warnings,
    abilities: {
      edit: isEditor(actor) && s.state === 'draft',
      submit: isCoordinator(actor) && s.state === 'draft',
      publish: canPublishStory(actor, s.authorId) && s.state === 'in_review',
      return: isEditor(actor) && s.state === 'in_review',
    },
  };
}

/**
 * Makes the anonymised draft story of a closed coordinated case (the coordinator, once per case):
 * names replaced, dates to 年度, ages to decades, places to the welfare district.
 */
export async function createStory(db: Db, actor: UserActor, caseId: string) {
  assertThat(isCoordinator(actor), 'forbidden');
  return runAs(db, actor, async (tx) => {
    const { detail, source, problemCodes, agencyKinds } = await readStorySource(tx, actor, caseId);
    if (detail.stage !== 'closed' || detail.kind !== 'coordinated')
      throw stateConflict(
        '事例集に載せられるのは終結した支援調整ケースだけです。',
        'Only a closed coordinated case can become a story.',
      );
    if (await repo.findStoryOfCase(tx, caseId))
      throw stateConflict('このケースの事例はすでにあります。', 'This case already has a story.');
    const story = composeStory(source);
    const id = randomUUID();
    await repo.insertStory(tx, {
      id,
      tenantId: actor.tenantId,
      caseId,
      state: 'draft',
      ...story,
      welfareDistrict: source.welfareDistrict,
      problemFields: problemCodes,
      agencyKinds,
      outcome: detail.outcome,
      scanWords: scanWordsOf(source),
      authorId: actor.userId,
    });
    await recordAudit(tx, actor, {
      action: 'story.created',
      entityType: 'case_story',
      entityId: id,
      payload: { state: 'draft' },
    });
    return { id };
  });
}

export async function listStories(
  db: Db,
  actor: UserActor,
  q: {
    problemField?: string | undefined;
    agencyKind?: string | undefined;
    q?: string | undefined;
    state?: StoryState | undefined;
  },
) {
  const rows = await runAs(db, actor, (tx) => repo.listStories(tx, q));
  return {
    items: rows.map((r) => {
      const { body: _body, ...rest } = present(actor, r);
      return rest;
    }),
  };
}

async function readStory(tx: Tx, actor: UserActor, id: string) {
  const r = await repo.findStory(tx, id);
  assertThat(r, 'not_found');
  return present(actor, r);
}

/** One story: published ones for all staff; drafts for coordinators and admins (else 404). */
export async function getStory(db: Db, actor: UserActor, id: string) {
  return runAs(db, actor, async (tx) => {
    const story = await readStory(tx, actor, id);
    await recordAudit(tx, actor, {
      action: 'story.viewed',
      entityType: 'case_story',
      entityId: id,
      payload: { state: story.state },
    });
    return story;
  });
}

function refuseWarnings(story: Story) {
  if (story.warnings.length)
    throw new AppError('unprocessable', { warnings: story.warnings }, undefined, {
      ja: `ケースの氏名・住所などが残っています：${story.warnings.join('、')}。書き換えてから進めてください。`,
      en: `Names or places of the case remain: ${story.warnings.join(', ')}. Rewrite them first.`,
    });
}

async function move(
  db: Db,
  actor: UserActor,
  id: string,
  version: number,
  step: 'submit' | 'publish' | 'return' | { edit: StoryUpdate },
) {
  return runAs(db, actor, async (tx) => {
    const before = await readStory(tx, actor, id);
    const raw = (await repo.findStory(tx, id))!.story;
    let from: StoryState[];
    let set: Parameters<typeof repo.updateStory>[4];
    if (typeof step === 'object') {
      assertThat(before.abilities.edit, before.state === 'draft' ? 'forbidden' : 'conflict');
      from = ['draft'];
      set = {
        title: step.edit.title,
        body: step.edit.body,
        problemFields: step.edit.problemFields,
        agencyKinds: step.edit.agencyKinds,
      };
    } else if (step === 'submit') {
      assertThat(isCoordinator(actor), 'forbidden');
      refuseWarnings(before);
      from = ['draft'];
      set = { state: 'in_review' };
    } else if (step === 'publish') {
      assertThat(canPublishStory(actor, raw.authorId), 'forbidden');
      refuseWarnings(before);
      from = ['in_review'];
      // A published story is read by all staff: the words it was scanned for (names) go with publication.
      set = { state: 'published', reviewerId: actor.userId, publishedAt: new Date(), scanWords: [] };
    } else {
      assertThat(isEditor(actor), 'forbidden');
      from = ['in_review'];
      set = { state: 'draft', reviewerId: actor.userId };
    }
    if (!(await repo.updateStory(tx, id, from, version, set)))
      throw before.version !== version
        ? new AppError('version_conflict')
        : stateConflict(
            'この事例は現在の状態ではその操作ができません。',
            'The story cannot do that in its current state.',
          );
    const after = await readStory(tx, actor, id);
    await recordAudit(tx, actor, {
      action: 'story.changed',
      entityType: 'case_story',
      entityId: id,
      payload: { state: after.state },
    });
    return after;
  });
}

export const updateStory = (db: Db, actor: UserActor, id: string, input: StoryUpdate) =>
  move(db, actor, id, input.version, { edit: input });
export const submitStory = (db: Db, actor: UserActor, id: string, version: number) =>
  move(db, actor, id, version, 'submit');
export const publishStory = (db: Db, actor: UserActor, id: string, version: number) =>
  move(db, actor, id, version, 'publish');
export const returnStory = (db: Db, actor: UserActor, id: string, version: number) =>
  move(db, actor, id, version, 'return');
