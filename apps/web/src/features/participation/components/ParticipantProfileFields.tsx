import {
  HEALTH_LEVEL_LABELS,
  HEALTH_LEVELS,
  TRAVEL_RANGE_LABELS,
  TRAVEL_RANGES,
} from '@tsunagu/contracts/participation';
import { RadioGroup } from '../../../components/Radio';
import { TextArea, TextField } from '../../../components/TextField';
import { useLabel, useT } from '../../../lib/i18n';
import { formMessages } from '../participant-messages';
import { CodeCheckboxes, WeekdayCheckboxes } from './ChoiceFields';
import { FormSection, id, type SectionProps } from './ParticipantFormParts';

/** What was heard at intake: health and wishes, abilities, limits, interests and needs, days and hours. */
export function ParticipantProfileFields({ form, errors, msg }: SectionProps) {
  const t = useT(formMessages);
  const label = useLabel();
  return (
    <>
      <FormSection id="health" title={t('healthHeading')} lead={t('healthLead')}>
        <RadioGroup
          id={id('healthLevel')}
          legend={t('healthLevel')}
          required
          error={msg(errors.healthLevel?.message)}
          codes={HEALTH_LEVELS}
          labelOf={(code) => label(HEALTH_LEVEL_LABELS[code])}
          registration={form.register('healthLevel')}
        />
        <TextArea
          id={id('healthNote')}
          label={t('healthNote')}
          rows={3}
          maxLength={1000}
          error={msg(errors.healthNote?.message)}
          {...form.register('healthNote')}
        />
        <TextArea
          id={id('wishesNote')}
          label={t('wishesNote')}
          hint={t('wishesNoteHint')}
          rows={3}
          maxLength={1000}
          error={msg(errors.wishesNote?.message)}
          {...form.register('wishesNote')}
        />
        <CodeCheckboxes
          id={id('wishedIndustries')}
          list="industry"
          legend={t('wishedIndustries')}
          error={msg(errors.wishedIndustries?.message)}
          registration={form.register('wishedIndustries')}
        />
      </FormSection>

      <FormSection id="abilities" title={t('abilitiesHeading')} lead={t('abilitiesLead')}>
        <CodeCheckboxes
          id={id('abilities')}
          list="job_task"
          legend={t('abilities')}
          hint={t('abilitiesHint')}
          error={msg(errors.abilities?.message)}
          registration={form.register('abilities')}
        />
        <CodeCheckboxes
          id={id('limits')}
          list="work_demand"
          legend={t('limits')}
          hint={t('limitsHint')}
          error={msg(errors.limits?.message)}
          registration={form.register('limits')}
        />
        <CodeCheckboxes
          id={id('interests')}
          list="interest"
          legend={t('interests')}
          error={msg(errors.interests?.message)}
          registration={form.register('interests')}
        />
        <CodeCheckboxes
          id={id('accessibilityNeeds')}
          list="accessibility"
          legend={t('accessibilityNeeds')}
          hint={t('accessibilityNeedsHint')}
          error={msg(errors.accessibilityNeeds?.message)}
          registration={form.register('accessibilityNeeds')}
        />
      </FormSection>

      <FormSection id="time" title={t('timeHeading')} lead={t('timeLead')}>
        <WeekdayCheckboxes
          id={id('availableDays')}
          legend={t('availableDays')}
          error={msg(errors.availableDays?.message)}
          registration={form.register('availableDays')}
        />
        <TextField
          id={id('maxHoursPerWeek')}
          label={t('maxHoursPerWeek')}
          hint={t('maxHoursPerWeekHint')}
          inputMode="numeric"
          autoComplete="off"
          className="max-w-[8rem]"
          error={msg(errors.maxHoursPerWeek?.message)}
          {...form.register('maxHoursPerWeek')}
        />
        <RadioGroup
          id={id('travelRange')}
          legend={t('travelRange')}
          error={msg(errors.travelRange?.message)}
          codes={TRAVEL_RANGES}
          labelOf={(code) => label(TRAVEL_RANGE_LABELS[code])}
          registration={form.register('travelRange')}
        />
      </FormSection>
    </>
  );
}
