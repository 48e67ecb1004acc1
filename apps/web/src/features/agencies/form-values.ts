import {
  type Agency,
  type AgencyInput,
  type agencyInputSchema,
  emptyAgencyInput,
} from '@tsunagu/contracts/agencies';
import type { UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';

/** What the agency form holds before the shared schema parses it. */
export type AgencyFormValues = z.input<typeof agencyInputSchema>;

/** The agency form's react-hook-form handle, shared by its sections. */
export type AgencyForm = UseFormReturn<AgencyFormValues, unknown, AgencyInput>;

/** The form's id prefix: control ids are `agency-<path>`. */
export const AGENCY_FORM_ID = 'agency';

/** An empty entry for the 新規登録 form. */
export function emptyAgency(): AgencyFormValues {
  return emptyAgencyInput();
}

/** The editable part of a stored agency. */
export function toFormValues(agency: Agency): AgencyFormValues {
  return {
    code: agency.code,
    name: agency.name,
    nameKana: agency.nameKana,
    categoryCode: agency.categoryCode,
    fields: [...agency.fields],
    services: agency.services.map((s) => ({ name: s.name, description: s.description })),
    districts: [...agency.districts],
    contact: { ...agency.contact },
    hours: agency.hours,
    supportCouncilMember: agency.supportCouncilMember,
    capacityNote: agency.capacityNote,
    isPublic: agency.isPublic,
  };
}
