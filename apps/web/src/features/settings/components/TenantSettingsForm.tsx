import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { type TenantSettings, tenantSettingsSchema } from '@tsunagu/contracts/settings';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '../../../components/Button';
import { Checkbox } from '../../../components/Checkbox';
import { Notice } from '../../../components/FormError';
import { TextField } from '../../../components/TextField';
import { useToast } from '../../../components/Toast';
import { useErrorText } from '../../../lib/errors';
import { applyServerIssues } from '../../../lib/form';
import { localizeBilingual, useI18n, useT } from '../../../lib/i18n';
import { commonMessages } from '../../../lib/messages';
import { type TenantSettingsView, tenantSettingsQuery, updateTenantSettings } from '../api';
import { settingsMessages } from '../messages';
import { CoordinatorDeskField } from './CoordinatorDeskField';

type NumberKey = Exclude<keyof TenantSettings, 'yearEndClosure' | 'coordinatorAgencyId'>;
const NUMBER_FIELDS: {
  key: NumberKey;
  unit: 'days' | 'times' | 'minutes' | 'hours';
  min: number;
  max: number;
}[] = [
  { key: 'referralAcceptBusinessDays', unit: 'days', min: 1, max: 30 },
  { key: 'referralAutoEscalateBusinessDays', unit: 'days', min: 1, max: 60 },
  { key: 'loginMaxFailures', unit: 'times', min: 3, max: 20 },
  { key: 'loginLockMinutes', unit: 'minutes', min: 1, max: 1440 },
  { key: 'sessionHours', unit: 'hours', min: 1, max: 72 },
];

/** The tenant settings: a form for admins, a read-only list for everyone else. */
export function TenantSettingsForm({ view, canEdit }: { view: TenantSettingsView; canEdit: boolean }) {
  const t = useT(settingsMessages);
  const c = useT(commonMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const notify = useToast();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<z.input<typeof tenantSettingsSchema>, unknown, TenantSettings>({
    resolver: zodResolver(tenantSettingsSchema),
    defaultValues: view.settings,
  });
  const { errors, isSubmitting } = form.formState;

  if (!canEdit) {
    return (
      <dl className="divide-y divide-solid-gray-200 rounded-8 border border-solid-gray-420">
        {NUMBER_FIELDS.map((f) => (
          <div key={f.key} className="grid gap-1 px-4 py-3 sm:grid-cols-[1fr_auto]">
            <dt>{t(f.key)}</dt>
            <dd className="font-bold">{t(f.unit, { n: view.settings[f.key] })}</dd>
          </div>
        ))}
        <div className="grid gap-1 px-4 py-3 sm:grid-cols-[1fr_auto]">
          <dt>{t('yearEndClosure')}</dt>
          <dd className="font-bold">{view.settings.yearEndClosure ? c('yes') : c('no')}</dd>
        </div>
      </dl>
    );
  }

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const saved = await updateTenantSettings(values);
      queryClient.setQueryData(tenantSettingsQuery.queryKey, saved);
      form.reset(saved.settings);
      notify(t('settingsSaved'));
    } catch (err) {
      setFailure(err);
      applyServerIssues(err, form.setError, locale);
    }
  });

  return (
    <form noValidate onSubmit={submit} className="flex max-w-2xl flex-col gap-5">
      {failure ? <Notice tone="error" live title={errorText(failure)} /> : null}
      {NUMBER_FIELDS.map((f) => {
        const message = errors[f.key]?.message;
        return (
          <TextField
            key={f.key}
            id={`tenant-${f.key}`}
            type="number"
            inputMode="numeric"
            min={f.min}
            max={f.max}
            label={t(f.key)}
            hint={`${f.min}〜${f.max}`}
            required
            className="max-w-40"
            error={message ? localizeBilingual(message, locale) : undefined}
            {...form.register(f.key, { valueAsNumber: true })}
          />
        );
      })}
      <Checkbox id="tenant-yearEndClosure" label={t('yearEndClosure')} {...form.register('yearEndClosure')} />
      <CoordinatorDeskField
        registration={form.register('coordinatorAgencyId', { setValueAs: (v) => (v ? v : null) })}
        error={
          errors.coordinatorAgencyId?.message
            ? localizeBilingual(errors.coordinatorAgencyId.message, locale)
            : undefined
        }
      />
      <div>
        <Button type="submit" busy={isSubmitting}>
          {t('saveSettings')}
        </Button>
      </div>
    </form>
  );
}
