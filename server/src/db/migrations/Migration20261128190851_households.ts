import { Migration } from '@mikro-orm/migrations';

export class Migration20261128190851_households extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "household" ("id" serial primary key, "code" varchar(40) not null, "village_id" int not null, "commune_id" int not null, "area_type" text check ("area_type" in ('RURAL', 'URBAN')) not null, "ethnic_minority" boolean not null, "independent_since" date null, "other_housing_support" boolean not null default false, "synthetic" boolean not null default false, "updated_at" timestamptz not null default now());`);
    this.addSql(`alter table "household" add constraint "household_code_unique" unique ("code");`);
    this.addSql(`create index "household_village_id_index" on "household" ("village_id");`);
    this.addSql(`create index "household_commune_id_id_index" on "household" ("commune_id", "id");`);

    this.addSql(`create table "household_member" ("id" serial primary key, "household_id" int not null, "position" smallint not null, "name" varchar(200) not null, "sex" text check ("sex" in ('MALE', 'FEMALE')) null, "birth_year" smallint null, "ethnicity" varchar(60) null, "disability" boolean not null default false, "relation" text check ("relation" in ('HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'GRANDCHILD', 'OTHER')) not null, constraint household_member_birth_year check ((birth_year IS NULL) OR (birth_year BETWEEN 1890 AND 2100)));`);
    this.addSql(`alter table "household_member" add constraint "household_member_household_id_position_unique" unique ("household_id", "position");`);

    this.addSql(`create table "eligibility_rule" ("id" serial primary key, "component_code" varchar(10) not null, "valid_from" date not null, "valid_to" date null, "statuses" text[] not null, "includes_newly_escaped" boolean not null default false, "min_years_independent" int null, "independent_reference_date" date null, "excludes_other_housing_support" boolean not null default false, "requires_any_deprivation" text[] not null, "document_id" int not null, constraint eligibility_rule_period check ((valid_to IS NULL) OR (valid_to >= valid_from)));`);
    this.addSql(`alter table "eligibility_rule" add constraint "eligibility_rule_component_code_valid_from_unique" unique ("component_code", "valid_from");`);

    this.addSql(`create table "poverty_standard" ("id" serial primary key, "document_id" int not null, "valid_from" date not null, "valid_to" date null, "rural_income_line" bigint not null, "urban_income_line" bigint not null, "rural_average_upper" bigint not null, "urban_average_upper" bigint not null, "poor_deprivation_count" int not null, "newly_escaped_months" int not null, constraint poverty_standard_lines check ((rural_income_line > 0) AND (urban_income_line > 0) AND (rural_average_upper >= rural_income_line) AND (urban_average_upper >= urban_income_line)), constraint poverty_standard_period check ((valid_to IS NULL) OR (valid_to >= valid_from)));`);
    this.addSql(`alter table "poverty_standard" add constraint "poverty_standard_valid_from_unique" unique ("valid_from");`);

    this.addSql(`create table "assessment" ("id" serial primary key, "household_id" int not null, "year" smallint not null, "kind" text check ("kind" in ('PERIODIC', 'REGULAR')) not null, "month" smallint not null, "monthly_income_per_capita" bigint not null, "deprivations" text[] not null, "status" text check ("status" in ('POOR', 'NEAR_POOR', 'AVERAGE_LIVING_STANDARD', 'NOT_POOR')) not null, "standard_id" int not null, "decision_number" varchar(80) null, "recognised_on" date null, "updated_at" timestamptz not null default now(), constraint assessment_income check ((monthly_income_per_capita >= 0)), constraint assessment_month check ((month BETWEEN 1 AND 12)));`);
    this.addSql(`create index "assessment_year_household_id_month_index" on "assessment" ("year", "household_id", "month");`);
    this.addSql(`alter table "assessment" add constraint "assessment_household_id_year_kind_month_unique" unique ("household_id", "year", "kind", "month");`);

    this.addSql(`create table "support_norm" ("id" serial primary key, "component_code" varchar(10) not null, "kind" varchar(40) not null, "amount" bigint not null, "valid_from" date not null, "valid_to" date null, "document_id" int not null, constraint support_norm_amount_positive check ((amount > 0)), constraint support_norm_period check ((valid_to IS NULL) OR (valid_to >= valid_from)));`);
    this.addSql(`alter table "support_norm" add constraint "support_norm_component_code_kind_valid_from_unique" unique ("component_code", "kind", "valid_from");`);

    this.addSql(`create table "benefit" ("id" serial primary key, "household_id" int not null, "allocation_id" int not null, "component_id" int not null, "received_on" date not null, "kind" text check ("kind" in ('CASH', 'IN_KIND')) not null, "amount" bigint null, "description" text not null, "override_reason" text null, "overridden_failures" text null, "recorded_at" timestamptz not null default now(), "recorded_by_id" int not null, constraint benefit_amount check (((kind = 'CASH') AND (amount > 0)) OR ((kind = 'IN_KIND') AND ((amount IS NULL) OR (amount >= 0)))));`);
    this.addSql(`create index "benefit_allocation_id_index" on "benefit" ("allocation_id");`);
    this.addSql(`create index "benefit_component_id_index" on "benefit" ("component_id");`);
    this.addSql(`create index "benefit_household_id_received_on_index" on "benefit" ("household_id", "received_on");`);

    this.addSql(`alter table "household" add constraint "household_village_id_foreign" foreign key ("village_id") references "admin_unit" ("id") on update cascade;`);
    this.addSql(`alter table "household" add constraint "household_commune_id_foreign" foreign key ("commune_id") references "admin_unit" ("id") on update cascade;`);

    this.addSql(`alter table "household_member" add constraint "household_member_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "eligibility_rule" add constraint "eligibility_rule_document_id_foreign" foreign key ("document_id") references "legal_document" ("id") on update cascade;`);

    this.addSql(`alter table "poverty_standard" add constraint "poverty_standard_document_id_foreign" foreign key ("document_id") references "legal_document" ("id") on update cascade;`);

    this.addSql(`alter table "assessment" add constraint "assessment_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "assessment" add constraint "assessment_standard_id_foreign" foreign key ("standard_id") references "poverty_standard" ("id") on update cascade;`);

    this.addSql(`alter table "support_norm" add constraint "support_norm_document_id_foreign" foreign key ("document_id") references "legal_document" ("id") on update cascade;`);

    this.addSql(`alter table "benefit" add constraint "benefit_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade;`);
    this.addSql(`alter table "benefit" add constraint "benefit_allocation_id_foreign" foreign key ("allocation_id") references "allocation" ("id") on update cascade;`);
    this.addSql(`alter table "benefit" add constraint "benefit_component_id_foreign" foreign key ("component_id") references "program_component" ("id") on update cascade;`);
    this.addSql(`alter table "benefit" add constraint "benefit_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade;`);

    // A benefit, and the override reason it may carry, is a record of what was paid: append-only for everyone.
    this.addSql(`create function "benefit_append_only"() returns trigger language plpgsql as $$
      begin
        raise exception 'benefits are append-only: % refused', tg_op using errcode = 'insufficient_privilege';
      end
    $$;`);
    this.addSql(`create trigger "benefit_no_update_or_delete" before update or delete on "benefit" for each row execute function "benefit_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "benefit_no_update_or_delete" on "benefit";`);
    this.addSql(`drop function if exists "benefit_append_only"();`);

    this.addSql(`alter table "household_member" drop constraint "household_member_household_id_foreign";`);

    this.addSql(`alter table "assessment" drop constraint "assessment_household_id_foreign";`);

    this.addSql(`alter table "benefit" drop constraint "benefit_household_id_foreign";`);

    this.addSql(`alter table "assessment" drop constraint "assessment_standard_id_foreign";`);

    this.addSql(`drop table if exists "household" cascade;`);

    this.addSql(`drop table if exists "household_member" cascade;`);

    this.addSql(`drop table if exists "eligibility_rule" cascade;`);

    this.addSql(`drop table if exists "poverty_standard" cascade;`);

    this.addSql(`drop table if exists "assessment" cascade;`);

    this.addSql(`drop table if exists "support_norm" cascade;`);

    this.addSql(`drop table if exists "benefit" cascade;`);
  }

}
