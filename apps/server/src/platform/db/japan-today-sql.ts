import { sql } from 'drizzle-orm';

/**
 * Today's date in Japan, in SQL. `current_date` is the database session's date (UTC on most servers),
 * a day behind Japan from 00:00 to 09:00 JST; every date the product keeps is a date in Japan.
 */
export const japanToday = sql.raw(`(now() at time zone 'Asia/Tokyo')::date`);
