import { idParamsSchema } from '@tsunagu/contracts';
import {
  acknowledgeSchema,
  meetingCreateSchema,
  meetingDetailSchema,
  meetingListSchema,
  meetingMinutesSchema,
  meetingVersionSchema,
} from '@tsunagu/contracts/meetings';
import { z } from 'zod';
import { actionRoutes } from '../../platform/http/actions';
import { withErrors } from '../../platform/http/responses';
import { requireUser } from '../../platform/http/session';
import type { App, AppContext } from '../../platform/http/types';
import * as meetings from './meetings.service';

const tags = ['meetings'];

/** Meetings: plan, read (attendees through the meeting context), acknowledge, record, close. */
export function meetingRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;
  app.post(
    '/api/meetings',
    {
      schema: {
        tags,
        summary: '会議を登録 / Plan a meeting',
        body: meetingCreateSchema,
        response: withErrors({ 201: z.object({ id: z.uuid() }) }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await meetings.createMeeting(db, requireUser(req), req.body)),
  );
  app.get(
    '/api/meetings',
    { schema: { tags, summary: '会議一覧 / Meetings', response: withErrors({ 200: meetingListSchema }) } },
    async (req) => meetings.listMeetings(db, requireUser(req)),
  );
  app.get(
    '/api/meetings/:id',
    {
      schema: {
        tags,
        summary: '会議 / A meeting',
        params: idParamsSchema,
        response: withErrors({ 200: meetingDetailSchema }),
      },
    },
    async (req) => meetings.getMeeting(db, requireUser(req), req.params.id),
  );
  const act = actionRoutes(app, {
    base: '/api/meetings',
    tags,
    response: meetingDetailSchema,
    read: (actor, id) => meetings.getMeeting(db, actor, id),
  });
  act('acknowledge', '守秘義務の確認を記録 / Acknowledge secrecy', acknowledgeSchema, (a, id, b) =>
    meetings.acknowledgeSecrecy(db, a, id, b.attendeeId),
  );
  act('minutes', '会議録を記録 / Record the minutes', meetingMinutesSchema, (a, id, b) =>
    meetings.recordMinutes(db, a, id, b),
  );
  act('close', '会議録を確定 / Close the meeting', meetingVersionSchema, (a, id, b) =>
    meetings.closeMeeting(db, a, id, b.version),
  );
}
