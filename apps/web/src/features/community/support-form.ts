import type { DispatchRequest } from '@tsunagu/contracts/community';
import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { type Busy, type RecordDialogProps, useCommunitySave } from './components/CommunitySave';
import { refreshSupport } from './support-api';

export { type Busy, blank, type RecordDialogProps as SupportDialogProps } from './components/CommunitySave';

/** A number box: '' → NaN (which the schema refuses with its own words), otherwise the number. */
export const numberOf = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));

function isDispatch(value: unknown): value is DispatchRequest {
  return typeof value === 'object' && value !== null && 'eligibility' in value && 'followUps' in value;
}

/**
 * The record forms' save (useCommunitySave) for the support pages: a saved dispatch request is put
 * in place at once, and the other lists are read again.
 */
export function useSupportSave<V extends FieldValues>(
  props: Pick<RecordDialogProps, 'onClose'> & Busy,
  setError: UseFormSetError<V>,
) {
  return useCommunitySave(
    {
      ...props,
      refresh: (queryClient, saved) => refreshSupport(queryClient, isDispatch(saved) ? saved : undefined),
    },
    setError,
  );
}
