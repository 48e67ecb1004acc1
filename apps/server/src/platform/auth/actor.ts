import type { Role } from '@tsunagu/contracts';

/** A signed-in user acting through a session. Every service function receives one. */
export type UserActor = {
  kind: 'user';
  tenantId: string;
  userId: string;
  sessionId: string;
  agencyId: string | null;
  divisionCode: string | null;
  roles: readonly Role[];
  ip?: string | undefined;
};

/** Someone without a session on a public page: sees only what the tenant publishes. */
export type PublicActor = { kind: 'public'; tenantId: string; ip?: string | undefined };

export type Actor = UserActor | PublicActor;

/** True when the actor holds any of the roles. */
export function hasRole(actor: Actor, ...roles: Role[]): actor is UserActor {
  return actor.kind === 'user' && actor.roles.some((r) => roles.includes(r));
}
