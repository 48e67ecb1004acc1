import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { type LoginRequest, loginRequestSchema } from '@tsunagu/contracts/auth';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/FormError';
import { PageHeader } from '../../../components/PageHeader';
import { TextField } from '../../../components/TextField';
import { useToast } from '../../../components/Toast';
import { useErrorText } from '../../../lib/errors';
import { localizeBilingual, useI18n, useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { login } from '../api';
import { authMessages } from '../messages';

const route = getRouteApi('/login');

/** Only same-app paths are followed after sign-in (no open redirect). */
function safeRedirect(target: string | undefined): string {
  return target?.startsWith('/') && !target.startsWith('//') && !target.startsWith('/login')
    ? target
    : '/staff';
}

/** サインイン: e-mail and password, server refusals (wrong password, locked account) in an alert. */
export function LoginPage() {
  const t = useT(authMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const notify = useToast();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { redirect } = route.useSearch();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<LoginRequest>({
    resolver: zodResolver(loginRequestSchema),
    defaultValues: { email: '', password: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const msg = (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);
  useDocumentTitle(t('loginTitle'));

  async function submit(values: LoginRequest) {
    setFailure(null);
    try {
      await login(queryClient, values);
      notify(t('signedIn'));
      await navigate({ href: safeRedirect(redirect) });
    } catch (err) {
      setFailure(err);
      form.setValue('password', '');
      form.setFocus('password');
    }
  }

  return (
    <div className="mx-auto flex max-w-lg flex-col">
      <PageHeader title={t('loginTitle')} lead={t('loginLead')} />
      <div aria-live="assertive" className="mb-4 empty:hidden">
        {failure ? <Notice tone="error" title={errorText(failure)} /> : null}
      </div>
      <form
        noValidate
        onSubmit={form.handleSubmit(submit)}
        className="flex flex-col gap-5 rounded-12 border border-solid-gray-420 p-6"
      >
        <TextField
          id="login-email"
          type="email"
          label={t('email')}
          autoComplete="username"
          required
          error={msg(errors.email?.message)}
          {...form.register('email')}
        />
        <TextField
          id="login-password"
          type="password"
          label={t('password')}
          autoComplete="current-password"
          required
          error={msg(errors.password?.message)}
          {...form.register('password')}
        />
        <Button type="submit" busy={isSubmitting} className="w-full">
          {isSubmitting ? t('submitting') : t('submit')}
        </Button>
      </form>
      <p className="mt-6 text-std-16N-170">
        {t('publicNote')} <Link to="/">{t('publicLink')}</Link>
      </p>
    </div>
  );
}
