import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { idOf } from '../../common/node';
import type { Context } from '../../context';
import { AdminLevel, AdminUnit } from './admin-unit.entity';

@Resolver(() => AdminUnit)
export class PlacesResolver {
  @Query(() => [AdminUnit], { description: 'Places of one level and/or under one parent, by name.' })
  adminUnits(
    @Ctx() { em }: Context,
    @Arg('level', () => AdminLevel, { nullable: true }) level?: AdminLevel,
    @Arg('parentId', () => ID, { nullable: true }) parentId?: string,
  ): Promise<AdminUnit[]> {
    return em.find(
      AdminUnit,
      {
        ...(level ? { level } : {}),
        ...(parentId ? { parent: idOf(AdminUnit, parentId, 'parentId') } : {}),
      },
      { orderBy: { level: 'asc', code: 'asc' } },
    );
  }

  @FieldResolver(() => AdminUnit, { nullable: true })
  parent(@Root() unit: AdminUnit): Promise<AdminUnit | null> {
    return unit.parent ? unit.parent.load() : Promise.resolve(null);
  }

  @FieldResolver(() => [AdminUnit])
  async children(@Root() unit: AdminUnit): Promise<AdminUnit[]> {
    return (await unit.children.load()).getItems();
  }
}
