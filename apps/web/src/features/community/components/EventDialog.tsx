import {
  type CommunityProgramme,
  type EventInput,
  type EventUpdate,
  eventInputSchema,
  eventUpdateSchema,
  type ProgrammeEvent,
} from '@tsunagu/contracts/community';
import { useEffect, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { FormFailure } from '../../../components/FormFailure';
import { Select } from '../../../components/Select';
import { TextArea, TextField } from '../../../components/TextField';
import { fieldId } from '../../../lib/form';
import { todayIso } from '../../../lib/format';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { FormDialog } from '../../households/components/FormDialog';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import { CodeCheckboxes, CodeOptions } from '../../participation/components/ChoiceFields';
import { FormProblems } from '../../participation/components/FormProblems';
import { addError, CHOOSE_ONE, sharedResolver, unchosen } from '../../referrals/form-values';
import { activeItems, useCodeLists } from '../../settings/api';
import { SchoolDistrictGroups } from '../../settings/components/SchoolDistrictGroups';
import { createEvent, updateEvent } from '../api';
import { eventMessages } from '../event-messages';
import { nameOf } from '../labels';
import { type Busy, type RecordDialogProps, useCommunitySave } from './CommunitySave';
import { CountFields, type EventValues, FollowsField, OrganisationFields } from './EventFields';
import { eventResolverInput } from './EventValues';

const EVENT = 'event';
const CHOOSE_THEME = 'テーマを選んでください / choose a theme';

/** 開催を記録 / 記録を編集: one event of a programme, its kind's counts, theme, professions and so on. */
export function EventDialog({
  programme,
  event,
  ...props
}: RecordDialogProps & { programme: CommunityProgramme; event: ProgrammeEvent | null }) {
  const t = useT(eventMessages);
  const { locale } = useI18n();
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={
        event
          ? t('editTitle', { title: event.title })
          : t('newTitle', { programme: nameOf(programme, locale) })
      }
      formId={EVENT}
      submitLabel={t(event ? 'submitEdit' : 'submitNew')}
    >
      {(onBusy) => <EventForm {...props} programme={programme} event={event} onBusy={onBusy} />}
    </FormDialog>
  );
}

const valuesOf = (programme: CommunityProgramme, e: ProgrammeEvent | null): EventValues => ({
  kindCode: e?.kindCode ?? (programme.kinds.length === 1 ? (programme.kinds[0]?.code ?? '') : ''),
  title: e?.title ?? '',
  heldOn: e?.heldOn ?? todayIso(),
  venue: e?.venue ?? '',
  welfareDistrictCode: e?.welfareDistrictCode ?? '',
  schoolDistrictCode: e?.schoolDistrictCode ?? '',
  themeCode: e?.themeCode ?? '',
  professions: e?.professions ?? [],
  sessions: String(e?.sessions ?? 1),
  counts: Object.fromEntries(Object.entries(e?.counts ?? {}).map(([k, v]) => [k, String(v)])),
  organisationIds: e?.organisations.map((o) => o.id) ?? [],
  followsEventId: e?.follows?.id ?? '',
  note: e?.note ?? '',
});

function EventForm({
  programme,
  event,
  onClose,
  onBusy,
}: RecordDialogProps & Busy & { programme: CommunityProgramme; event: ProgrammeEvent | null }) {
  const t = useT(eventMessages);
  const label = useLabel();
  const { locale } = useI18n();
  const lists = useCodeLists();
  const resolver = useMemo(() => {
    const fix = (values: EventValues, errors: Parameters<typeof unchosen<EventValues>>[1]) => {
      unchosen(values, errors, 'kindCode', CHOOSE_ONE);
      // The schema lets a theme be null; a programme with themes needs one on every event.
      if (programme.usesThemes && !values.themeCode) addError(errors, 'themeCode', CHOOSE_THEME);
    };
    const prepare = (v: EventValues) => eventResolverInput(v, programme, lists, event);
    return event
      ? sharedResolver<EventValues, EventUpdate>(eventUpdateSchema, fix, prepare)
      : sharedResolver<EventValues, EventInput>(eventInputSchema, fix, prepare);
  }, [programme, lists, event]);
  const form = useForm<EventValues, unknown, EventInput | EventUpdate>({
    resolver,
    shouldFocusError: false,
    defaultValues: valuesOf(programme, event),
  });
  const { failure, box, msg, save } = useCommunitySave({ onClose, onBusy }, form.setError);
  // After a 409 the list is read again: show the latest version in the form.
  const { reset } = form;
  useEffect(() => {
    if (event) reset(valuesOf(programme, event), { keepErrors: true, keepSubmitCount: true });
  }, [programme, event, reset]);
  const [kindCode, heldOn, organisationIds, school] = useWatch({
    control: form.control,
    name: ['kindCode', 'heldOn', 'organisationIds', 'schoolDistrictCode'],
  });
  // A school district lies in one welfare district: the second select follows the first.
  const { setValue } = form;
  useEffect(() => {
    const parent = lists?.school_district.find((s) => s.code === school)?.parentCode;
    if (parent) setValue('welfareDistrictCode', parent);
  }, [school, lists, setValue]);
  const kind = programme.kinds.find((k) => k.code === kindCode);
  const { errors, submitCount } = form.formState;
  const id = (path: string) => fieldId(EVENT, path);
  const counts = Object.fromEntries(
    programme.kinds.flatMap((k) => k.fields.map((f) => [`counts.${f.code}`, nameOf(f, locale)])),
  );
  async function submit(input: EventInput | EventUpdate) {
    await save(
      () => (event ? updateEvent(event.id, input as EventUpdate) : createEvent(input as EventInput)),
      (saved) => t(event ? 'updated' : 'created', { title: saved.title }),
    );
  }
  return (
    <form id={EVENT} noValidate onSubmit={form.handleSubmit(submit)} className="flex min-w-0 flex-col gap-6">
      <p className="text-std-16N-170 text-solid-gray-800">{t('lead')}</p>
      <FormProblems
        formId={EVENT}
        errors={errors}
        submitCount={submitCount}
        labels={{
          kindCode: t('fieldKind'),
          title: t('fieldTitle'),
          heldOn: t('fieldHeldOn'),
          venue: t('fieldVenue'),
          welfareDistrictCode: t('fieldWelfare'),
          schoolDistrictCode: t('fieldSchool'),
          themeCode: t('fieldTheme'),
          professions: t('fieldProfessions'),
          sessions: t('fieldSessions'),
          organisationIds: t('fieldOrganisations'),
          followsEventId: t('fieldFollows', { kind: '' }),
          note: t('fieldNote'),
          ...counts,
        }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <Select
        id={id('kindCode')}
        label={t('fieldKind')}
        required
        error={msg(errors.kindCode?.message)}
        {...form.register('kindCode')}
      >
        <option value="">{t('choose')}</option>
        {programme.kinds.map((k) => (
          <option key={k.code} value={k.code}>
            {nameOf(k, locale)}
          </option>
        ))}
      </Select>
      <TextField
        id={id('title')}
        label={t('fieldTitle')}
        hint={t('fieldTitleHint')}
        required
        maxLength={200}
        autoComplete="off"
        error={msg(errors.title?.message)}
        {...form.register('title')}
      />
      <WarekiDateField
        id={id('heldOn')}
        label={t('fieldHeldOn')}
        required
        error={msg(errors.heldOn?.message)}
        registration={form.register('heldOn')}
        value={heldOn}
      />
      <TextField
        id={id('venue')}
        label={t('fieldVenue')}
        hint={t('fieldVenueHint')}
        maxLength={200}
        autoComplete="off"
        error={msg(errors.venue?.message)}
        {...form.register('venue')}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Select
          id={id('schoolDistrictCode')}
          label={t('fieldSchool')}
          hint={t('fieldDistrictHint')}
          error={msg(errors.schoolDistrictCode?.message)}
          {...form.register('schoolDistrictCode')}
        >
          <option value="">{t('none')}</option>
          <SchoolDistrictGroups lists={lists} groupLabel={(name) => name} />
        </Select>
        <Select
          id={id('welfareDistrictCode')}
          label={t('fieldWelfare')}
          error={msg(errors.welfareDistrictCode?.message)}
          {...form.register('welfareDistrictCode')}
        >
          <option value="">{t('none')}</option>
          {activeItems(lists, 'welfare_district').map((w) => (
            <option key={w.code} value={w.code}>
              {label(w)}
            </option>
          ))}
        </Select>
      </div>
      {programme.usesThemes ? (
        <Select
          id={id('themeCode')}
          label={t('fieldTheme')}
          required
          error={msg(errors.themeCode?.message)}
          {...form.register('themeCode')}
        >
          <option value="">{t('choose')}</option>
          <CodeOptions list="community_theme" />
        </Select>
      ) : null}
      {programme.usesProfessions ? (
        <CodeCheckboxes
          id={id('professions')}
          list="profession"
          legend={t('fieldProfessions')}
          error={msg(errors.professions?.message)}
          registration={form.register('professions')}
        />
      ) : null}
      <TextField
        id={id('sessions')}
        label={t('fieldSessions')}
        hint={t('fieldSessionsHint')}
        inputMode="numeric"
        autoComplete="off"
        className="max-w-[8rem]"
        error={msg(errors.sessions?.message)}
        {...form.register('sessions')}
      />
      <CountFields kind={kind} id={id} register={form.register} errors={errors} msg={msg} />
      {kind?.followsKind ? (
        <FollowsField
          programme={programme}
          kind={kind}
          heldOn={heldOn}
          editing={event}
          id={id('followsEventId')}
          register={form.register}
          error={msg(errors.followsEventId?.message)}
        />
      ) : null}
      {programme.recordsOrganisations ? (
        <OrganisationFields
          id={id('organisationIds')}
          chosen={organisationIds}
          register={form.register}
          error={msg(errors.organisationIds?.message)}
        />
      ) : null}
      <TextArea
        id={id('note')}
        label={t('fieldNote')}
        rows={3}
        maxLength={2000}
        error={msg(errors.note?.message)}
        {...form.register('note')}
      />
    </form>
  );
}
