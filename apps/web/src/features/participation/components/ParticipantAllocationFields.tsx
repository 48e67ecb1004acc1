import {
  BARRIER_LEVEL_LABELS,
  BARRIER_LEVELS,
  type BarrierLevel,
  PARTICIPANT_AIM_LABELS,
  PARTICIPANT_AIMS,
  type Programme,
} from '@tsunagu/contracts/participation';
import { RadioGroup } from '../../../components/Radio';
import { Select } from '../../../components/Select';
import { TextArea } from '../../../components/TextField';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { BARRIER_SHORT_LABELS } from '../labels';
import { formMessages } from '../participant-messages';
import { ProgrammeOptions } from './AddResourceForm';
import { LinkedCase } from './ExistingPerson';
import { FormSection, id, type SectionProps } from './ParticipantFormParts';

/** The agency of the programme that takes a barrier level, as the server allocates. */
export function agencyFor(programme: Programme | undefined, level: BarrierLevel | '') {
  if (!programme || !level) return undefined;
  return programme.agencies.find((a) => a.barrierLevels.includes(level));
}

/** The programme (with its 担当課 and which agency each barrier level goes to), the aim, the linked case. */
export function ProgrammeFields({
  form,
  errors,
  msg,
  programmes,
  programme,
  caseId,
}: SectionProps & {
  programmes: Programme[];
  programme: Programme | undefined;
  caseId?: string | undefined;
}) {
  const t = useT(formMessages);
  const label = useLabel();
  return (
    <FormSection id="programme" title={t('programmeHeading')} lead={t('programmeLead')}>
      <div className="max-w-2xl">
        <Select
          id={id('programmeCode')}
          label={t('programme')}
          required
          error={msg(errors.programmeCode?.message)}
          {...form.register('programmeCode')}
        >
          <ProgrammeOptions programmes={programmes} />
        </Select>
      </div>
      {programme ? <ProgrammeFacts programme={programme} /> : null}
      <RadioGroup
        id={id('aim')}
        legend={t('aim')}
        required
        columns={2}
        error={msg(errors.aim?.message)}
        codes={PARTICIPANT_AIMS}
        labelOf={(code) => label(PARTICIPANT_AIM_LABELS[code])}
        registration={form.register('aim')}
      />
      {caseId ? <LinkedCase caseId={caseId} /> : null}
    </FormSection>
  );
}

/** The barrier level, with the agency it is allocated to shown as it changes. */
export function BarrierFields({
  form,
  errors,
  msg,
  programme,
  barrierLevel,
}: SectionProps & { programme: Programme | undefined; barrierLevel: BarrierLevel | '' }) {
  const t = useT(formMessages);
  const label = useLabel();
  const allocated = agencyFor(programme, barrierLevel);
  return (
    <FormSection id="barrier" title={t('barrierHeading')} lead={t('barrierLead')}>
      <RadioGroup
        id={id('barrierLevel')}
        legend={t('barrierLevel')}
        required
        error={msg(errors.barrierLevel?.message)}
        codes={BARRIER_LEVELS}
        labelOf={(code) => label(BARRIER_LEVEL_LABELS[code])}
        registration={form.register('barrierLevel')}
      />
      <p
        aria-live="polite"
        className="rounded-8 border border-blue-900 bg-blue-50 px-4 py-3 text-std-16B-170"
        data-testid="allocation"
      >
        {allocated
          ? t('allocatedTo', { agency: allocated.name })
          : barrierLevel
            ? t('allocatedNone')
            : t('allocatedPending')}
      </p>
      <TextArea
        id={id('barriersNote')}
        label={t('barriersNote')}
        rows={3}
        maxLength={1000}
        error={msg(errors.barriersNote?.message)}
        {...form.register('barriersNote')}
      />
    </FormSection>
  );
}

/** The programme's 担当課 and its agencies by barrier level. */
function ProgrammeFacts({ programme }: { programme: Programme }) {
  const t = useT(formMessages);
  const label = useLabel();
  const sep = useI18n().locale === 'ja' ? '・' : ', ';
  return (
    <dl className="grid gap-x-6 gap-y-2 rounded-8 bg-solid-gray-50 p-4 sm:grid-cols-[minmax(6rem,10rem)_1fr]">
      <dt className="text-std-16B-170">{t('division')}</dt>
      <dd>{programme.divisionName}</dd>
      <dt className="text-std-16B-170">{t('agencies')}</dt>
      <dd>
        <ul className="flex flex-col gap-1">
          {programme.agencies.map((a) => (
            <li key={a.id}>
              {t('agencyLevels', {
                levels: a.barrierLevels.map((l) => label(BARRIER_SHORT_LABELS[l])).join(sep),
                agency: a.name,
              })}
            </li>
          ))}
        </ul>
      </dd>
    </dl>
  );
}
