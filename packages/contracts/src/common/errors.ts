import { z } from 'zod';

/**
 * Stable error codes with their HTTP status and messages in Japanese and English. The server
 * answers every error with one of these; the web shows the message of the user's language.
 */
export const ERRORS = {
  validation_failed: { status: 400, ja: '入力内容に誤りがあります。', en: 'The request is not valid.' },
  malformed_request: {
    status: 400,
    ja: 'リクエストの形式が正しくありません。',
    en: 'The request is malformed.',
  },
  unauthenticated: { status: 401, ja: 'サインインしてください。', en: 'Please sign in.' },
  invalid_credentials: {
    status: 401,
    ja: 'メールアドレスまたはパスワードが正しくありません。',
    en: 'The e-mail address or password is incorrect.',
  },
  csrf_failed: {
    status: 403,
    ja: '画面を再読み込みしてからもう一度お試しください（CSRFトークンが無効です）。',
    en: 'Reload the page and try again (the CSRF token is invalid).',
  },
  forbidden: { status: 403, ja: 'この操作を行う権限がありません。', en: 'You are not allowed to do this.' },
  not_found: { status: 404, ja: '見つかりません。', en: 'Not found.' },
  version_conflict: {
    status: 409,
    ja: '他の人が先に更新しました。最新の内容を読み込んでからやり直してください。',
    en: 'Someone else changed this first. Reload and try again.',
  },
  conflict: {
    status: 409,
    ja: 'すでに存在するか、現在の状態ではできない操作です。',
    en: 'This conflicts with the current state.',
  },
  invalid_transition: {
    status: 409,
    ja: 'この紹介は現在の状態ではその操作ができません。画面を再読み込みしてください。',
    en: 'This referral cannot do that in its current state. Reload the page.',
  },
  consent_required: {
    status: 422,
    ja: '紹介先に情報を渡す根拠がありません。紹介先を含む本人の同意を記録するか、緊急の理由を記入してください。',
    en: 'There is no basis to share with this agency. Record the person’s consent covering it, or state the emergency.',
  },
  unsupported_media_type: {
    status: 415,
    ja: 'この形式のデータは受け付けられません。',
    en: 'This content type is not supported.',
  },
  payload_too_large: { status: 413, ja: 'データが大きすぎます。', en: 'The request is too large.' },
  unprocessable: { status: 422, ja: 'この内容では処理できません。', en: 'The request cannot be processed.' },
  weak_password: {
    status: 422,
    ja: 'パスワードが規則を満たしていません。',
    en: 'The password does not meet the rules.',
  },
  import_has_errors: {
    status: 422,
    ja: 'ファイルに誤りのある行があります。何も取り込んでいません。',
    en: 'The file has rows with errors. Nothing was imported.',
  },
  account_locked: {
    status: 429,
    ja: 'サインインの失敗が続いたため、一時的にロックしています。しばらくしてからお試しください。',
    en: 'Too many failed sign-ins. The account is locked for a while.',
  },
  rate_limited: {
    status: 429,
    ja: 'リクエストが多すぎます。しばらくしてからお試しください。',
    en: 'Too many requests. Try again later.',
  },
  internal: {
    status: 500,
    ja: 'システムエラーが発生しました。時間をおいてお試しください。',
    en: 'Something went wrong on our side.',
  },
  unavailable: {
    status: 503,
    ja: 'データベースに接続できません。しばらくしてからお試しください。',
    en: 'The database is unavailable.',
  },
} as const satisfies Record<string, { status: number; ja: string; en: string }>;

/** One of the stable error codes. */
export type ErrorCode = keyof typeof ERRORS;

/** A problem with one field of the input. */
export const issueSchema = z.object({
  path: z.string(),
  message: z.string(),
});

/** The body of every error response. */
export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    messageEn: z.string(),
    issues: z.array(issueSchema).optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
