import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType('Node', { description: 'An object with a global id, fetchable with `node(id)`.' })
export abstract class NodeInterface {
  @Field(() => ID, { description: 'Global object id.' })
  id!: string;
}
