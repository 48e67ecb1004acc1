import type { Me } from '@tsunagu/contracts/auth';

/**
 * Who registers people for participation support: front-line staff of an agency and the programme desk
 * (the server's canRegisterParticipant; it decides, this only hides the button).
 */
export function canRegister(me: Me | null | undefined): boolean {
  if (!me?.user.agencyId) return false;
  return me.user.roles.some((r) =>
    (['agency_staff', 'agency_manager', 'coordinator', 'programme_staff'] as string[]).includes(r),
  );
}
