// The access module's public entry: what other modules, and the app around them, may use of it.
// The permission table (permissions.ts) and its enforcement (auth.ts) are the access module's:
// the other modules name their fields there by coordinate and import nothing for it.

export { accessModule } from './access.module';
export {
  authenticate,
  DEFAULT_SIGN_IN_POLICY,
  type SignInPolicy,
} from './access.service';
export { ApiScope } from './api-scope';
export { applyPermissions, checkRule, requireSignInPlugin, strangerGate, tokenReaches } from './auth';
export { ENDPOINT_PERMISSIONS } from './permissions';
export { Role } from './role';
export { createTokenService, loadSigningKey, type TokenService } from './tokens';
export { User } from './user.entity';
