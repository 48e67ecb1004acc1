import { useQuery } from '@tanstack/react-query';
import type { Household } from '@tsunagu/contracts/households';
import { householdQuery } from '../households/api';
import { fullName, type Member } from '../households/people';

/** The person and household a consent page shows, as far as they are known. */
export interface ConsentPerson {
  household: Household | undefined;
  member: Member | undefined;
  /** 氏名, or '' when the page was opened without its household. */
  name: string;
}

/**
 * The person's name comes from the household the user came from (`?household=`), which the user's
 * agency can already see; there is no endpoint for a person alone. Without it the pages show no name.
 */
export function useConsentPerson(personId: string, householdId: string | undefined): ConsentPerson {
  const result = useQuery({ ...householdQuery(householdId ?? ''), enabled: !!householdId });
  const member = result.data?.members.find((m) => m.person.id === personId);
  return { household: result.data, member, name: member ? fullName(member.person) : '' };
}
