/** The household the user came from, kept in the URL so the person's name can be shown. */
export interface ConsentSearch {
  household?: string | undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Narrows the URL query to {@link ConsentSearch}, dropping anything that is not an id. */
export function validateConsentSearch(raw: Record<string, unknown>): ConsentSearch {
  const household = raw.household;
  return { household: typeof household === 'string' && UUID.test(household) ? household : undefined };
}
