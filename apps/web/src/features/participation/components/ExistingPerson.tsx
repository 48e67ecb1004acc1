import { useQuery } from '@tanstack/react-query';
import { Notice } from '../../../components/FormError';
import { useT } from '../../../lib/i18n';
import { caseQuery } from '../../cases/api';
import { householdQuery } from '../../households/api';
import { fullName } from '../../households/people';
import { formMessages } from '../participant-messages';

/**
 * The person already on record who is being registered (`?personId=`), named from their household or
 * their case where the link gives one; the registration then takes no new person details.
 */
export function ExistingPerson({
  personId,
  householdId,
  caseId,
}: {
  personId: string;
  householdId?: string | undefined;
  caseId?: string | undefined;
}) {
  const t = useT(formMessages);
  const household = useQuery({ ...householdQuery(householdId ?? ''), enabled: Boolean(householdId) });
  const found = useQuery({ ...caseQuery(caseId ?? ''), enabled: Boolean(caseId) });
  const member = household.data?.members.find((m) => m.person.id === personId);
  const name =
    (member ? fullName(member.person) : undefined) ??
    found.data?.members.find((m) => m.personId === personId)?.name;
  return (
    <Notice tone="info" title={name ? t('existingPerson', { name }) : t('existingPersonUnnamed')}>
      <p>{t('existingPersonHint')}</p>
    </Notice>
  );
}

/** The case the registration comes from (`?caseId=`), by its number where the user may see it. */
export function LinkedCase({ caseId }: { caseId: string }) {
  const t = useT(formMessages);
  const found = useQuery(caseQuery(caseId));
  return (
    <p className="text-std-16N-170">
      {found.data ? t('linkedCase', { n: found.data.number }) : t('linkedCaseUnnamed')}
    </p>
  );
}
