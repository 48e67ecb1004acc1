import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../config';
import type { Db } from '../db/database';
import type { MailSender } from '../mail/mail';

/** The Fastify instance with zod schemas as its type provider. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What route modules need from the outside. */
export type AppContext = {
  db: Db;
  config: Config;
  /** The tenant the public pages show (the deployment's default tenant). */
  publicTenantId: string;
  /** Notification e-mails. */
  mail: MailSender;
};
