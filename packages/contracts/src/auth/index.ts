import { z } from 'zod';
import { roleSchema } from '../common/roles';

export const loginRequestSchema = z.object({
  email: z.email({ error: 'メールアドレスの形式が正しくありません / invalid e-mail address' }).max(254),
  password: z.string().min(1, { error: 'パスワードを入力してください / password required' }).max(256),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** The signed-in user as the web sees it. */
export const meSchema = z.object({
  user: z.object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    roles: z.array(roleSchema),
    agencyId: z.uuid().nullable(),
    agencyName: z.string().nullable(),
    divisionCode: z.string().nullable(),
    locale: z.enum(['ja', 'en']),
  }),
  tenant: z.object({ slug: z.string(), name: z.string(), nameEn: z.string() }),
  /** Echo this in the X-CSRF-Token header of every state-changing request. */
  csrfToken: z.string(),
});
export type Me = z.infer<typeof meSchema>;

/** Password rules, shared by the form and the server. */
export const PASSWORD_MIN_LENGTH = 12;
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, {
    error: `${PASSWORD_MIN_LENGTH}文字以上にしてください / at least ${PASSWORD_MIN_LENGTH} characters`,
  })
  .max(256)
  .refine((p) => new Set(p).size >= 5, {
    error: '同じ文字の繰り返しが多すぎます / use at least 5 different characters',
  });

export const changePasswordRequestSchema = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: passwordSchema,
});

export const sessionSchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  userEmail: z.string(),
  userDisplayName: z.string(),
  userAgent: z.string().nullable(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  current: z.boolean(),
});
export type SessionInfo = z.infer<typeof sessionSchema>;
export const sessionListSchema = z.object({ items: z.array(sessionSchema) });
