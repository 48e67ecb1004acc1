import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import {
  type ParticipantCreate,
  type Programme,
  participantCreateSchema,
} from '@tsunagu/contracts/participation';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Button, LinkButton } from '../../../components/Button';
import { FormFailure, useFormRun } from '../../../components/FormFailure';
import { useToast } from '../../../components/Toast';
import { todayIso } from '../../../lib/format';
import { localizeBilingual, useI18n, useT } from '../../../lib/i18n';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import {
  asArray,
  CHOOSE_ONE,
  placeServerIssues,
  sharedResolver,
  unchosen,
} from '../../referrals/form-values';
import { refreshParticipation, registerParticipant } from '../api';
import { formMessages } from '../participant-messages';
import { FormProblems } from './FormProblems';
import { BarrierFields, ProgrammeFields } from './ParticipantAllocationFields';
import {
  FormSection,
  id,
  type NewValues,
  PARTICIPANT_FORM_ID,
  type PersonValues,
} from './ParticipantFormParts';
import { ParticipantPersonFields } from './ParticipantPersonFields';
import { ParticipantProfileFields } from './ParticipantProfileFields';

const blankPerson: PersonValues = {
  familyName: '',
  givenName: '',
  familyNameKana: '',
  givenNameKana: '',
  birthDate: '',
  address: '',
  schoolDistrictCode: '',
};

const blank = (s: string) => (s.trim() === '' ? null : s);

/**
 * 利用登録: the programme (with its 担当課 and which agency each barrier level goes to), the aim, the
 * person (new, or one on record from the link), health, wishes, abilities, limits, interests, needs,
 * days and hours, the barrier level with the agency it is allocated to shown as it changes.
 */
export function ParticipantForm({
  programmes,
  personId,
  householdId,
  caseId,
}: {
  programmes: Programme[];
  personId?: string | undefined;
  householdId?: string | undefined;
  caseId?: string | undefined;
}) {
  const t = useT(formMessages);
  const { locale } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const notify = useToast();
  const [busy, setBusy] = useState(false);
  const { failure, box, run } = useFormRun(setBusy);
  const resolver = useMemo(
    () =>
      sharedResolver<NewValues, ParticipantCreate>(
        participantCreateSchema,
        (values, errors) => {
          unchosen(values, errors, 'healthLevel', CHOOSE_ONE);
          unchosen(values, errors, 'barrierLevel', CHOOSE_ONE);
          unchosen(values, errors, 'programmeCode', CHOOSE_ONE);
        },
        (v) => ({
          ...v,
          person: personId
            ? undefined
            : {
                familyName: v.person.familyName,
                givenName: v.person.givenName,
                familyNameKana: v.person.familyNameKana,
                givenNameKana: v.person.givenNameKana,
                birthDate: blank(v.person.birthDate),
                address: blank(v.person.address),
                schoolDistrictCode: blank(v.person.schoolDistrictCode),
              },
          personId,
          caseId: caseId ?? null,
          healthLevel: v.healthLevel || undefined,
          barrierLevel: v.barrierLevel || undefined,
          wishedIndustries: asArray(v.wishedIndustries),
          abilities: asArray(v.abilities),
          limits: asArray(v.limits),
          interests: asArray(v.interests),
          accessibilityNeeds: asArray(v.accessibilityNeeds),
          availableDays: asArray(v.availableDays),
          maxHoursPerWeek: v.maxHoursPerWeek.trim() === '' ? null : Number(v.maxHoursPerWeek),
        }),
      ),
    [personId, caseId],
  );
  const first = programmes.find((p) => p.matching) ?? programmes[0];
  const form = useForm<NewValues, unknown, ParticipantCreate>({
    resolver,
    shouldFocusError: false,
    defaultValues: {
      programmeCode: first?.code ?? '',
      aim: 'work',
      person: blankPerson,
      healthLevel: '',
      healthNote: '',
      wishesNote: '',
      wishedIndustries: [],
      abilities: [],
      limits: [],
      interests: [],
      accessibilityNeeds: [],
      availableDays: [],
      maxHoursPerWeek: '',
      travelRange: 'welfare',
      barrierLevel: '',
      barriersNote: '',
      registeredOn: todayIso(),
    },
  });
  const [programmeCode, barrierLevel, birthDate, registeredOn] = useWatch({
    control: form.control,
    name: ['programmeCode', 'barrierLevel', 'person.birthDate', 'registeredOn'],
  });
  const programme = programmes.find((p) => p.code === programmeCode);
  const { errors, submitCount } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);
  const sections = { form, errors, msg };

  async function submit(input: ParticipantCreate) {
    const created = await run(
      () => registerParticipant(input),
      (err) => placeServerIssues(err, form.setError, locale),
    );
    if (!created) return;
    notify(
      created.allocatedAgency
        ? t('registered', { agency: created.allocatedAgency.name })
        : t('registeredUnallocated'),
    );
    await refreshParticipation(queryClient, created);
    await navigate({ to: '/staff/participation/$id', params: { id: created.id } });
  }

  const labels: Record<string, string> = {
    programmeCode: t('programme'),
    aim: t('aim'),
    'person.familyName': t('familyName'),
    'person.givenName': t('givenName'),
    'person.familyNameKana': t('familyNameKana'),
    'person.givenNameKana': t('givenNameKana'),
    'person.birthDate': t('birthDate'),
    'person.address': t('address'),
    'person.schoolDistrictCode': t('schoolDistrict'),
    person: t('personHeading'),
    personId: t('personHeading'),
    caseId: t('linkedCaseLabel'),
    healthLevel: t('healthLevel'),
    healthNote: t('healthNote'),
    wishesNote: t('wishesNote'),
    wishedIndustries: t('wishedIndustries'),
    abilities: t('abilities'),
    limits: t('limits'),
    interests: t('interests'),
    accessibilityNeeds: t('accessibilityNeeds'),
    availableDays: t('availableDays'),
    maxHoursPerWeek: t('maxHoursPerWeek'),
    travelRange: t('travelRange'),
    barrierLevel: t('barrierLevel'),
    barriersNote: t('barriersNote'),
    registeredOn: t('registeredOn'),
    allocatedAgencyId: t('allocation'),
    allocationNote: t('allocation'),
  };

  return (
    <form
      id={PARTICIPANT_FORM_ID}
      noValidate
      onSubmit={form.handleSubmit(submit)}
      className="flex min-w-0 flex-col gap-10"
    >
      <FormProblems formId={PARTICIPANT_FORM_ID} errors={errors} submitCount={submitCount} labels={labels} />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />

      <ProgrammeFields {...sections} programmes={programmes} programme={programme} caseId={caseId} />
      <ParticipantPersonFields
        {...sections}
        personId={personId}
        householdId={householdId}
        caseId={caseId}
        birthDate={birthDate}
        registeredOn={registeredOn}
      />
      <ParticipantProfileFields {...sections} />
      <BarrierFields {...sections} programme={programme} barrierLevel={barrierLevel} />

      <FormSection id="registered" title={t('registeredHeading')}>
        <WarekiDateField
          id={id('registeredOn')}
          label={t('registeredOn')}
          required
          max={todayIso()}
          registration={form.register('registeredOn')}
          value={registeredOn}
          error={msg(errors.registeredOn?.message)}
        />
      </FormSection>

      <div className="flex flex-wrap gap-4 border-t border-solid-gray-420 pt-6">
        <Button type="submit" busy={busy}>
          {busy ? t('saving') : t('submit')}
        </Button>
        <LinkButton to="/staff/participation" variant="secondary">
          {t('cancel')}
        </LinkButton>
      </div>
    </form>
  );
}
