import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate } from '@tanstack/react-router';
import { auditQuerySchema } from '@tsunagu/contracts/audit';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '../../../components/Button';
import { TextField } from '../../../components/TextField';
import { localizeBilingual, useI18n, useT } from '../../../lib/i18n';
import { commonMessages } from '../../../lib/messages';
import { auditMessages } from '../messages';
import type { AuditSearch } from '../search';

const filterSchema = auditQuerySchema.pick({ from: true, to: true, action: true, entityType: true });
type FilterValues = z.input<typeof filterSchema>;
type Filters = z.output<typeof filterSchema>;

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** Period, action and entity-type filters; applying them updates the URL. */
export function AuditFilters({ search }: { search: AuditSearch }) {
  const t = useT(auditMessages);
  const c = useT(commonMessages);
  const { locale } = useI18n();
  const navigate = useNavigate();
  const form = useForm<FilterValues, unknown, Filters>({
    resolver: zodResolver(filterSchema),
    defaultValues: { from: search.from, to: search.to, action: search.action, entityType: search.entityType },
  });
  const { errors } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);
  const opt = { setValueAs: emptyToUndefined };

  const submit = form.handleSubmit((values) => {
    if (values.from && values.to && values.to < values.from) {
      form.setError('to', { type: 'range', message: t('dateError') });
      return;
    }
    void navigate({ to: '/audit', search: { ...values } });
  });

  return (
    <search
      aria-labelledby="audit-filter-heading"
      className="rounded-12 border border-solid-gray-420 bg-solid-gray-50 p-4 md:p-6"
    >
      <form noValidate onSubmit={submit}>
        <h2 id="audit-filter-heading" className="mb-3 text-std-18B-160">
          {t('filters')}
        </h2>
        <div className="grid gap-4 md:grid-cols-4 md:items-end">
          <TextField
            id="audit-from"
            type="date"
            label={t('from')}
            error={msg(errors.from?.message)}
            {...form.register('from', opt)}
          />
          <TextField
            id="audit-to"
            type="date"
            label={t('to')}
            error={msg(errors.to?.message)}
            {...form.register('to', opt)}
          />
          <TextField
            id="audit-action"
            label={t('action')}
            hint={t('actionHint')}
            spellCheck={false}
            error={msg(errors.action?.message)}
            {...form.register('action', opt)}
          />
          <TextField
            id="audit-entityType"
            label={t('entityType')}
            hint={t('entityTypeHint')}
            spellCheck={false}
            error={msg(errors.entityType?.message)}
            {...form.register('entityType', opt)}
          />
        </div>
        <div className="mt-4 flex flex-wrap gap-4">
          <Button type="submit" size="sm">
            {t('apply')}
          </Button>
          {search.from || search.to || search.action || search.entityType ? (
            <Button variant="tertiary" size="sm" onClick={() => void navigate({ to: '/audit', search: {} })}>
              {c('clear')}
            </Button>
          ) : null}
        </div>
      </form>
    </search>
  );
}
