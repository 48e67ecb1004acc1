import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { Participant } from '@tsunagu/contracts/participation';
import { useCallback } from 'react';
import { useToast } from '../../components/Toast';
import { type ChangeAnswer, participantQuery, refreshParticipation } from './api';

/**
 * Takes a change's answer (the participant as they are now): it replaces the cached participant, the
 * user hears `message`, and the lists, suggestions and figures that may show them are read again.
 */
export function useParticipantUpdate() {
  const queryClient = useQueryClient();
  const notify = useToast();
  const apply = useCallback(
    async (participant: Participant, message: string) => {
      notify(message);
      await refreshParticipation(queryClient, participant);
    },
    [queryClient, notify],
  );
  const navigate = useNavigate();
  /**
   * An allocation or close answered: the participant as they are now, or — when the change ended the
   * user's own access — back to the list, saying so.
   */
  const settle = useCallback(
    async (answer: ChangeAnswer, message: string, goneMessage: string) => {
      if (answer !== 'gone') return apply(answer, message);
      notify(goneMessage);
      await refreshParticipation(queryClient);
      await navigate({ to: '/staff/participation' });
    },
    [apply, notify, queryClient, navigate],
  );
  /** After a 409 the page loads the participant again, so the user sees what changed. */
  const reload = useCallback(
    (id: string) => void queryClient.invalidateQueries({ queryKey: participantQuery(id).queryKey }),
    [queryClient],
  );
  return { apply, settle, reload };
}

/**
 * Moves focus to an element (a heading with tabIndex -1) once the page shows the change, so keyboard
 * and screen-reader users are not left on a button that the change removed.
 */
export function focusById(id: string) {
  window.requestAnimationFrame(() => document.getElementById(id)?.focus());
}
