import type { CreateUserInput, Role, UpdateUserInput } from '../../../apollo/generated';

// In the order the district lists its offices; the form shows them this way.
export const ROLES: readonly Role[] = [
  'ADMIN',
  'FINANCE_OFFICER',
  'PLANNING_OFFICER',
  'COMMUNE_OFFICER',
  'LEADERSHIP',
  'ANALYST',
];

export type UserField = 'username' | 'displayName' | 'password' | 'roles' | 'communeIds';

export const USER_FIELDS: readonly UserField[] = ['username', 'displayName', 'password', 'roles', 'communeIds'];

export interface UserFormValues {
  username: string;
  displayName: string;
  password: string;
  roles: ReadonlySet<Role>;
  communeIds: ReadonlySet<string>;
}

/** Only commune officers work within communes; for every other role the server refuses any. */
export function takesCommunes(roles: ReadonlySet<Role> | readonly Role[]): boolean {
  return 'has' in roles ? roles.has('COMMUNE_OFFICER') : roles.includes('COMMUNE_OFFICER');
}

function communeIdsFor(values: Pick<UserFormValues, 'roles' | 'communeIds'>): string[] {
  // Communes ticked before the role was unticked stay in the form, but are not sent.
  return takesCommunes(values.roles) ? [...values.communeIds].sort() : [];
}

function rolesOf(roles: ReadonlySet<Role>): Role[] {
  return ROLES.filter((role) => roles.has(role));
}

export function toCreateUserInput(values: UserFormValues): CreateUserInput {
  return {
    username: values.username.trim(),
    displayName: values.displayName.trim(),
    password: values.password,
    roles: rolesOf(values.roles),
    communeIds: communeIdsFor(values),
  };
}

/** The edit dialog sends name, roles and communes together; the server records what changed. */
export function toUpdateUserInput(
  id: string,
  values: Pick<UserFormValues, 'displayName' | 'roles' | 'communeIds'>,
): UpdateUserInput {
  return {
    id,
    displayName: values.displayName.trim(),
    roles: rolesOf(values.roles),
    communeIds: communeIdsFor(values),
  };
}
