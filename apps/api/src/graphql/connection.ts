import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { Page } from '../core/page';
import { badInput } from './errors';

@ObjectType({ description: 'Relay page information for a connection.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item on this page.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item on this page; pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds `XConnection` and `XEdge` object types for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a list, with its cursor.` })
  class Edge {
    @Field(() => String, {
      description: 'Opaque position of this item; pass it as `after` to continue after it.',
    })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (Relay connection).` })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge], { description: 'The items on this page.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Where this page is in the whole list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items matching the filter, over all pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}

export { DEFAULT_PAGE_SIZE, MAX_OFFSET, MAX_PAGE_SIZE } from './page-size';

import { DEFAULT_PAGE_SIZE, MAX_OFFSET, MAX_PAGE_SIZE } from './page-size';

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size, 1–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
  })
  first?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor after which the page starts (`pageInfo.endCursor`).',
  })
  after?: string;
}

/**
 * Paging that may also open a page by position: `offset` (0-based) instead of `after`, so a client can
 * open page n of size s at n × s directly (from its URL) without knowing the cursors' format.
 */
@ArgsType()
export class OffsetPageArgs extends PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Position of the page's first item, 0–${MAX_OFFSET} (page n of size s starts at n × s); instead of \`after\`, not with it.`,
  })
  offset?: number;
}

const CURSOR_PREFIX = 'offset:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

/** Validates `first`/`after` (or `first`/`offset`, see OffsetPageArgs) into a limit and offset. */
export function toPage(
  first: number | undefined | null,
  after: string | undefined | null,
  offset?: number | null,
): Page {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw badInput('first', `must be an integer from 1 to ${MAX_PAGE_SIZE}.`);
  }
  if (offset != null) {
    if (after != null) throw badInput('offset', 'give either `after` or `offset`, not both.');
    if (!Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET)
      throw badInput('offset', `must be an integer from 0 to ${MAX_OFFSET}.`);
    return { limit, offset };
  }
  if (after == null) return { limit, offset: 0 };
  const decoded = Buffer.from(after, 'base64url').toString('utf8');
  const last = Number(decoded.slice(CURSOR_PREFIX.length));
  if (!decoded.startsWith(CURSOR_PREFIX) || !Number.isSafeInteger(last) || last < 0) {
    throw badInput('after', 'is not a cursor returned by this API.');
  }
  return { limit, offset: last + 1 };
}

export function toConnection<T>(nodes: T[], totalCount: number, page: Page): ConnectionShape<T> {
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: page.offset + nodes.length < totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
