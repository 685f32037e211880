/** Every way a change to a plan can say no, as returned in `userErrors[].code`. */
export enum PlanErrorCode {
  PLAN_NOT_FOUND = 'PLAN_NOT_FOUND',
  PLAN_CLOSED = 'PLAN_CLOSED',
  /** Targets set here are per commune; the district's own come from the plan's decision. */
  UNIT_NOT_A_COMMUNE_OF_DISTRICT = 'UNIT_NOT_A_COMMUNE_OF_DISTRICT',
  VALUE_OUT_OF_RANGE = 'VALUE_OUT_OF_RANGE',
  TOO_MANY_DECIMALS = 'TOO_MANY_DECIMALS',
  /** Someone changed the target since the editor loaded it. */
  VERSION_CONFLICT = 'VERSION_CONFLICT',
}
