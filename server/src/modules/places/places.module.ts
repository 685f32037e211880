import type { FeatureModule } from '../../common/module';
import { AdminUnit } from './admin-unit.entity';
import { PlacesResolver } from './places.resolver';

export const placesModule: FeatureModule = {
  name: 'places',
  entities: [AdminUnit],
  resolvers: [PlacesResolver],
  nodeTypes: { AdminUnit: { entity: AdminUnit } },
  errorCodes: [],
};
