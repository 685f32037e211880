import { Migration } from '@mikro-orm/migrations';

export class Migration20261128181007_init extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "admin_unit" ("id" serial primary key, "code" varchar(40) not null, "name" varchar(200) not null, "level" text check ("level" in ('PROVINCE', 'DISTRICT', 'COMMUNE', 'VILLAGE')) not null, "parent_id" int null, "synthetic" boolean not null default false);`);
    this.addSql(`alter table "admin_unit" add constraint "admin_unit_code_unique" unique ("code");`);
    this.addSql(`create index "admin_unit_parent_id_index" on "admin_unit" ("parent_id");`);

    this.addSql(`create table "app_setting" ("key" varchar(60) not null, "value" text not null, constraint "app_setting_pkey" primary key ("key"));`);

    this.addSql(`create table "implementing_unit" ("id" serial primary key, "code" varchar(40) not null, "name" varchar(200) not null, "kind" text check ("kind" in ('DISTRICT_OFFICE', 'COMMUNE_COMMITTEE', 'OTHER')) not null, "district_id" int not null, "commune_id" int null);`);
    this.addSql(`alter table "implementing_unit" add constraint "implementing_unit_code_unique" unique ("code");`);
    this.addSql(`create index "implementing_unit_district_id_index" on "implementing_unit" ("district_id");`);
    this.addSql(`create index "implementing_unit_commune_id_index" on "implementing_unit" ("commune_id");`);

    this.addSql(`create table "legal_document" ("id" serial primary key, "number" varchar(80) not null, "kind" text check ("kind" in ('OFFICIAL_LETTER', 'DECISION', 'DECREE', 'CIRCULAR', 'OTHER')) not null, "issued_on" date not null, "issuer" varchar(200) not null, "title" text not null);`);
    this.addSql(`alter table "legal_document" add constraint "legal_document_number_issuer_unique" unique ("number", "issuer");`);

    this.addSql(`create table "plan" ("id" serial primary key, "year" int not null, "title" text not null, "district_id" int not null, "status" text check ("status" in ('DRAFT', 'ISSUED', 'CLOSED')) not null, "standard_id" int not null, "purposes" text[] not null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "plan" add constraint "plan_district_id_year_unique" unique ("district_id", "year");`);

    this.addSql(`create table "deadline" ("id" serial primary key, "plan_id" int not null, "kind" text check ("kind" in ('COMMUNE_PLAN', 'SEMIANNUAL_REPORT', 'ANNUAL_REPORT')) not null, "due_on" date not null, "source_text" text not null);`);
    this.addSql(`alter table "deadline" add constraint "deadline_plan_id_kind_unique" unique ("plan_id", "kind");`);

    this.addSql(`create table "plan_legal_basis" ("position" serial primary key, "plan_id" int not null, "legal_document_id" int not null);`);

    this.addSql(`create table "plan_unit" ("id" serial primary key, "plan_id" int not null, "unit_id" int not null, "position" int not null, "duties" text[] not null);`);
    this.addSql(`create index "plan_unit_unit_id_index" on "plan_unit" ("unit_id");`);
    this.addSql(`alter table "plan_unit" add constraint "plan_unit_plan_id_unit_id_unique" unique ("plan_id", "unit_id");`);

    this.addSql(`create table "program_component" ("id" serial primary key, "plan_id" int not null, "code" varchar(10) not null, "name" text not null, "kind" text check ("kind" in ('PROJECT', 'SUBPROJECT')) not null, "parent_id" int null, "position" int not null, "objective" text not null, "beneficiaries" text not null, "activities" text[] not null, "outputs" text[] not null);`);
    this.addSql(`create index "program_component_parent_id_index" on "program_component" ("parent_id");`);
    this.addSql(`alter table "program_component" add constraint "program_component_plan_id_code_unique" unique ("plan_id", "code");`);

    this.addSql(`create table "component_lead_unit" ("program_component_id" int not null, "implementing_unit_id" int not null, constraint "component_lead_unit_pkey" primary key ("program_component_id", "implementing_unit_id"));`);

    this.addSql(`create table "target" ("id" serial primary key, "plan_id" int not null, "indicator" text check ("indicator" in ('POOR_HOUSEHOLD_RATE', 'POOR_HOUSEHOLD_RATE_REDUCTION')) not null, "unit_id" int not null, "comparator" text check ("comparator" in ('AT_MOST', 'AT_LEAST')) not null, "value" numeric(5,2) not null, "baseline" numeric(5,2) null, "source_text" text null, "version" int not null default 1);`);
    this.addSql(`create index "target_unit_id_index" on "target" ("unit_id");`);
    this.addSql(`alter table "target" add constraint "target_plan_id_unit_id_indicator_unique" unique ("plan_id", "unit_id", "indicator");`);

    this.addSql(`create table "app_user" ("id" serial primary key, "username" varchar(60) not null, "display_name" varchar(200) not null, "password_hash" text not null, "roles" text[] not null, "active" boolean not null default true, "created_at" timestamptz not null);`);
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);

    this.addSql(`create table "user_commune_scope" ("user_id" int not null, "admin_unit_id" int not null, constraint "user_commune_scope_pkey" primary key ("user_id", "admin_unit_id"));`);

    this.addSql(`alter table "admin_unit" add constraint "admin_unit_parent_id_foreign" foreign key ("parent_id") references "admin_unit" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "implementing_unit" add constraint "implementing_unit_district_id_foreign" foreign key ("district_id") references "admin_unit" ("id") on update cascade;`);
    this.addSql(`alter table "implementing_unit" add constraint "implementing_unit_commune_id_foreign" foreign key ("commune_id") references "admin_unit" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "plan" add constraint "plan_district_id_foreign" foreign key ("district_id") references "admin_unit" ("id") on update cascade;`);
    this.addSql(`alter table "plan" add constraint "plan_standard_id_foreign" foreign key ("standard_id") references "legal_document" ("id") on update cascade;`);

    this.addSql(`alter table "deadline" add constraint "deadline_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade;`);

    this.addSql(`alter table "plan_legal_basis" add constraint "plan_legal_basis_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "plan_legal_basis" add constraint "plan_legal_basis_legal_document_id_foreign" foreign key ("legal_document_id") references "legal_document" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "plan_unit" add constraint "plan_unit_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade;`);
    this.addSql(`alter table "plan_unit" add constraint "plan_unit_unit_id_foreign" foreign key ("unit_id") references "implementing_unit" ("id") on update cascade;`);

    this.addSql(`alter table "program_component" add constraint "program_component_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade;`);
    this.addSql(`alter table "program_component" add constraint "program_component_parent_id_foreign" foreign key ("parent_id") references "program_component" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "component_lead_unit" add constraint "component_lead_unit_program_component_id_foreign" foreign key ("program_component_id") references "program_component" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "component_lead_unit" add constraint "component_lead_unit_implementing_unit_id_foreign" foreign key ("implementing_unit_id") references "implementing_unit" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "target" add constraint "target_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade;`);
    this.addSql(`alter table "target" add constraint "target_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id") on update cascade;`);

    this.addSql(`alter table "user_commune_scope" add constraint "user_commune_scope_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "user_commune_scope" add constraint "user_commune_scope_admin_unit_id_foreign" foreign key ("admin_unit_id") references "admin_unit" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "admin_unit" drop constraint "admin_unit_parent_id_foreign";`);

    this.addSql(`alter table "implementing_unit" drop constraint "implementing_unit_district_id_foreign";`);

    this.addSql(`alter table "implementing_unit" drop constraint "implementing_unit_commune_id_foreign";`);

    this.addSql(`alter table "plan" drop constraint "plan_district_id_foreign";`);

    this.addSql(`alter table "target" drop constraint "target_unit_id_foreign";`);

    this.addSql(`alter table "user_commune_scope" drop constraint "user_commune_scope_admin_unit_id_foreign";`);

    this.addSql(`alter table "plan_unit" drop constraint "plan_unit_unit_id_foreign";`);

    this.addSql(`alter table "component_lead_unit" drop constraint "component_lead_unit_implementing_unit_id_foreign";`);

    this.addSql(`alter table "plan" drop constraint "plan_standard_id_foreign";`);

    this.addSql(`alter table "plan_legal_basis" drop constraint "plan_legal_basis_legal_document_id_foreign";`);

    this.addSql(`alter table "deadline" drop constraint "deadline_plan_id_foreign";`);

    this.addSql(`alter table "plan_legal_basis" drop constraint "plan_legal_basis_plan_id_foreign";`);

    this.addSql(`alter table "plan_unit" drop constraint "plan_unit_plan_id_foreign";`);

    this.addSql(`alter table "program_component" drop constraint "program_component_plan_id_foreign";`);

    this.addSql(`alter table "target" drop constraint "target_plan_id_foreign";`);

    this.addSql(`alter table "program_component" drop constraint "program_component_parent_id_foreign";`);

    this.addSql(`alter table "component_lead_unit" drop constraint "component_lead_unit_program_component_id_foreign";`);

    this.addSql(`alter table "user_commune_scope" drop constraint "user_commune_scope_user_id_foreign";`);

    this.addSql(`drop table if exists "admin_unit" cascade;`);

    this.addSql(`drop table if exists "app_setting" cascade;`);

    this.addSql(`drop table if exists "implementing_unit" cascade;`);

    this.addSql(`drop table if exists "legal_document" cascade;`);

    this.addSql(`drop table if exists "plan" cascade;`);

    this.addSql(`drop table if exists "deadline" cascade;`);

    this.addSql(`drop table if exists "plan_legal_basis" cascade;`);

    this.addSql(`drop table if exists "plan_unit" cascade;`);

    this.addSql(`drop table if exists "program_component" cascade;`);

    this.addSql(`drop table if exists "component_lead_unit" cascade;`);

    this.addSql(`drop table if exists "target" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "user_commune_scope" cascade;`);
  }

}
