import { registerEnumType } from 'type-graphql';

export enum AreaType {
  /** Nông thôn. */
  RURAL = 'RURAL',
  /** Thành thị. */
  URBAN = 'URBAN',
}
registerEnumType(AreaType, { name: 'AreaType' });

// Decree 07/2021/NĐ-CP, Art. 3.1(b) and Appendix: 6 dimensions, 12 indicators.
export enum Deprivation {
  EMPLOYMENT = 'EMPLOYMENT',
  DEPENDANTS = 'DEPENDANTS',
  NUTRITION = 'NUTRITION',
  HEALTH_INSURANCE = 'HEALTH_INSURANCE',
  ADULT_EDUCATION = 'ADULT_EDUCATION',
  CHILD_SCHOOL_ATTENDANCE = 'CHILD_SCHOOL_ATTENDANCE',
  HOUSING_QUALITY = 'HOUSING_QUALITY',
  HOUSING_AREA = 'HOUSING_AREA',
  DOMESTIC_WATER = 'DOMESTIC_WATER',
  HYGIENIC_LATRINE = 'HYGIENIC_LATRINE',
  TELECOM_USE = 'TELECOM_USE',
  INFORMATION_ASSETS = 'INFORMATION_ASSETS',
}
registerEnumType(Deprivation, {
  name: 'Deprivation',
  description: 'The 12 deprivation indicators of the 2021-2025 multidimensional poverty standard.',
});

export const DEPRIVATIONS: readonly Deprivation[] = Object.values(Deprivation);

export enum PovertyStatus {
  /** Hộ nghèo. */
  POOR = 'POOR',
  /** Hộ cận nghèo. */
  NEAR_POOR = 'NEAR_POOR',
  /** Hộ có mức sống trung bình. */
  AVERAGE_LIVING_STANDARD = 'AVERAGE_LIVING_STANDARD',
  NOT_POOR = 'NOT_POOR',
}
registerEnumType(PovertyStatus, { name: 'PovertyStatus' });

/** Decision 24/2021/QĐ-TTg: the yearly periodic review and the monthly regular one. */
export enum ReviewKind {
  /** Rà soát định kỳ (1 September - 14 December). */
  PERIODIC = 'PERIODIC',
  /** Rà soát thường xuyên (from the 15th of each month). */
  REGULAR = 'REGULAR',
}
registerEnumType(ReviewKind, { name: 'ReviewKind' });

export enum Sex {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(Sex, { name: 'Sex' });

export enum Relation {
  HEAD = 'HEAD',
  SPOUSE = 'SPOUSE',
  CHILD = 'CHILD',
  PARENT = 'PARENT',
  GRANDCHILD = 'GRANDCHILD',
  OTHER = 'OTHER',
}
registerEnumType(Relation, { name: 'Relation', description: 'Relation to the head of the household.' });

/** What a change of status between two reviews means (Circular 07/2021/TT-BLĐTBXH report forms). */
export enum StatusTransition {
  /** First review, or no change. */
  NONE = 'NONE',
  /** Phát sinh mới: poor, not poor before and never poor. */
  NEWLY_POOR = 'NEWLY_POOR',
  /** Tái nghèo: poor again after having escaped. */
  RELAPSED = 'RELAPSED',
  /** Thoát nghèo: poor before, not poor now. */
  ESCAPED = 'ESCAPED',
  /** Near-poor from above (thoát nghèo excluded). */
  NEWLY_NEAR_POOR = 'NEWLY_NEAR_POOR',
  /** Thoát cận nghèo: near-poor before, above now. */
  ESCAPED_NEAR_POVERTY = 'ESCAPED_NEAR_POVERTY',
}
registerEnumType(StatusTransition, { name: 'StatusTransition' });

export enum BenefitKind {
  CASH = 'CASH',
  IN_KIND = 'IN_KIND',
}
registerEnumType(BenefitKind, { name: 'BenefitKind' });

/** What the household list can be ordered by (the registry grid's sortable columns). */
export enum HouseholdSortField {
  CODE = 'CODE',
  VILLAGE = 'VILLAGE',
  /** Poor first, then near-poor, average living standard, not poor, and unreviewed last. */
  STATUS = 'STATUS',
  MEMBER_COUNT = 'MEMBER_COUNT',
}
registerEnumType(HouseholdSortField, { name: 'HouseholdSortField' });

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });
