/**
 * @tsunagu/japan — Japanese calendar, holiday and text rules shared by the server and the web app.
 * Pure standard JS/Intl, so it runs unchanged in Node and in the browser.
 */
export type { BusinessDayOptions } from './business-days';
export { addBusinessDays, businessDaysBetween, isBusinessDay } from './business-days';
export type { Era, EraId } from './eras';
export { ERAS } from './eras';
export type { FiscalYearLabelOptions, FiscalYearRange } from './fiscal-year';
export { fiscalYearLabel, fiscalYearOf, fiscalYearRange, parseFiscalYearLabel } from './fiscal-year';
export type { Holiday } from './holiday-rules';
export { HOLIDAY_YEAR_RANGE, holidayName, holidayOn, holidaysOf, isHoliday } from './holidays';
export { addDays, addMonths, isIsoDate } from './iso-date';
export {
  foldForSearch,
  hiraganaToKatakana,
  isKana,
  katakanaToHiragana,
  toFullWidthKatakana,
  toHalfWidthAscii,
} from './kana';
export type { FormatWarekiOptions, WarekiDate, WarekiStyle } from './wareki';
export {
  ageOn,
  formatSeireki,
  formatWareki,
  formatWarekiWithWeekday,
  parseWareki,
  toIsoDate,
  toWareki,
} from './wareki';
