/** Person-level contracts: duplicate detection at intake (SPEC M2) and the match keys it is built on. */
export * from './duplicates';
export * from './normalise';
