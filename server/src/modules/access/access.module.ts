import type { FeatureModule } from '../../common/module';
import { AccessErrorCode } from './access.errors';
import { AccessResolver } from './access.resolver';
import { ApiToken } from './api-token.entity';
import { ApiTokensResolver } from './api-tokens.resolver';
import { AppSetting } from './app-setting.entity';
import { Role } from './role';
import { SecurityEvent } from './security-event.entity';
import { SecurityEventsResolver } from './security-events.resolver';
import { SignInThrottle } from './sign-in-throttle.entity';
import { User } from './user.entity';
import { UserSession } from './user-session.entity';
import { UsersResolver } from './users.resolver';

export const accessModule: FeatureModule = {
  name: 'access',
  entities: [User, AppSetting, UserSession, ApiToken, SecurityEvent, SignInThrottle],
  resolvers: [AccessResolver, UsersResolver, ApiTokensResolver, SecurityEventsResolver],
  nodeTypes: {
    User: {
      entity: User,
      canRead: ({ viewer }, id) => viewer?.user.id === id || (viewer?.roles.includes(Role.ADMIN) ?? false),
    },
  },
  errorCodes: [AccessErrorCode],
};
