import { Link } from '@tanstack/react-router';
import {
  BARRIER_LEVEL_LABELS,
  HEALTH_LEVEL_LABELS,
  PARTICIPANT_AIM_LABELS,
  type Participant,
  TRAVEL_RANGE_LABELS,
} from '@tsunagu/contracts/participation';
import type { ReactNode } from 'react';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { useDistrictLabel } from '../../settings/api';
import { programmeNameOf } from '../labels';
import { participantMessages } from '../participant-messages';
import { useCodeNames, useDayNames } from './ChoiceFields';
import { Facts } from './Facts';

const withNote = (main: string, note: string): ReactNode =>
  note.trim() ? (
    <>
      {main}
      <span className="mt-1 block text-solid-gray-800">{note}</span>
    </>
  ) : (
    main
  );

/** 利用者の情報: the intake with every code shown by its label. */
export function ParticipantProfile({ participant }: { participant: Participant }) {
  const t = useT(participantMessages);
  const label = useLabel();
  const { locale } = useI18n();
  const names = useCodeNames();
  const dayNames = useDayNames();
  const district = useDistrictLabel();
  const p = participant.profile;
  const items: [string, ReactNode][] = [
    [t('kana'), participant.nameKana],
    [t('age'), participant.age === null ? '—' : t('ageYears', { age: participant.age })],
    [t('programme'), programmeNameOf(participant, locale)],
    [t('aim'), label(PARTICIPANT_AIM_LABELS[participant.aim])],
    [t('registeredOn'), formatDay(participant.registeredOn, locale)],
    [t('schoolDistrict'), participant.schoolDistrictCode ? district(participant.schoolDistrictCode) : '—'],
    [t('healthLevel'), withNote(label(HEALTH_LEVEL_LABELS[p.healthLevel]), p.healthNote)],
    [t('wishes'), p.wishesNote.trim() || '—'],
    [t('wishedIndustries'), names('industry', p.wishedIndustries)],
    [t('abilities'), names('job_task', p.abilities)],
    [t('limits'), names('work_demand', p.limits)],
    [t('interests'), names('interest', p.interests)],
    [t('accessibilityNeeds'), names('accessibility', p.accessibilityNeeds)],
    [t('availableDays'), dayNames(p.availableDays)],
    [
      t('maxHoursPerWeek'),
      p.maxHoursPerWeek === null ? '—' : t('hoursPerWeek', { hours: p.maxHoursPerWeek }),
    ],
    [t('travelRange'), label(TRAVEL_RANGE_LABELS[p.travelRange])],
    [t('barrierLevel'), withNote(label(BARRIER_LEVEL_LABELS[p.barrierLevel]), p.barriersNote)],
  ];
  if (participant.caseId)
    items.push([
      t('case'),
      <Link key="case" to="/staff/cases/$id" params={{ id: participant.caseId }}>
        {t('caseLink')}
      </Link>,
    ]);
  if (participant.closedOn)
    items.push([t('closedOn'), withNote(formatDay(participant.closedOn, locale), participant.closeReason)]);
  return <Facts items={items} />;
}

/** 振分け・担当: the agency the person is allocated to, the staff member, and why (when overridden). */
export function AllocationFacts({ participant }: { participant: Participant }) {
  const t = useT(participantMessages);
  return (
    <Facts
      items={[
        [t('allocatedAgency'), participant.allocatedAgency?.name ?? t('notAllocated')],
        [t('assignee'), participant.assignedUser?.name ?? t('assigneeNone')],
        [t('allocationNote'), participant.allocationNote.trim() || '—'],
      ]}
    />
  );
}
