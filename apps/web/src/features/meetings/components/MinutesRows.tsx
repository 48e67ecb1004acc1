import { TEAM_ROLE_LABELS, TEAM_ROLES } from '@tsunagu/contracts/cases';
import type { MeetingDetail } from '@tsunagu/contracts/meetings';
import { useFieldArray, useWatch } from 'react-hook-form';
import { Select } from '../../../components/Select';
import { TextArea, TextField } from '../../../components/TextField';
import { localizeBilingual, useI18n, useLabel, useT } from '../../../lib/i18n';
import { AgencySelect } from '../../cases/components/AgencySelect';
import { listError, rowError } from '../../cases/form-values';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import { meetingFormMessages } from '../form-messages';
import { meetingMessages } from '../messages';
import { MINUTES_FORM_ID, type MinutesForm } from '../minutes-values';
import { RowList } from './RowList';

type Props = { form: MinutesForm; meeting: MeetingDetail };

function useShared(meeting: MeetingDetail) {
  const t = useT(meetingFormMessages);
  const m = useT(meetingMessages);
  const { locale } = useI18n();
  const msg = (s: string | undefined) => (s ? localizeBilingual(s, locale) : undefined);
  const caseOptions = meeting.agenda.map((c) => (
    <option key={c.caseId} value={c.caseId}>
      {m('caseTitle', { n: c.number, name: c.personName ?? m('noName') })}
    </option>
  ));
  const seen = new Map<string, { id: string; name: string }>();
  for (const a of meeting.attendees) seen.set(a.agency.id, a.agency);
  return { t, msg, caseOptions, attending: [...seen.values()] };
}

/** 決定事項: each about one agenda case or the meeting as a whole (全体). */
export function DecisionRows({ form, meeting }: Props) {
  const { t, msg, caseOptions } = useShared(meeting);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'decisions' });
  const errors = form.formState.errors.decisions;
  const id = `${MINUTES_FORM_ID}-decisions`;
  return (
    <RowList
      id={id}
      legend={t('decisions')}
      error={msg(listError(errors))}
      keys={fields.map((f) => f.id)}
      rowLegend={(i) => t('decisionN', { n: i + 1 })}
      removeLabel={(i) => t('removeDecision', { n: i + 1 })}
      onRemove={remove}
      onAdd={() => append({ caseId: '', text: '' })}
      addLabel={t('addDecision')}
      max={50}
      renderRow={(i) => (
        <div className="grid gap-4 md:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
          <Select
            id={`${id}-${i}-caseId`}
            label={t('decisionCase')}
            {...form.register(`decisions.${i}.caseId`)}
          >
            <option value="">{t('general')}</option>
            {caseOptions}
          </Select>
          <TextArea
            id={`${id}-${i}-text`}
            label={t('decisionText')}
            required
            rows={2}
            maxLength={1000}
            error={msg(rowError(errors, i, 'text'))}
            {...form.register(`decisions.${i}.text`)}
          />
        </div>
      )}
    />
  );
}

/** 役割分担: an agency gets a role on an agenda case and joins its team. */
export function RoleRows({ form, meeting }: Props) {
  const { t, msg, caseOptions, attending } = useShared(meeting);
  const label = useLabel();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'roles' });
  const errors = form.formState.errors.roles;
  const id = `${MINUTES_FORM_ID}-roles`;
  return (
    <RowList
      id={id}
      legend={t('roles')}
      error={msg(listError(errors))}
      keys={fields.map((f) => f.id)}
      rowLegend={(i) => t('roleN', { n: i + 1 })}
      removeLabel={(i) => t('removeRole', { n: i + 1 })}
      onRemove={remove}
      onAdd={() =>
        append({
          caseId: meeting.agenda.length === 1 ? (meeting.agenda[0]?.caseId ?? '') : '',
          agencyId: '',
          role: '',
        })
      }
      addLabel={t('addRole')}
      max={50}
      renderRow={(i) => (
        <div className="grid gap-4 md:grid-cols-3">
          <Select
            id={`${id}-${i}-caseId`}
            label={t('roleCase')}
            required
            error={msg(rowError(errors, i, 'caseId'))}
            {...form.register(`roles.${i}.caseId`)}
          >
            <option value="">{t('chooseCase')}</option>
            {caseOptions}
          </Select>
          <AgencySelect
            id={`${id}-${i}-agencyId`}
            label={t('roleAgency')}
            required
            preferred={attending}
            preferredLabel={t('attendeeAgencies')}
            registration={form.register(`roles.${i}.agencyId`)}
            error={msg(rowError(errors, i, 'agencyId'))}
          />
          <Select
            id={`${id}-${i}-role`}
            label={t('roleRole')}
            required
            error={msg(rowError(errors, i, 'role'))}
            {...form.register(`roles.${i}.role`)}
          >
            <option value="">{t('chooseRole')}</option>
            {TEAM_ROLES.map((r) => (
              <option key={r} value={r}>
                {label(TEAM_ROLE_LABELS[r])}
              </option>
            ))}
          </Select>
        </div>
      )}
    />
  );
}

/** タスク: what an agency will do by when; each goes to the owner agency's task list. */
export function ActionItemRows({ form, meeting }: Props) {
  const { t, msg, caseOptions, attending } = useShared(meeting);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'actionItems' });
  const items = useWatch({ control: form.control, name: 'actionItems' }) ?? [];
  const errors = form.formState.errors.actionItems;
  const id = `${MINUTES_FORM_ID}-actionItems`;
  return (
    <RowList
      id={id}
      legend={t('actionItems')}
      error={msg(listError(errors))}
      keys={fields.map((f) => f.id)}
      rowLegend={(i) => t('actionN', { n: i + 1 })}
      removeLabel={(i) => t('removeAction', { n: i + 1 })}
      onRemove={remove}
      onAdd={() =>
        append({
          caseId: meeting.agenda.length === 1 ? (meeting.agenda[0]?.caseId ?? '') : '',
          ownerAgencyId: '',
          title: '',
          dueOn: '',
        })
      }
      addLabel={t('addAction')}
      max={100}
      renderRow={(i) => (
        <div className="grid gap-4 md:grid-cols-2">
          <Select
            id={`${id}-${i}-caseId`}
            label={t('actionCase')}
            {...form.register(`actionItems.${i}.caseId`)}
          >
            <option value="">{t('general')}</option>
            {caseOptions}
          </Select>
          <AgencySelect
            id={`${id}-${i}-ownerAgencyId`}
            label={t('actionOwner')}
            required
            preferred={attending}
            preferredLabel={t('attendeeAgencies')}
            registration={form.register(`actionItems.${i}.ownerAgencyId`)}
            error={msg(rowError(errors, i, 'ownerAgencyId'))}
          />
          <TextField
            id={`${id}-${i}-title`}
            label={t('actionTitle')}
            required
            maxLength={300}
            autoComplete="off"
            error={msg(rowError(errors, i, 'title'))}
            {...form.register(`actionItems.${i}.title`)}
          />
          <WarekiDateField
            id={`${id}-${i}-dueOn`}
            label={t('actionDue')}
            required
            registration={form.register(`actionItems.${i}.dueOn`)}
            value={items[i]?.dueOn}
            error={msg(rowError(errors, i, 'dueOn'))}
          />
        </div>
      )}
    />
  );
}
