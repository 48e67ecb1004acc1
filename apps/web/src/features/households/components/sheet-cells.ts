/** Cell borders of the つなぐシート's tables, drawn like the paper form (and kept in print). */
export const sheetCell = 'border border-solid-gray-600 px-3 py-2 align-top';
/** Header cells of the つなぐシート's tables. */
export const sheetHeadCell = `${sheetCell} bg-solid-gray-50 text-left font-bold whitespace-nowrap`;
