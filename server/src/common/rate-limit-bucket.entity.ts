import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One caller's request allowance (common/rate-limit.ts), in the database so that every server
 * process counts against the same one. Kept only while not full: a row whose `fullAt` has passed
 * says no more than a missing row, and is deleted.
 */
@Entity({ tableName: 'rate_limit_bucket' })
export class RateLimitBucket {
  /** Who is counted: `user:<id>`, `token:<id>` or `ip:<address>`. */
  @PrimaryKey({ type: 'string', length: 100 })
  key!: string;

  /** When the allowance is whole again; each admitted request moves it 60/limit seconds later. */
  @Property({ type: 'datetime' })
  fullAt!: Date;
}
