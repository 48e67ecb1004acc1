import { zodResolver } from '@hookform/resolvers/zod';
import { changePasswordRequestSchema } from '@tsunagu/contracts/auth';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/FormError';
import { PageHeader } from '../../../components/PageHeader';
import { TextField } from '../../../components/TextField';
import { useToast } from '../../../components/Toast';
import { useErrorText } from '../../../lib/errors';
import { applyServerIssues } from '../../../lib/form';
import { localizeBilingual, useI18n, useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { changePassword } from '../api';
import { authMessages } from '../messages';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
}

/** パスワード変更 for the signed-in user, with the shared password rules. */
export function AccountPage() {
  const t = useT(authMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const notify = useToast();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<PasswordForm>({
    resolver: zodResolver(changePasswordRequestSchema),
    defaultValues: { currentPassword: '', newPassword: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);
  useDocumentTitle(t('accountTitle'));

  async function submit(values: PasswordForm) {
    setFailure(null);
    try {
      await changePassword(values);
      form.reset();
      notify(t('passwordChanged'));
    } catch (err) {
      setFailure(err);
      applyServerIssues(err, form.setError, locale);
    }
  }

  return (
    <div className="flex max-w-lg flex-col">
      <PageHeader title={t('accountTitle')} />
      <div aria-live="assertive" className="mb-4 empty:hidden">
        {failure ? <Notice tone="error" title={errorText(failure)} /> : null}
      </div>
      <form noValidate onSubmit={form.handleSubmit(submit)} className="flex flex-col gap-5">
        <TextField
          id="pw-current"
          type="password"
          label={t('currentPassword')}
          autoComplete="current-password"
          required
          error={msg(errors.currentPassword?.message)}
          {...form.register('currentPassword')}
        />
        <TextField
          id="pw-new"
          type="password"
          label={t('newPassword')}
          hint={t('newPasswordHint')}
          autoComplete="new-password"
          required
          error={msg(errors.newPassword?.message)}
          {...form.register('newPassword')}
        />
        <div>
          <Button type="submit" busy={isSubmitting}>
            {t('changePassword')}
          </Button>
        </div>
      </form>
    </div>
  );
}
