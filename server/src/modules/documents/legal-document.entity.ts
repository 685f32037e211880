import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { NodeEntity } from '../../common/node';
import { DateScalar } from '../../common/scalars';

export enum DocumentKind {
  /** Công văn */
  OFFICIAL_LETTER = 'OFFICIAL_LETTER',
  /** Quyết định */
  DECISION = 'DECISION',
  /** Nghị định */
  DECREE = 'DECREE',
  /** Thông tư */
  CIRCULAR = 'CIRCULAR',
  /** Kế hoạch, nghị quyết, other */
  OTHER = 'OTHER',
}
registerEnumType(DocumentKind, { name: 'DocumentKind' });

/** A legal document a plan, standard or budget decision rests on (căn cứ). */
@ObjectType({ implements: NodeEntity })
@Entity({ tableName: 'legal_document' })
@Unique({ properties: ['number', 'issuer'] })
export class LegalDocument extends NodeEntity {
  @Field(() => String, { description: 'As written on the document, e.g. "75/QĐ-UBND".' })
  @Property({ type: 'string', length: 80 })
  number!: string;

  @Field(() => DocumentKind)
  @Enum({ items: () => DocumentKind, type: 'string' })
  kind!: DocumentKind;

  @Field(() => DateScalar)
  @Property({ type: 'date', columnType: 'date' })
  issuedOn!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  issuer!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  title!: string;
}
