import { Migration } from '@mikro-orm/migrations';

export class Migration20261128213258_reports extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "report_submission" ("id" serial primary key, "plan_id" int not null, "unit_id" int not null, "kind" text check ("kind" in ('COMMUNE_PLAN', 'SEMIANNUAL_REPORT', 'ANNUAL_REPORT')) not null, "due_on" date not null, "submitted_on" date not null, "households" int null, "poor_households" int null, "near_poor_households" int null, "escaped_poverty" int null, "newly_poor" int null, "disbursed" bigint null, "beneficiaries" int null, "attachment_name" varchar(200) null, "attachment_content_type" varchar(100) null, "attachment_size" int null, "attachment_content" bytea null, "note" text null, "submitted_by_id" int null, "recorded_at" timestamptz not null default now(), "version" int not null default 1, constraint report_submission_attachment_whole check (((attachment_name IS NULL) AND (attachment_content_type IS NULL) AND (attachment_size IS NULL) AND (attachment_content IS NULL)) OR ((attachment_name IS NOT NULL) AND (attachment_content_type IS NOT NULL) AND (attachment_size = octet_length(attachment_content)))), constraint report_submission_commune_plan_without_figures check ((kind <> 'COMMUNE_PLAN'::text) OR ((households IS NULL) AND (poor_households IS NULL) AND (near_poor_households IS NULL) AND (escaped_poverty IS NULL) AND (newly_poor IS NULL) AND (disbursed IS NULL) AND (beneficiaries IS NULL))), constraint report_submission_figures_not_negative check ((households >= 0) AND (poor_households >= 0) AND (near_poor_households >= 0) AND (escaped_poverty >= 0) AND (newly_poor >= 0) AND (disbursed >= 0) AND (beneficiaries >= 0)));`);
    this.addSql(`create index "report_submission_unit_id_index" on "report_submission" ("unit_id");`);
    this.addSql(`alter table "report_submission" add constraint "report_submission_plan_id_unit_id_kind_unique" unique ("plan_id", "unit_id", "kind");`);

    this.addSql(`create table "report_submission_revision" ("id" serial primary key, "submission_id" int not null, "version" int not null, "submitted_on" date not null, "recorded_at" timestamptz not null default now(), "recorded_by_id" int null, "content" jsonb not null);`);
    this.addSql(`alter table "report_submission_revision" add constraint "report_submission_revision_submission_id_version_unique" unique ("submission_id", "version");`);

    this.addSql(`alter table "report_submission" add constraint "report_submission_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade;`);
    this.addSql(`alter table "report_submission" add constraint "report_submission_unit_id_foreign" foreign key ("unit_id") references "implementing_unit" ("id") on update cascade;`);
    this.addSql(`alter table "report_submission" add constraint "report_submission_submitted_by_id_foreign" foreign key ("submitted_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "report_submission_revision" add constraint "report_submission_revision_submission_id_foreign" foreign key ("submission_id") references "report_submission" ("id") on update cascade;`);
    this.addSql(`alter table "report_submission_revision" add constraint "report_submission_revision_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    // Each recorded version of a report is the record of who sent what when: append-only for everyone.
    this.addSql(`create function "report_submission_revision_append_only"() returns trigger language plpgsql as $$
      begin
        raise exception 'report revisions are append-only: % refused', tg_op using errcode = 'insufficient_privilege';
      end
    $$;`);
    this.addSql(`create trigger "report_submission_revision_no_update_or_delete" before update or delete on "report_submission_revision" for each row execute function "report_submission_revision_append_only"();`);
    this.addSql(`create trigger "report_submission_revision_no_truncate" before truncate on "report_submission_revision" for each statement execute function "report_submission_revision_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "report_submission_revision_no_truncate" on "report_submission_revision";`);
    this.addSql(`drop trigger if exists "report_submission_revision_no_update_or_delete" on "report_submission_revision";`);
    this.addSql(`drop function if exists "report_submission_revision_append_only"();`);

    this.addSql(`alter table "report_submission_revision" drop constraint "report_submission_revision_submission_id_foreign";`);

    this.addSql(`drop table if exists "report_submission" cascade;`);

    this.addSql(`drop table if exists "report_submission_revision" cascade;`);
  }

}
