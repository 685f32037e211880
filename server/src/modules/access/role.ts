import { registerEnumType } from 'type-graphql';

export enum Role {
  ADMIN = 'ADMIN',
  FINANCE_OFFICER = 'FINANCE_OFFICER',
  PLANNING_OFFICER = 'PLANNING_OFFICER',
  COMMUNE_OFFICER = 'COMMUNE_OFFICER',
  LEADERSHIP = 'LEADERSHIP',
  ANALYST = 'ANALYST',
}
registerEnumType(Role, { name: 'Role' });

/** Roles that may read but never change anything. */
export const READ_ONLY_ROLES: readonly Role[] = [Role.LEADERSHIP, Role.ANALYST];
