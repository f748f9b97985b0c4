import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { checkText } from '../../core/validate';
import { Connection, PageArgs, toConnection, toPage } from '../../graphql/connection';
import { fromGlobalId } from '../../graphql/global-id';
import { auditEntries } from './audit.service';
import { AuditEntry } from './audit-entry.entity';

const AuditConnection = Connection(AuditEntry, 'AuditEntry');

@ArgsType()
class AuditArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only changes of this record (global id).' })
  recordId?: string;

  @Field(() => String, { nullable: true, description: 'Only changes by this actor (key name).' })
  actor?: string;
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized('ADMIN')
  @Query(() => AuditConnection, { description: 'Who changed what and when, newest first (admin key).' })
  async auditLog(@Args(() => AuditArgs) args: AuditArgs, @Ctx() ctx: Context) {
    checkText(args.actor, 'actor', { max: 120 });
    const record = args.recordId ? fromGlobalId(args.recordId, 'recordId') : null;
    const page = toPage(args.first, args.after);
    const { rows, totalCount } = await auditEntries(
      ctx.em,
      { entityType: record?.type, entityId: record?.id, actor: args.actor || undefined },
      page,
    );
    return toConnection(rows, totalCount, page);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Changed fields before the change, as JSON (null for CREATE).',
  })
  before(@Root() e: AuditEntry) {
    return e.before === null ? null : JSON.stringify(e.before);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Changed fields after the change, as JSON (null for DELETE).',
  })
  after(@Root() e: AuditEntry) {
    return e.after === null ? null : JSON.stringify(e.after);
  }
}
