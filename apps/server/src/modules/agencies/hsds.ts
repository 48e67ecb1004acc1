import { createHash } from 'node:crypto';
import type { Agency } from '@tsunagu/contracts/agencies';
import type { CodeLists } from '@tsunagu/contracts/settings';

/** A stable UUID derived from a name (UUID v5 layout over SHA-1), so exports are repeatable. */
export function derivedUuid(...parts: string[]): string {
  const h = createHash('sha1').update(parts.join(':')).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

function label(lists: CodeLists, list: keyof CodeLists, code: string): string {
  return lists[list].find((i) => i.code === code)?.labelJa ?? code;
}

function taxonomyTerm(lists: CodeLists, list: keyof CodeLists, code: string, taxonomy: string) {
  return {
    id: derivedUuid('taxonomy_term', list, code),
    code,
    name: label(lists, list, code),
    description: `${taxonomy}: ${label(lists, list, code)}`,
    taxonomy,
    language: 'ja',
  };
}

/** An agency as an HSDS 3.0 organization (with phones and a location). */
function toOrganization(a: Agency, lists: CodeLists) {
  const orgId = a.id;
  return {
    id: orgId,
    name: a.name,
    alternate_name: a.nameKana,
    description: `${label(lists, 'agency_category', a.categoryCode)}。${a.services.map((s) => s.name).join('、')}`,
    ...(a.contact.email ? { email: a.contact.email } : {}),
    ...(a.contact.url ? { website: a.contact.url } : {}),
    phones: a.contact.phone
      ? [{ id: derivedUuid(orgId, 'phone'), organization_id: orgId, number: a.contact.phone }]
      : [],
    locations: a.contact.address
      ? [
          {
            id: derivedUuid(orgId, 'location'),
            organization_id: orgId,
            location_type: 'physical',
            name: a.name,
            description: a.contact.address,
          },
        ]
      : [],
  };
}

/** Each of an agency's services as an HSDS 3.0 service: hours, districts as service areas, fields as attributes. */
function toServices(a: Agency, lists: CodeLists) {
  return a.services.map((s, i) => {
    const id = derivedUuid(a.id, 'service', String(i));
    return {
      id,
      organization_id: a.id,
      name: s.name,
      description: s.description,
      status: 'active',
      ...(a.contact.email ? { email: a.contact.email } : {}),
      phones: a.contact.phone
        ? [{ id: derivedUuid(id, 'phone'), service_id: id, number: a.contact.phone }]
        : [],
      schedules: a.hours ? [{ id: derivedUuid(id, 'schedule'), service_id: id, description: a.hours }] : [],
      service_areas: a.districts.map((d) => ({
        id: derivedUuid(id, 'area', d),
        service_id: id,
        name: label(
          lists,
          lists.school_district.some((x) => x.code === d) ? 'school_district' : 'welfare_district',
          d,
        ),
        extent_type: 'other',
      })),
      attributes: a.fields.map((f) => ({
        id: derivedUuid(id, 'attribute', f),
        link_id: id,
        link_type: 'problem_field',
        link_entity: 'service',
        taxonomy_term_id: derivedUuid('taxonomy_term', 'problem_category', f),
        taxonomy_term: taxonomyTerm(lists, 'problem_category', f, 'つなぐ お困りごとの分野'),
      })),
    };
  });
}

/** The directory as an HSDS 3.0 document: organizations and services. */
export function toHsds(agencies: Agency[], lists: CodeLists, tenantName: string) {
  return {
    hsds_version: '3.0',
    publisher: tenantName,
    generated_at: new Date().toISOString(),
    organizations: agencies.map((a) => toOrganization(a, lists)),
    services: agencies.flatMap((a) => toServices(a, lists)),
  };
}
