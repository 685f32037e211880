import { Field, ObjectType } from 'type-graphql';

/** An expected business failure, returned as data in a payload; the mutation changed nothing. */
@ObjectType()
export class UserError {
  @Field(() => [String], {
    nullable: true,
    description: 'Path to the input at fault from the argument on, e.g. ["input", "changes", "3", "amount"].',
  })
  field?: string[];

  @Field(() => String, { description: 'Stable machine-readable code, SCREAMING_SNAKE_CASE, e.g. EXCEEDS_ENVELOPE.' })
  code!: string;

  @Field(() => String)
  message!: string;

  constructor(code: string, message: string, field?: string[]) {
    this.code = code;
    this.message = message;
    this.field = field;
  }
}
