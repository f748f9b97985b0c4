import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType('Node', { description: 'An object with a global id, fetchable with `node(id)`.' })
export abstract class NodeInterface {
  // Mapped to the `nodeId` getter every implementing entity has, not to the numeric database id.
  @Field(() => ID, { name: 'id', description: 'Global object id.' })
  nodeId!: string;
}
