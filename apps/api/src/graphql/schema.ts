import type { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage, type MiddlewareFn, UseMiddleware } from 'type-graphql';
import type { Context } from '../context';
import { AdoptionResolver } from '../modules/adoption/adoption.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { inMutationScope } from '../modules/audit/audit-scope';
import { authChecker } from '../modules/auth/auth-checker';
import { CatalogueResolver } from '../modules/catalogue/catalogue.resolver';
import { PracticeDetailsResolver, ProjectDetailsResolver } from '../modules/details/owner-details.resolver';
import {
  CostItemEditingResolver,
  FundingLineEditingResolver,
  OutcomeEditingResolver,
  PracticeEditingResolver,
  ProjectEditingResolver,
} from '../modules/editing/editing.resolver';
import { CostItem } from '../modules/finance/cost-item.entity';
import {
  CostItemResolver,
  FundingLineResolver,
  OrganisationFundingsResolver,
} from '../modules/finance/finance.resolver';
import { FundingLine } from '../modules/finance/funding-line.entity';
import { ItemCostRolesResolver } from '../modules/indicator/cost-roles.resolver';
import { Indicator } from '../modules/indicator/indicator.entity';
import {
  ComparisonRowResolver,
  ExplanationInputResolver,
  IndicatorResolver,
  IndicatorValueResolver,
} from '../modules/indicator/indicator.resolver';
import { IndicatorValue } from '../modules/indicator/indicator-value.entity';
import { MunicipalityProfileResolver } from '../modules/indicator/municipality-profile.resolver';
import { OutcomeCellResolver } from '../modules/indicator/outcome-cell.resolver';
import { OutcomeMatrixPageResolver } from '../modules/indicator/outcome-matrix-page.resolver';
import { DraftResolver, ImportedDocumentResolver } from '../modules/ingestion/ingestion.resolver';
import { Municipality } from '../modules/municipality/municipality.entity';
import { MunicipalityResolver } from '../modules/municipality/municipality.resolver';
import { NodeResolver } from '../modules/node/node.resolver';
import { Organisation } from '../modules/organisation/organisation.entity';
import { OrganisationResolver } from '../modules/organisation/organisation.resolver';
import { Outcome } from '../modules/outcome/outcome.entity';
import { OutcomeResolver } from '../modules/outcome/outcome.resolver';
import { ContactResolver, PersonResolver } from '../modules/person/person.resolver';
import { Place } from '../modules/place/place.entity';
import { PlaceLinkResolver, PlaceResolver } from '../modules/place/place.resolver';
import { PlaceLink } from '../modules/place/place-link.entity';
import { Practice } from '../modules/practice/practice.entity';
import { PracticeResolver } from '../modules/practice/practice.resolver';
import {
  MunicipalityPracticesResolver,
  ProjectPracticesResolver,
} from '../modules/practice/practice-links.resolver';
import { MunicipalityProjectsResolver } from '../modules/project/municipality-projects.resolver';
import { Project } from '../modules/project/project.entity';
import { ProjectResolver } from '../modules/project/project.resolver';
import {
  ProjectMunicipalityResolver,
  ProjectPartnerResolver,
} from '../modules/project/project-links.resolver';
import { ProjectMunicipality } from '../modules/project/project-municipality.entity';
import { ProjectPartner } from '../modules/project/project-partner.entity';
import { SimilarityResolver } from '../modules/similarity/similarity.resolver';
import { CitationResolver } from '../modules/source/citation.resolver';
import { DatedFactResolver } from '../modules/source/dated-fact';
import { SourceResolver } from '../modules/source/source.resolver';
import { CodeLabelsResolver } from '../modules/vocabulary/code-labels.resolver';
import { Term } from '../modules/vocabulary/term.entity';
import { TermLinkInfoResolver } from '../modules/vocabulary/term.loaders';
import { TermResolver } from '../modules/vocabulary/term.resolver';
import { deadlineMiddleware } from './deadline';
import { resolveChildrenFromRows, resolveRelationsFromRows } from './relations';

export const resolvers = [
  MunicipalityResolver,
  CodeLabelsResolver,
  DatedFactResolver,
  TermLinkInfoResolver,
  ExplanationInputResolver,
  MunicipalityProjectsResolver,
  MunicipalityPracticesResolver,
  ProjectResolver,
  ProjectDetailsResolver,
  ProjectPracticesResolver,
  ProjectMunicipalityResolver,
  ProjectPartnerResolver,
  PracticeResolver,
  PracticeDetailsResolver,
  CatalogueResolver,
  OutcomeResolver,
  CostItemResolver,
  FundingLineResolver,
  ItemCostRolesResolver,
  OrganisationResolver,
  OrganisationFundingsResolver,
  ProjectEditingResolver,
  PracticeEditingResolver,
  OutcomeEditingResolver,
  FundingLineEditingResolver,
  CostItemEditingResolver,
  SourceResolver,
  CitationResolver,
  PlaceResolver,
  PlaceLinkResolver,
  ContactResolver,
  PersonResolver,
  TermResolver,
  IndicatorResolver,
  IndicatorValueResolver,
  ComparisonRowResolver,
  MunicipalityProfileResolver,
  OutcomeCellResolver,
  OutcomeMatrixPageResolver,
  DraftResolver,
  ImportedDocumentResolver,
  AuditResolver,
  SimilarityResolver,
  AdoptionResolver,
  NodeResolver,
] as const;

let cached: Promise<GraphQLSchema> | undefined;

/**
 * The deadline is checked by every resolver method (queries, mutations, field resolvers: where time is
 * spent), not as a global middleware: that would wrap every plain property field too, and on a
 * 1 500-row comparison the wrapping alone cost more than the SQL. The same one middleware puts a
 * mutation's root field in the caller's audit scope (reads never enter it: inMutationScope).
 */
const resolverMiddleware: MiddlewareFn<Context> = (action, next) =>
  inMutationScope(action.info, action.context.actor, () => deadlineMiddleware(action, next));
// A class middleware reaches only the methods its class declares, so the classes a resolver inherits
// from (the editing factory's mutations, `CitedResolver`'s citations) get it too, each once.
const resolverClasses = new Set<object>();
for (const resolver of resolvers)
  for (let c: object = resolver; c !== Function.prototype; c = Object.getPrototypeOf(c))
    resolverClasses.add(c);
for (const c of resolverClasses) UseMiddleware(resolverMiddleware)(c as never);

/** Many-to-one fields resolved straight from the row's key (see resolveRelationsFromRows). */
const RELATIONS_ON_ROWS = [
  [IndicatorValue, 'indicator', Indicator, 'code'],
  [IndicatorValue, 'municipality', Municipality, 'code'],
  [CostItem, 'municipality', Municipality, 'code'],
  [CostItem, 'project', Project, 'id'],
  [CostItem, 'practice', Practice, 'id'],
  [FundingLine, 'funder', Organisation, 'id'],
  [FundingLine, 'recipient', Municipality, 'code'],
  [FundingLine, 'project', Project, 'id'],
  [FundingLine, 'practice', Practice, 'id'],
  [Outcome, 'project', Project, 'id'],
  [Outcome, 'practice', Practice, 'id'],
  [ProjectMunicipality, 'municipality', Municipality, 'code'],
  [ProjectMunicipality, 'project', Project, 'id'],
  [ProjectPartner, 'organisation', Organisation, 'id'],
  [Place, 'municipality', Municipality, 'code'],
  [Organisation, 'municipality', Municipality, 'code'],
  [Practice, 'municipality', Municipality, 'code'],
  [Practice, 'funder', Organisation, 'id'],
  [Practice, 'parentProject', Project, 'id'],
  [Outcome, 'domain', Term, 'id'],
] as const;

/** One-to-many fields read by the children loader straight from the parent's id (see resolveChildrenFromRows). */
const CHILDREN_ON_ROWS = [
  [Project, 'municipalities', ProjectMunicipality, 'project'],
  [Project, 'partners', ProjectPartner, 'project'],
  [Project, 'practices', Practice, 'parentProject'],
  ...([Project, Practice] as const).flatMap((owner) => {
    const fk = owner === Project ? 'project' : 'practice';
    return [
      [owner, 'places', PlaceLink, fk],
      [owner, 'costs', CostItem, fk],
      [owner, 'fundings', FundingLine, fk],
      [owner, 'outcomes', Outcome, fk],
    ] as const;
  }),
  [Organisation, 'fundings', FundingLine, 'funder'],
] as const;

/** The schema is built once per process: type-graphql's metadata is global anyway. */
export function getSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers,
    authChecker,
    validate: false,
    emitSchemaFile: false,
  }).then((schema) => {
    const query = schema.getQueryType();
    const mutation = schema.getMutationType();
    if (query)
      query.description =
        'Read the data set: municipalities, projects, practices, outcomes, organisations, sources.';
    if (mutation)
      mutation.description =
        'Edit the data set. Every mutation needs an editor API key (`Authorization: Bearer …`).';
    unwrapPlainFields(schema);
    resolveRelationsFromRows(schema, RELATIONS_ON_ROWS);
    resolveChildrenFromRows(schema, CHILDREN_ON_ROWS);
    return schema;
  });
  return cached;
}

/**
 * No wrapper on plain fields: a field that is a property of the same name, with no roles, no middleware
 * and no field resolver, is read by graphql-js's default resolver. type-graphql would otherwise wrap each
 * in a function that allocates on every call — per row and field, on every list of every query.
 * Fields with roles (personal data) keep their auth check; the check runs on the metadata as built.
 */
function unwrapPlainFields(schema: GraphQLSchema): void {
  for (const type of getMetadataStorage().objectTypes) {
    const built = schema.getType(type.name);
    if (!built || !('getFields' in built) || !built.getFields) continue;
    const fields = (built as GraphQLObjectType).getFields();
    for (const field of type.fields ?? []) {
      const target = fields[field.schemaName];
      if (
        target?.resolve &&
        field.name === field.schemaName &&
        field.roles === undefined &&
        !field.middlewares?.length &&
        // type-graphql's basic property resolver (a field resolver method is another function)
        target.resolve.toString().includes('root[fieldMetadata.name]')
      )
        target.resolve = undefined;
    }
  }
}
