import { useQuery } from '@tanstack/react-query';
import type { CommunityProgramme, EventKind, ProgrammeEvent } from '@tsunagu/contracts/community';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Checkbox, Fieldset } from '../../../components/Checkbox';
import { Select } from '../../../components/Select';
import { TextField } from '../../../components/TextField';
import { useI18n, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { eventListQuery, organisationOptionsQuery } from '../api';
import { eventMessages } from '../event-messages';
import { nameOf } from '../labels';

/** The raw values of the event form (boxes hold text until the schema reads them). */
export type EventValues = {
  kindCode: string;
  title: string;
  heldOn: string;
  venue: string;
  welfareDistrictCode: string;
  schoolDistrictCode: string;
  themeCode: string;
  professions: string[];
  sessions: string;
  counts: Record<string, string>;
  organisationIds: string[];
  followsEventId: string;
  note: string;
};

type Localize = (message: string | undefined) => string | undefined;

/** The count boxes of the chosen kind (参加者数, 修了者数 …), or a note that they follow the kind. */
export function CountFields({
  kind,
  id,
  register,
  errors,
  msg,
}: {
  kind: EventKind | undefined;
  id: (path: string) => string;
  register: UseFormRegister<EventValues>;
  errors: FieldErrors<EventValues>;
  msg: Localize;
}) {
  const t = useT(eventMessages);
  const { locale } = useI18n();
  return (
    <Fieldset
      id={id('counts')}
      legend={t('fieldCounts')}
      hint={kind && kind.fields.length > 0 ? t('fieldCountsHint') : t('fieldCountsNone')}
      nested
    >
      {kind ? (
        <div className="grid gap-4 sm:grid-cols-2">
          {kind.fields.map((field) => (
            <TextField
              key={field.code}
              id={id(`counts.${field.code}`)}
              label={nameOf(field, locale)}
              inputMode="numeric"
              autoComplete="off"
              error={msg(errors.counts?.[field.code]?.message)}
              {...register(`counts.${field.code}`)}
            />
          ))}
        </div>
      ) : null}
    </Fieldset>
  );
}

/**
 * 元になった…: the earlier events of the kind this one follows (e.g. a survey after a course), newest
 * first, up to the event's own date.
 */
export function FollowsField({
  programme,
  kind,
  heldOn,
  editing,
  id,
  register,
  error,
}: {
  programme: CommunityProgramme;
  kind: EventKind;
  heldOn: string;
  editing: ProgrammeEvent | null;
  id: string;
  register: UseFormRegister<EventValues>;
  error: string | undefined;
}) {
  const t = useT(eventMessages);
  const { locale } = useI18n();
  const followed = programme.kinds.find((k) => k.code === kind.followsKind);
  const earlier = useQuery({
    ...eventListQuery(programme.code, { kind: kind.followsKind ?? undefined }, 500),
    enabled: Boolean(kind.followsKind),
  });
  const kindName = followed ? nameOf(followed, locale) : (kind.followsKind ?? '');
  const options = (earlier.data?.items ?? []).filter(
    (e) => e.id !== editing?.id && (!heldOn || e.heldOn <= heldOn),
  );
  return (
    <Select
      id={id}
      label={t('fieldFollows', { kind: kindName })}
      hint={t('fieldFollowsHint', { kind: kindName })}
      error={error}
      {...register('followsEventId')}
    >
      <option value="">{t('none')}</option>
      {options.map((e) => (
        <option key={e.id} value={e.id}>
          {formatDay(e.heldOn, locale)} {e.title}
        </option>
      ))}
    </Select>
  );
}

/** 参加した法人・企業・団体: the registered organisations as checkboxes (active ones, and any chosen). */
export function OrganisationFields({
  id,
  chosen,
  register,
  error,
}: {
  id: string;
  chosen: readonly string[];
  register: UseFormRegister<EventValues>;
  error: string | undefined;
}) {
  const t = useT(eventMessages);
  const organisations = useQuery(organisationOptionsQuery).data?.items ?? [];
  const shown = organisations.filter((o) => o.active || chosen.includes(o.id));
  return (
    <Fieldset id={id} legend={t('fieldOrganisations')} error={error} nested>
      {shown.length === 0 ? (
        <p className="text-std-16N-170 text-solid-gray-800">{t('organisationsNone')}</p>
      ) : (
        <div className="grid max-h-72 gap-2 overflow-y-auto sm:grid-cols-2">
          {shown.map((o) => (
            <Checkbox
              key={o.id}
              id={`${id}-${o.id}`}
              value={o.id}
              label={o.name}
              {...register('organisationIds')}
            />
          ))}
        </div>
      )}
    </Fieldset>
  );
}
