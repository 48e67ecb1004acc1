import type { Agency, AgencyInput } from '@tsunagu/contracts/agencies';
import { foldForSearch } from '@tsunagu/japan';
import type { Actor } from '../../platform/auth/actor';
import { agencyAbilities } from './agencies.policy';
import type { AgencyRow, AgencyValues } from './agencies.repository';

/** The editable part of a stored agency, in the input contract's shape. */
export function toInput(row: AgencyRow): AgencyInput {
  return {
    code: row.code,
    name: row.name,
    nameKana: row.nameKana,
    categoryCode: row.categoryCode,
    fields: row.fields,
    services: row.services.map((s) => ({ name: s.name, description: s.description ?? '' })),
    districts: row.districts,
    contact: {
      phone: row.contact.phone,
      email: row.contact.email,
      address: row.contact.address,
      url: row.contact.url,
    },
    hours: row.hours,
    supportCouncilMember: row.supportCouncilMember,
    capacityNote: row.capacityNote,
    isPublic: row.isPublic,
  };
}

/** A stored agency as the API returns it, with what the actor may do with it. */
export function presentAgency(row: AgencyRow, actor?: Actor): Agency {
  return {
    ...toInput(row),
    id: row.id,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    ...(actor ? { abilities: agencyAbilities(actor, row.id) } : {}),
  };
}

/** Column values for an input, with the folded search key (names are stored exactly as typed). */
export function toValues(input: AgencyInput): AgencyValues {
  const searchable = [input.name, input.nameKana, ...input.services.flatMap((s) => [s.name, s.description])];
  return { ...input, searchKey: searchable.map(foldForSearch).join('|') };
}

/** Names of the fields whose values differ between two inputs. */
export function changedFields(before: AgencyInput, after: AgencyInput): string[] {
  return (Object.keys(after) as (keyof AgencyInput)[]).filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
}
