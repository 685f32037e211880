import { Entity, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Consecutive failed sign-ins per username, kept for unknown usernames too, so that slowing down and
 * locking out behave the same whether or not the account exists. An attempt is counted as it starts,
 * before its password is checked (access.service.ts `reserveAttempt`); a success deletes the row.
 */
@Entity({ tableName: 'sign_in_throttle' })
export class SignInThrottle {
  @PrimaryKey({ type: 'string', length: 200 })
  username!: string;

  @Property({ type: 'integer' })
  failures: Opt<number> = 0;

  @Property({ type: 'datetime' })
  lastFailureAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', nullable: true })
  lockedUntil?: Date | null;
}
