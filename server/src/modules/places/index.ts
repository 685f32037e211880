// The places module's public entry: what other modules may use of it.
export { AdminLevel, AdminUnit } from './admin-unit.entity';
export { placesModule } from './places.module';
