import { Migration } from '@mikro-orm/migrations';

export class Migration20261203192217_rate_limit_bucket extends Migration {

  override async up(): Promise<void> {
    // Shared rate limits (common/rate-limit.ts): written on every request, worth nothing after a crash
    // (PostgreSQL empties an unlogged table then: everyone's allowance is whole again), so no WAL.
    this.addSql(`create unlogged table "rate_limit_bucket" ("key" varchar(100) not null, "full_at" timestamptz not null, constraint "rate_limit_bucket_pkey" primary key ("key"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limit_bucket" cascade;`);
  }

}
