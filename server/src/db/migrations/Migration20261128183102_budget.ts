import { Migration } from '@mikro-orm/migrations';

export class Migration20261128183102_budget extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "envelope" ("id" serial primary key, "plan_id" int not null, "component_id" int not null, "capital_type" text check ("capital_type" in ('INVESTMENT', 'RECURRENT')) not null, "source" text check ("source" in ('CENTRAL_BUDGET', 'PROVINCIAL_BUDGET', 'DISTRICT_BUDGET', 'POLICY_CREDIT', 'OTHER')) not null, "amount" bigint not null, "allocated" bigint not null default 0, "disbursed" bigint not null default 0, "decision_id" int not null, "version" int not null default 1, "updated_at" timestamptz not null default now(), "updated_by_id" int null);`);
    this.addSql(`create index "envelope_component_id_index" on "envelope" ("component_id");`);
    this.addSql(`alter table "envelope" add constraint "envelope_plan_id_component_id_capital_type_source_unique" unique ("plan_id", "component_id", "capital_type", "source");`);

    this.addSql(`create table "envelope_assignment" ("id" serial primary key, "envelope_id" int not null, "decision_id" int not null, "amount" bigint not null, "created_at" timestamptz not null default now(), "created_by_id" int not null);`);
    this.addSql(`create index "envelope_assignment_envelope_id_created_at_index" on "envelope_assignment" ("envelope_id", "created_at");`);

    this.addSql(`create table "audit_entry" ("id" bigserial primary key, "at" timestamptz not null default now(), "user_id" int null, "plan_id" int not null, "action" text check ("action" in ('ASSIGN', 'ALLOCATE', 'APPROVE', 'ADJUST', 'DISBURSE')) not null, "entity" text check ("entity" in ('ENVELOPE', 'ALLOCATION', 'PLAN', 'DISBURSEMENT')) not null, "entity_id" int not null, "old_amount" bigint null, "new_amount" bigint null, "decision_number" varchar(80) null, "decision_date" date null, "reason" text null, "details" jsonb null);`);
    this.addSql(`create index "audit_entry_user_id_index" on "audit_entry" ("user_id");`);
    this.addSql(`create index "audit_entry_entity_entity_id_id_index" on "audit_entry" ("entity", "entity_id", "id");`);
    this.addSql(`create index "audit_entry_plan_id_at_index" on "audit_entry" ("plan_id", "at");`);

    this.addSql(`create table "allocation_approval" ("id" serial primary key, "plan_id" int not null, "decision_id" int not null, "approved_at" timestamptz not null default now(), "approved_by_id" int not null);`);
    this.addSql(`alter table "allocation_approval" add constraint "allocation_approval_plan_id_unique" unique ("plan_id");`);

    this.addSql(`create table "allocation" ("id" serial primary key, "envelope_id" int not null, "unit_id" int not null, "amount" bigint not null, "status" text check ("status" in ('DRAFT', 'APPROVED')) not null default 'DRAFT', "version" int not null default 1, "disbursed" bigint not null default 0, "updated_at" timestamptz not null default now(), "updated_by_id" int null);`);
    this.addSql(`create index "allocation_unit_id_index" on "allocation" ("unit_id");`);
    this.addSql(`alter table "allocation" add constraint "allocation_envelope_id_unit_id_unique" unique ("envelope_id", "unit_id");`);

    this.addSql(`create table "disbursement" ("id" serial primary key, "allocation_id" int not null, "paid_on" date not null, "amount" bigint not null, "recorded_at" timestamptz not null default now(), "recorded_by_id" int not null);`);
    this.addSql(`create index "disbursement_allocation_id_paid_on_index" on "disbursement" ("allocation_id", "paid_on");`);

    this.addSql(`alter table "envelope" add constraint "envelope_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade;`);
    this.addSql(`alter table "envelope" add constraint "envelope_component_id_foreign" foreign key ("component_id") references "program_component" ("id") on update cascade;`);
    this.addSql(`alter table "envelope" add constraint "envelope_decision_id_foreign" foreign key ("decision_id") references "legal_document" ("id") on update cascade;`);
    this.addSql(`alter table "envelope" add constraint "envelope_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "envelope_assignment" add constraint "envelope_assignment_envelope_id_foreign" foreign key ("envelope_id") references "envelope" ("id") on update cascade;`);
    this.addSql(`alter table "envelope_assignment" add constraint "envelope_assignment_decision_id_foreign" foreign key ("decision_id") references "legal_document" ("id") on update cascade;`);
    this.addSql(`alter table "envelope_assignment" add constraint "envelope_assignment_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);


    this.addSql(`alter table "allocation_approval" add constraint "allocation_approval_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade;`);
    this.addSql(`alter table "allocation_approval" add constraint "allocation_approval_decision_id_foreign" foreign key ("decision_id") references "legal_document" ("id") on update cascade;`);
    this.addSql(`alter table "allocation_approval" add constraint "allocation_approval_approved_by_id_foreign" foreign key ("approved_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "allocation" add constraint "allocation_envelope_id_foreign" foreign key ("envelope_id") references "envelope" ("id") on update cascade;`);
    this.addSql(`alter table "allocation" add constraint "allocation_unit_id_foreign" foreign key ("unit_id") references "implementing_unit" ("id") on update cascade;`);
    this.addSql(`alter table "allocation" add constraint "allocation_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "disbursement" add constraint "disbursement_allocation_id_foreign" foreign key ("allocation_id") references "allocation" ("id") on update cascade;`);
    this.addSql(`alter table "disbursement" add constraint "disbursement_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade;`);

    // The money rules hold in the database too, whatever code writes: no negative or oversized cell,
    // never more allocated than assigned, never more paid than allocated.
    this.addSql(`alter table "allocation" add constraint "allocation_amount_range" check ("amount" >= 0 and "amount" <= 1000000000000000);`);
    this.addSql(`alter table "allocation" add constraint "allocation_disbursed_within_amount" check ("disbursed" >= 0 and "disbursed" <= "amount");`);
    this.addSql(`alter table "envelope" add constraint "envelope_allocated_within_amount" check ("allocated" >= 0 and "allocated" <= "amount");`);
    this.addSql(`alter table "envelope" add constraint "envelope_disbursed_within_allocated" check ("disbursed" >= 0 and "disbursed" <= "allocated");`);
    this.addSql(`alter table "disbursement" add constraint "disbursement_amount_positive" check ("amount" > 0);`);

    // Audit entries are append-only for everyone: API, ORM and SQL alike.
    this.addSql(`create function "audit_entry_append_only"() returns trigger language plpgsql as $$
      begin
        raise exception 'audit entries are append-only: % refused', tg_op using errcode = 'insufficient_privilege';
      end
    $$;`);
    this.addSql(`create trigger "audit_entry_no_update_or_delete" before update or delete on "audit_entry" for each row execute function "audit_entry_append_only"();`);
    this.addSql(`create trigger "audit_entry_no_truncate" before truncate on "audit_entry" for each statement execute function "audit_entry_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "audit_entry_no_truncate" on "audit_entry";`);
    this.addSql(`drop trigger if exists "audit_entry_no_update_or_delete" on "audit_entry";`);
    this.addSql(`drop function if exists "audit_entry_append_only"();`);
    this.addSql(`alter table "envelope_assignment" drop constraint "envelope_assignment_envelope_id_foreign";`);

    this.addSql(`alter table "allocation" drop constraint "allocation_envelope_id_foreign";`);

    this.addSql(`alter table "disbursement" drop constraint "disbursement_allocation_id_foreign";`);

    this.addSql(`drop table if exists "envelope" cascade;`);

    this.addSql(`drop table if exists "envelope_assignment" cascade;`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "allocation_approval" cascade;`);

    this.addSql(`drop table if exists "allocation" cascade;`);

    this.addSql(`drop table if exists "disbursement" cascade;`);
  }

}
