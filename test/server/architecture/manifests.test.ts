import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../../server/src/db/entities';
import { MODULE_RESOLVERS, MODULES, NODE_TYPES } from '../../../server/src/modules';

describe('the module manifests (modules/index.ts)', () => {
  it('give the ORM and the schema each entity and resolver once', () => {
    expect(new Set(ENTITIES).size).toBe(ENTITIES.length);
    expect(new Set(MODULE_RESOLVERS).size).toBe(MODULE_RESOLVERS.length);
  });

  it("register each Node type with an entity of the module's own", () => {
    for (const module of MODULES) {
      for (const [name, rule] of Object.entries(module.nodeTypes)) {
        expect(module.entities, `${module.name}: ${name}`).toContain(rule.entity);
        expect(NODE_TYPES[name]).toBe(rule);
      }
    }
  });

  it('name their error codes in SCREAMING_SNAKE, each code its own name', () => {
    const codes = MODULES.flatMap((module) => module.errorCodes.flatMap((codeEnum) => Object.entries(codeEnum)));
    expect(codes.length).toBeGreaterThan(0);
    for (const [name, code] of codes) {
      expect(code).toBe(name);
      expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
    }
  });
});
