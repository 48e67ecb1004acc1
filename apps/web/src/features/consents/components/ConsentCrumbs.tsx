import { Breadcrumbs, type Crumb } from '../../../components/Breadcrumbs';
import { useT } from '../../../lib/i18n';
import { authMessages } from '../../auth/messages';
import { householdMessages } from '../../households/messages';
import { fullName, selfMember } from '../../households/people';
import type { ConsentPerson } from '../person';

/** ホーム › 相談者をさがす › (the household) › …the given steps. */
export function ConsentCrumbs({ person, items }: { person: ConsentPerson; items: Crumb[] }) {
  const a = useT(authMessages);
  const h = useT(householdMessages);
  const self = person.household ? selfMember(person.household) : undefined;
  const household: Crumb[] = person.household
    ? [
        {
          label: h('householdOf', { name: self ? fullName(self.person) : '' }),
          to: '/staff/households/$id',
          params: { id: person.household.id },
        },
      ]
    : [];
  return (
    <Breadcrumbs
      items={[
        { label: a('homeTitle'), to: '/staff' },
        { label: h('searchTitle'), to: '/staff/persons' },
        ...household,
        ...items,
      ]}
    />
  );
}
