/**
 * What the generator needs from the tenant (its code lists and agency directory, read from the
 * database after the demo seed) and what it makes. Generated rows refer to agencies by code, not id,
 * so the same seed gives the same data on PGlite and PostgreSQL even though their agency ids differ.
 */
import type { AgencyInput } from '@tsunagu/contracts/agencies';

export type SchoolDistrictRef = { code: string; labelJa: string; welfareDistrictCode: string };
export type WelfareDistrictRef = { code: string; labelJa: string };
export type ProblemCategoryRef = { code: string; labelJa: string };
export type AgencyRef = { code: string; categoryCode: string; districts: string[]; fields: string[] };

/** The tenant's reference data the city is built from. */
export type CityRefs = {
  welfareDistricts: WelfareDistrictRef[];
  schoolDistricts: SchoolDistrictRef[];
  problemCategories: ProblemCategoryRef[];
  agencies: AgencyRef[];
};

export type Sex = 'female' | 'male' | 'other' | 'unanswered';
export type Relationship = 'self' | 'spouse' | 'child' | 'parent';

/** A person row, with the search columns made by personSearchColumns(). */
export type GenPerson = {
  id: string;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  birthDate: string | null;
  sex: Sex;
  address: string | null;
  schoolDistrictCode: string | null;
  phones: string[];
  nameKey: string;
  searchText: string;
  searchGrams: string[];
  createdByAgencyCode: string;
  createdAt: Date;
};

export type GenMember = {
  id: string;
  householdId: string;
  personId: string;
  relationship: Relationship;
  livesTogether: boolean;
  createdAt: Date;
};

export type GenHousehold = {
  id: string;
  /** The composition it was made from (e.g. 'elderlySingle', 'p8050Single'). */
  type: string;
  address: string;
  schoolDistrictCode: string;
  welfareDistrictCode: string;
  createdByAgencyCode: string;
  createdAt: Date;
};

export type GenIntake = {
  id: string;
  householdId: string;
  agencyCode: string;
  receivedOn: string;
  channel: string;
  visitor: string;
  summary: string;
  urgency: string;
  createdBy: string;
  createdAt: Date;
};

export type GenProblem = {
  id: string;
  intakeId: string;
  householdId: string;
  personId: string;
  categoryCode: string;
  isMain: boolean;
};

/** A live link (basis 'intake'), one per household and recording agency, from its first intake there. */
export type GenLiveLink = {
  id: string;
  householdId: string;
  agencyCode: string;
  sourceId: string;
  createdBy: string;
  validFrom: Date;
};

/** The generated city: every row the loader inserts. */
export type City = {
  /** The rest of the agency directory (generator/agencies.ts): entries that record nothing here. */
  directory: AgencyInput[];
  households: GenHousehold[];
  persons: GenPerson[];
  members: GenMember[];
  intakes: GenIntake[];
  problems: GenProblem[];
  liveLinks: GenLiveLink[];
};

export type GenerateOptions = {
  seed: number;
  /** 1 = 30,000 households, ~60,000 persons, 150,000 intakes. */
  scale: number;
};

/** Full-scale sizes (SPEC §5). */
export const FULL_SCALE = { households: 30_000, intakes: 150_000, referrals: 40_000 } as const;

/** The date ages are counted from, fixed so that the data does not change with the calendar. */
export const REFERENCE_DATE = '2026-04-01';
/** Intakes are received over five 年度: FY2021 to FY2025. */
export const INTAKE_WINDOW = { from: '2021-04-01', to: '2026-03-31' } as const;
