import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useRef, useState } from 'react';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { AnchorLinkButton, Button } from '../../../components/Button';
import { Checkbox } from '../../../components/Checkbox';
import { Notice } from '../../../components/FormError';
import { PageHeader } from '../../../components/PageHeader';
import { TextField } from '../../../components/TextField';
import { useErrorText } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { agencyMessages } from '../../agencies/messages';
import { type ImportOutcome, importAgencies, importContentType } from '../api';
import { ImportReportView } from '../components/ImportReportView';
import { importMessages } from '../messages';

/** 一括取り込み: choose a file, dry-run it, read the row errors, then import all or only the valid rows. */
export function ImportPage() {
  const t = useT(importMessages);
  const a = useT(agencyMessages);
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [checked, setChecked] = useState<ImportOutcome | null>(null);
  const [done, setDone] = useState<ImportOutcome | null>(null);
  const [validOnly, setValidOnly] = useState(false);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  useDocumentTitle(t('title'));

  async function check(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setDone(null);
    setChecked(null);
    if (!file) return setFileError(t('fileRequired'));
    if (!importContentType(file)) return setFileError(t('fileType'));
    setFileError(undefined);
    setBusy('check');
    try {
      setChecked(await importAgencies(file, { dryRun: true, validRowsOnly: false }));
      setValidOnly(false);
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(null);
    }
  }

  async function runImport() {
    if (!file || !checked) return;
    setFailure(null);
    setBusy('import');
    try {
      const outcome = await importAgencies(file, {
        dryRun: false,
        validRowsOnly: checked.hasErrors && validOnly,
      });
      setDone(outcome);
      if (outcome.report.imported) await queryClient.invalidateQueries({ queryKey: ['agencies'] });
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(null);
    }
  }

  function reset() {
    setFile(null);
    setChecked(null);
    setDone(null);
    setValidOnly(false);
    if (fileInput.current) fileInput.current.value = '';
    fileInput.current?.focus();
  }

  const canImport = checked && !done && (!checked.hasErrors || (validOnly && checked.report.validRows > 0));
  return (
    <div className="flex max-w-4xl flex-col gap-10">
      <PageHeader
        title={t('title')}
        lead={t('lead')}
        breadcrumbs={
          <Breadcrumbs items={[{ label: a('listTitle'), to: '/staff/agencies' }, { label: t('title') }]} />
        }
      />
      <section aria-labelledby="step-template" className="flex flex-col gap-3">
        <h2 id="step-template" className="text-std-22B-150">
          {t('stepTemplate')}
        </h2>
        <p>{t('templateBody')}</p>
        <p>
          <AnchorLinkButton
            href="/api/agencies/export.csv"
            download="agencies-template.csv"
            variant="secondary"
            size="sm"
          >
            {t('templateLink')}
          </AnchorLinkButton>
        </p>
      </section>
      <section aria-labelledby="step-file" className="flex flex-col gap-4">
        <h2 id="step-file" className="text-std-22B-150">
          {t('stepFile')}
        </h2>
        <form noValidate onSubmit={check} className="flex flex-col gap-4">
          <TextField
            ref={fileInput}
            id="import-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            label={t('file')}
            hint={t('fileHint')}
            required
            error={fileError}
            className="file:mr-4 file:rounded-6 file:border-0 file:bg-blue-50 file:px-3 file:py-1 file:text-blue-1000"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setChecked(null);
              setDone(null);
            }}
          />
          <div>
            <Button type="submit" variant="secondary" busy={busy === 'check'}>
              {busy === 'check' ? t('checking') : t('check')}
            </Button>
          </div>
        </form>
      </section>
      <div aria-live="polite" className="flex flex-col gap-4 empty:hidden">
        {failure ? <Notice tone="error" title={errorText(failure)} /> : null}
        {checked && !done ? (
          checked.hasErrors ? (
            <Notice tone="warning" title={t('checkedErrors', { count: checked.report.errors.length })} />
          ) : (
            <Notice tone="success" title={t('checkedOk')} />
          )
        ) : null}
        {done ? (
          done.report.imported ? (
            <Notice
              tone="success"
              title={t('done', { created: done.report.created, updated: done.report.updated })}
            >
              <Link to="/staff/agencies">{t('backToList')}</Link>
            </Notice>
          ) : (
            <Notice tone="error" title={t('notImported')} />
          )
        ) : null}
      </div>
      {checked ? (
        <section aria-labelledby="step-result" className="flex flex-col gap-4">
          <h2 id="step-result" className="text-std-22B-150">
            {t('stepResult')}
          </h2>
          <ImportReportView report={(done ?? checked).report} dryRun={!done} />
          {!done && checked.hasErrors && checked.report.validRows > 0 ? (
            <Checkbox
              id="import-valid-only"
              label={t('validOnly')}
              hint={t('validOnlyHint', { count: checked.report.validRows })}
              checked={validOnly}
              onChange={(event) => setValidOnly(event.target.checked)}
            />
          ) : null}
          <div className="flex flex-wrap gap-3">
            {checked && !done ? (
              <Button onClick={runImport} disabled={!canImport} busy={busy === 'import'}>
                {busy === 'import' ? t('importing') : t('import')}
              </Button>
            ) : null}
            {done ? (
              <Button variant="secondary" onClick={reset}>
                {t('again')}
              </Button>
            ) : null}
          </div>
        </section>
      ) : null}
    </div>
  );
}
