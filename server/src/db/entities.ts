import { NodeEntity } from '../common/node';
import { RateLimitBucket } from '../common/rate-limit-bucket.entity';
import { MODULE_ENTITIES } from '../modules';

// Listed rather than globbed: the server runs from TypeScript sources (tsx, Vitest), where a
// folder scan by the ORM would try to import .ts files natively. Each module lists its own in its
// manifest (modules/<module>/<module>.module.ts).
export const ENTITIES = [NodeEntity, RateLimitBucket, ...MODULE_ENTITIES];
