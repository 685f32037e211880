import { Migration } from '@mikro-orm/migrations';

export class Migration20261128204445_access extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "sign_in_throttle" ("username" varchar(200) not null, "failures" int not null default 0, "last_failure_at" timestamptz not null, "locked_until" timestamptz null, constraint "sign_in_throttle_pkey" primary key ("username"));`);

    this.addSql(`create table "api_token" ("id" serial primary key, "name" varchar(100) not null, "prefix" varchar(20) not null, "secret_hash" varchar(64) not null, "scopes" text[] not null, "user_id" int not null, "created_by_id" int null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "revoked_by_id" int null, "last_used_at" timestamptz null);`);
    this.addSql(`alter table "api_token" add constraint "api_token_secret_hash_unique" unique ("secret_hash");`);

    this.addSql(`create table "security_event" ("id" serial primary key, "at" timestamptz not null, "kind" text check ("kind" in ('SIGN_IN', 'SIGN_IN_FAILED', 'ACCOUNT_LOCKED', 'SIGN_OUT', 'PASSWORD_CHANGED', 'PASSWORD_RESET', 'USER_CREATED', 'USER_UPDATED', 'API_TOKEN_CREATED', 'API_TOKEN_REVOKED')) not null, "username" varchar(200) null, "user_id" int null, "actor_id" int null, "api_token_id" int null, "ip" varchar(64) null, "detail" text null);`);
    this.addSql(`create index "security_event_user_id_at_index" on "security_event" ("user_id", "at");`);
    this.addSql(`create index "security_event_at_index" on "security_event" ("at");`);

    this.addSql(`create table "user_session" ("id" uuid not null, "user_id" int not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "ip" varchar(64) null, "user_agent" varchar(300) null, constraint "user_session_pkey" primary key ("id"));`);
    this.addSql(`create index "user_session_user_id_revoked_at_index" on "user_session" ("user_id", "revoked_at");`);

    this.addSql(`alter table "api_token" add constraint "api_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "api_token" add constraint "api_token_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "api_token" add constraint "api_token_revoked_by_id_foreign" foreign key ("revoked_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "app_user" add column "last_sign_in_at" timestamptz null;`);

    // The security log is append-only for everyone, as the budget's audit trail is.
    this.addSql(`create function "security_event_append_only"() returns trigger language plpgsql as $$
      begin
        raise exception 'security events are append-only: % refused', tg_op using errcode = 'insufficient_privilege';
      end
    $$;`);
    this.addSql(`create trigger "security_event_no_update_or_delete" before update or delete on "security_event" for each row execute function "security_event_append_only"();`);
    this.addSql(`create trigger "security_event_no_truncate" before truncate on "security_event" for each statement execute function "security_event_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "security_event_no_truncate" on "security_event";`);
    this.addSql(`drop trigger if exists "security_event_no_update_or_delete" on "security_event";`);
    this.addSql(`drop function if exists "security_event_append_only"();`);

    this.addSql(`drop table if exists "sign_in_throttle" cascade;`);

    this.addSql(`drop table if exists "api_token" cascade;`);

    this.addSql(`drop table if exists "security_event" cascade;`);

    this.addSql(`drop table if exists "user_session" cascade;`);

    this.addSql(`alter table "app_user" drop column "last_sign_in_at";`);
  }

}
