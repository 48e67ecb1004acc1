/** What an empty box says, as on the printed sheet. */
export const NONE = '—';
export const MAIN_MARK = '【主訴】';
export const SHEET_CAUTION =
  'この用紙には個人情報が含まれます。取り扱いに注意し、目的外に使用しないでください。';
