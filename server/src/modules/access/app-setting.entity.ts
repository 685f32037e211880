import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Server-wide values that every API process must share, e.g. the generated token-signing key. */
@Entity({ tableName: 'app_setting' })
export class AppSetting {
  @PrimaryKey({ type: 'string', length: 60 })
  key!: string;

  @Property({ type: 'text' })
  value!: string;
}
