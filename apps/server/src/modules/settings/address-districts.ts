import { normaliseAddress } from '@tsunagu/contracts/persons';
import { desc, sql } from 'drizzle-orm';
import { addressDistricts } from '../../db/schema';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';

/**
 * 住所 → 学区: the school district of the longest town in the tenant's table that the address
 * contains ('岡山県岡山市北区鹿田町1丁目' → 北区鹿田 → 鹿田学区). A proposal: the clerk may change it.
 * Not audited and not logged: the address is only compared, never stored here.
 */
export async function lookupDistrict(db: Db, actor: Actor, address: string) {
  const normalised = normaliseAddress(address);
  const rows = await runAs(db, actor, (tx) =>
    tx
      .select({ town: addressDistricts.town, code: addressDistricts.schoolDistrictCode })
      .from(addressDistricts)
      .where(sql`strpos(${normalised}, ${addressDistricts.town}) > 0`)
      .orderBy(desc(sql`length(${addressDistricts.town})`))
      .limit(1),
  );
  return { schoolDistrictCode: rows[0]?.code ?? null, town: rows[0]?.town ?? null };
}
