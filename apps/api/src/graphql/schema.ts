import { type GraphQLSchema } from 'graphql';
import { buildSchema, UseMiddleware } from 'type-graphql';
import { AdoptionResolver } from '../modules/adoption/adoption.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { authChecker } from '../modules/auth/auth-checker';
import { CostItemResolver, FundingLineResolver } from '../modules/finance/finance.resolver';
import {
  ComparisonRowResolver,
  ExplanationInputResolver,
  IndicatorResolver,
  IndicatorValueResolver,
} from '../modules/indicator/indicator.resolver';
import { MunicipalityProfileResolver } from '../modules/indicator/municipality-profile.resolver';
import { OutcomeCellResolver } from '../modules/indicator/outcome-cell.resolver';
import { OutcomeMatrixPageResolver } from '../modules/indicator/outcome-matrix-page.resolver';
import { DraftResolver, ImportedDocumentResolver } from '../modules/ingestion/ingestion.resolver';
import { MunicipalityResolver } from '../modules/municipality/municipality.resolver';
import { NodeResolver } from '../modules/node/node.resolver';
import { OrganisationResolver } from '../modules/organisation/organisation.resolver';
import { OutcomeResolver } from '../modules/outcome/outcome.resolver';
import { ContactResolver, PersonResolver } from '../modules/person/person.resolver';
import { PlaceLinkResolver, PlaceResolver } from '../modules/place/place.resolver';
import { PracticeResolver } from '../modules/practice/practice.resolver';
import { ProjectResolver } from '../modules/project/project.resolver';
import {
  ProjectMunicipalityResolver,
  ProjectPartnerResolver,
} from '../modules/project/project-links.resolver';
import { SimilarityResolver } from '../modules/similarity/similarity.resolver';
import { CitationResolver } from '../modules/source/citation.resolver';
import { SourceResolver } from '../modules/source/source.resolver';
import { CodeLabelsResolver } from '../modules/vocabulary/code-labels.resolver';
import { TermLinkInfoResolver } from '../modules/vocabulary/term.loaders';
import { TermResolver } from '../modules/vocabulary/term.resolver';
import { DatedFactResolver } from './dates';
import { deadlineMiddleware } from './deadline';

export const resolvers = [
  MunicipalityResolver,
  CodeLabelsResolver,
  DatedFactResolver,
  TermLinkInfoResolver,
  ExplanationInputResolver,
  ProjectResolver,
  ProjectMunicipalityResolver,
  ProjectPartnerResolver,
  PracticeResolver,
  OutcomeResolver,
  CostItemResolver,
  FundingLineResolver,
  OrganisationResolver,
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
 * 1 500-row comparison the wrapping alone cost more than the SQL.
 */
for (const resolver of resolvers) UseMiddleware(deadlineMiddleware)(resolver);

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
    return schema;
  });
  return cached;
}
