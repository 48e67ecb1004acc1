import type {
  BarrierLevel,
  HealthLevel,
  ParticipantAim,
  ParticipantCreate,
  TravelRange,
} from '@tsunagu/contracts/participation';
import type { ReactNode } from 'react';
import type { FieldErrors, UseFormReturn } from 'react-hook-form';
import { fieldId } from '../../../lib/form';

export const PARTICIPANT_FORM_ID = 'participant-new';
export const id = (path: string) => fieldId(PARTICIPANT_FORM_ID, path);

export type PersonValues = {
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  birthDate: string;
  address: string;
  schoolDistrictCode: string;
};

export type NewValues = {
  programmeCode: string;
  aim: ParticipantAim;
  person: PersonValues;
  healthLevel: HealthLevel | '';
  healthNote: string;
  wishesNote: string;
  wishedIndustries: string[];
  abilities: string[];
  limits: string[];
  interests: string[];
  accessibilityNeeds: string[];
  availableDays: string[];
  maxHoursPerWeek: string;
  travelRange: TravelRange;
  barrierLevel: BarrierLevel | '';
  barriersNote: string;
  registeredOn: string;
};

/** What each section of the 利用登録 form is given: the form, its errors and how to word them. */
export interface SectionProps {
  form: UseFormReturn<NewValues, unknown, ParticipantCreate>;
  errors: FieldErrors<NewValues>;
  msg: (m: string | undefined) => string | undefined;
}

export function FormSection({
  id: sectionId,
  title,
  lead,
  children,
}: {
  id: string;
  title: string;
  lead?: string | undefined;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${PARTICIPANT_FORM_ID}-${sectionId}-heading`}
      className="flex min-w-0 flex-col gap-6"
    >
      <div className="flex flex-col gap-1 border-b-2 border-blue-900 pb-2">
        <h2 id={`${PARTICIPANT_FORM_ID}-${sectionId}-heading`} className="text-std-24B-150">
          {title}
        </h2>
        {lead ? <p className="text-dns-14N-130 text-solid-gray-800">{lead}</p> : null}
      </div>
      {children}
    </section>
  );
}
