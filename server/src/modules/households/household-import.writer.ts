import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../../common/sql';
import type { ParsedHousehold, ParsedReview } from './household-import.checker';

/** The set-based write of checked households: a fixed number of statements whatever the file's size. */
export const writeHouseholds = async (em: EntityManager, households: ParsedHousehold[]): Promise<void> => {
  const list = <T>(pick: (household: ParsedHousehold) => T) =>
    pgArray(households.map((household) => pick(household) as string | number | null));
  // An unchanged row is not rewritten (nor is its updated_at touched): re-importing a file is a no-op.
  await em.execute(
    `insert into household (code, village_id, commune_id, area_type, ethnic_minority, independent_since, other_housing_support)
     select * from unnest(?::text[], ?::int[], ?::int[], ?::text[], ?::boolean[], ?::date[], ?::boolean[])
     on conflict (code) do update set village_id = excluded.village_id, commune_id = excluded.commune_id,
        area_type = excluded.area_type, ethnic_minority = excluded.ethnic_minority,
        independent_since = excluded.independent_since, other_housing_support = excluded.other_housing_support, updated_at = now()
      where (household.village_id, household.commune_id, household.area_type, household.ethnic_minority,
             household.independent_since, household.other_housing_support)
            is distinct from (excluded.village_id, excluded.commune_id, excluded.area_type, excluded.ethnic_minority,
             excluded.independent_since, excluded.other_housing_support)`,
    [
      list((h) => h.code),
      list((h) => h.villageId ?? null),
      list((h) => h.communeId ?? null),
      list((h) => h.areaType),
      list((h) => String(h.ethnicMinority)),
      list((h) => h.independentSince),
      list((h) => String(h.otherHousingSupport)),
    ],
  );
  const members = households.flatMap((household) =>
    household.members.map((member, index) => ({ code: household.code, position: index + 1, member })),
  );
  const column = (pick: (row: (typeof members)[number]) => string | number | null) => pgArray(members.map(pick));
  await em.execute(
    `insert into household_member (household_id, position, name, sex, birth_year, ethnicity, disability, relation)
     select h.id, m.position, m.name, m.sex, m.birth_year, m.ethnicity, m.disability, m.relation
       from unnest(?::text[], ?::smallint[], ?::text[], ?::text[], ?::smallint[], ?::text[], ?::boolean[], ?::text[])
            as m(code, position, name, sex, birth_year, ethnicity, disability, relation)
       join household h on h.code = m.code
     on conflict (household_id, position) do update set name = excluded.name, sex = excluded.sex,
        birth_year = excluded.birth_year, ethnicity = excluded.ethnicity, disability = excluded.disability, relation = excluded.relation
      where (household_member.name, household_member.sex, household_member.birth_year, household_member.ethnicity,
             household_member.disability, household_member.relation)
            is distinct from (excluded.name, excluded.sex, excluded.birth_year, excluded.ethnicity, excluded.disability, excluded.relation)`,
    [
      column((row) => row.code),
      column((row) => row.position),
      column((row) => row.member.name),
      column((row) => row.member.sex),
      column((row) => row.member.birthYear),
      column((row) => row.member.ethnicity),
      column((row) => String(row.member.disability)),
      column((row) => row.member.relation),
    ],
  );
  // The file lists every member: those beyond its count have left the household.
  await em.execute(
    `delete from household_member m using unnest(?::text[], ?::int[]) as f(code, members), household h
      where h.code = f.code and m.household_id = h.id and m.position > f.members`,
    [list((h) => h.code), list((h) => h.members.length)],
  );
  const reviewed = households.filter((household) => household.review && household.standardId !== undefined);
  const review = <T>(pick: (household: ParsedHousehold, r: ParsedReview) => T) =>
    pgArray(
      reviewed.map((household) => pick(household, household.review as ParsedReview) as string | number | bigint | null),
    );
  await em.execute(
    `insert into assessment (household_id, year, kind, month, monthly_income_per_capita, deprivations, status, standard_id,
                             decision_number, recognised_on)
     select h.id, a.year, a.kind, a.month, a.income, string_to_array(a.deprivations, ','), a.status, a.standard_id,
            a.decision_number, a.recognised_on
       from unnest(?::text[], ?::smallint[], ?::text[], ?::smallint[], ?::bigint[], ?::text[], ?::text[], ?::int[], ?::text[], ?::date[])
            as a(code, year, kind, month, income, deprivations, status, standard_id, decision_number, recognised_on)
       join household h on h.code = a.code
     on conflict (household_id, year, kind, month) do update set monthly_income_per_capita = excluded.monthly_income_per_capita,
        deprivations = excluded.deprivations, status = excluded.status, standard_id = excluded.standard_id,
        decision_number = excluded.decision_number, recognised_on = excluded.recognised_on, updated_at = now()
      where (assessment.monthly_income_per_capita, assessment.deprivations, assessment.status, assessment.standard_id,
             assessment.decision_number, assessment.recognised_on)
            is distinct from (excluded.monthly_income_per_capita, excluded.deprivations, excluded.status, excluded.standard_id,
             excluded.decision_number, excluded.recognised_on)`,
    [
      review((h) => h.code),
      review((_, r) => r.year),
      review((_, r) => r.kind),
      review((_, r) => r.month),
      review((_, r) => r.income),
      review((_, r) => r.deprivations.join(',')),
      review((h) => h.status ?? null),
      review((h) => h.standardId ?? null),
      review((_, r) => r.decisionNumber),
      review((_, r) => r.recognisedOn),
    ],
  );
};
