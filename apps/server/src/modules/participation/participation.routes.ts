import { idParamsSchema } from '@tsunagu/contracts';
import {
  dueFollowUpListSchema,
  dueFollowUpQuerySchema,
  followUpRecordSchema,
  matchCreateSchema,
  matchEndSchema,
  matchPlaceSchema,
  matchTrialSchema,
  type Participant,
  participantAssignSchema,
  participantCloseSchema,
  participantCreateSchema,
  participantLinkCaseSchema,
  participantListQuerySchema,
  participantListSchema,
  participantSchema,
  participantUpdateSchema,
  suggestionListSchema,
  suggestionQuerySchema,
} from '@tsunagu/contracts/participation';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { UserActor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { withErrors } from '../../platform/http/responses';
import { requireUser } from '../../platform/http/session';
import type { App, AppContext } from '../../platform/http/types';
import * as matches from './matches.service';
import * as matching from './matching.service';
import * as participants from './participants.service';

const tags = ['participation'];
const one = withErrors({ 200: participantSchema });
/** 204 when the change ended the actor's own access (handed on elsewhere, or closed). */
const oneOrGone = withErrors({ 200: participantSchema, 204: z.null() });
const orGone = (reply: FastifyReply, p: Participant | null) => (p ? p : reply.status(204).send(null));

/** 参加支援: participants, matching, trials, placements and follow-ups (SPEC M5). */
export function participationRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;
  app.get(
    '/api/participation/participants',
    {
      schema: {
        tags,
        summary: '参加支援の利用者 / Participants',
        querystring: participantListQuerySchema,
        response: withErrors({ 200: participantListSchema }),
      },
    },
    async (req) => participants.listParticipants(db, requireUser(req), req.query),
  );
  app.post(
    '/api/participation/participants',
    {
      schema: {
        tags,
        summary: '利用登録 / Register a participant',
        body: participantCreateSchema,
        response: withErrors({ 201: participantSchema }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await participants.registerParticipant(db, requireUser(req), req.body)),
  );
  app.get(
    '/api/participation/participants/:id',
    { schema: { tags, summary: '利用者 / Participant', params: idParamsSchema, response: one } },
    async (req) => participants.getParticipant(db, requireUser(req), req.params.id),
  );
  app.put(
    '/api/participation/participants/:id',
    {
      schema: {
        tags,
        summary: '利用者の情報を更新 / Update the intake',
        params: idParamsSchema,
        body: participantUpdateSchema,
        response: one,
      },
    },
    async (req) => participants.updateParticipant(db, requireUser(req), req.params.id, req.body),
  );
  app.post(
    '/api/participation/participants/:id/assign',
    {
      schema: {
        tags,
        summary: '振分け・担当者 / Allocate and assign',
        params: idParamsSchema,
        body: participantAssignSchema,
        response: oneOrGone,
      },
    },
    async (req, reply) =>
      orGone(reply, await participants.assignParticipant(db, requireUser(req), req.params.id, req.body)),
  );
  app.post(
    '/api/participation/participants/:id/close',
    {
      schema: {
        tags,
        summary: '支援を終了 / Close',
        params: idParamsSchema,
        body: participantCloseSchema,
        response: oneOrGone,
      },
    },
    async (req, reply) =>
      orGone(reply, await participants.closeParticipant(db, requireUser(req), req.params.id, req.body)),
  );
  app.post(
    '/api/participation/participants/:id/case',
    {
      schema: {
        tags,
        summary: 'ケースにつなぐ / Link to a coordinated case',
        params: idParamsSchema,
        body: participantLinkCaseSchema,
        response: one,
      },
    },
    async (req) => participants.linkCase(db, requireUser(req), req.params.id, req.body),
  );
  app.get(
    '/api/participation/participants/:id/suggestions',
    {
      schema: {
        tags,
        summary: '求人・通いの場の候補 / Suggested openings or places',
        params: idParamsSchema,
        querystring: suggestionQuerySchema,
        response: withErrors({ 200: suggestionListSchema }),
      },
    },
    async (req) => matching.suggestForParticipant(db, requireUser(req), req.params.id, req.query.limit),
  );
  app.get(
    '/api/participation/openings/:id/suggestions',
    {
      schema: {
        tags,
        summary: '求人に合う利用者 / Participants for an opening',
        params: idParamsSchema,
        querystring: suggestionQuerySchema,
        response: withErrors({ 200: suggestionListSchema }),
      },
    },
    async (req) =>
      matching.suggestForTarget(db, requireUser(req), { opening: req.params.id }, req.query.limit),
  );
  app.get(
    '/api/participation/places/:id/suggestions',
    {
      schema: {
        tags,
        summary: '通いの場に合う利用者 / Participants for a place',
        params: idParamsSchema,
        querystring: suggestionQuerySchema,
        response: withErrors({ 200: suggestionListSchema }),
      },
    },
    async (req) => matching.suggestForTarget(db, requireUser(req), { place: req.params.id }, req.query.limit),
  );
  app.post(
    '/api/participation/matches',
    {
      schema: {
        tags,
        summary: 'マッチングを提案 / Propose a match',
        body: matchCreateSchema,
        response: withErrors({ 201: participantSchema }),
      },
    },
    async (req, reply) => reply.status(201).send(await matches.proposeMatch(db, requireUser(req), req.body)),
  );
  const step = <S extends z.ZodType>(
    path: string,
    summary: string,
    body: S,
    run: (db: Db, actor: UserActor, id: string, input: z.infer<S>) => Promise<Participant>,
  ) =>
    app.post(
      `/api/participation/matches/:id/${path}`,
      { schema: { tags, summary, params: idParamsSchema, body, response: one } },
      async (req) => run(db, requireUser(req), req.params.id, req.body as z.infer<S>),
    );
  step('trial', '体験を記録 / Record a trial', matchTrialSchema, matches.recordTrial);
  step('place', '就労・参加開始を記録 / Record the placement', matchPlaceSchema, matches.recordPlacement);
  step('end', '就労・参加の終了 / End the placement', matchEndSchema, matches.endMatch);
  step('decline', '見送り / Decline', matchEndSchema, matches.declineMatch);
  app.post(
    '/api/participation/follow-ups/:id',
    {
      schema: {
        tags,
        summary: '定着支援を記録 / Record a follow-up',
        params: idParamsSchema,
        body: followUpRecordSchema,
        response: one,
      },
    },
    async (req) => matches.recordFollowUp(db, requireUser(req), req.params.id, req.body),
  );
  app.get(
    '/api/participation/follow-ups',
    {
      schema: {
        tags,
        summary: '定着支援の予定 / Follow-ups due',
        querystring: dueFollowUpQuerySchema,
        response: withErrors({ 200: dueFollowUpListSchema }),
      },
    },
    async (req) => matches.dueFollowUps(db, requireUser(req), req.query.days),
  );
}
