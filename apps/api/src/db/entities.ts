import { AuditEntry } from '../modules/audit/audit-entry.entity';
import { ApiKey } from '../modules/auth/api-key.entity';
import { CostItem } from '../modules/finance/cost-item.entity';
import { FundingLine } from '../modules/finance/funding-line.entity';
import { Indicator } from '../modules/indicator/indicator.entity';
import { IndicatorValue } from '../modules/indicator/indicator-value.entity';
import { Draft } from '../modules/ingestion/draft.entity';
import { ImportedDocument } from '../modules/ingestion/imported-document.entity';
import { Municipality } from '../modules/municipality/municipality.entity';
import { ServiceOrganiser } from '../modules/municipality/service-organiser.entity';
import { Organisation } from '../modules/organisation/organisation.entity';
import { Outcome } from '../modules/outcome/outcome.entity';
import { Contact } from '../modules/person/contact.entity';
import { Person } from '../modules/person/person.entity';
import { Place } from '../modules/place/place.entity';
import { PlaceLink } from '../modules/place/place-link.entity';
import { Practice } from '../modules/practice/practice.entity';
import { Project } from '../modules/project/project.entity';
import { ProjectMunicipality } from '../modules/project/project-municipality.entity';
import { ProjectPartner } from '../modules/project/project-partner.entity';
import { Period } from '../modules/search/period.entity';
import { Citation } from '../modules/source/citation.entity';
import { Source } from '../modules/source/source.entity';
import { Term } from '../modules/vocabulary/term.entity';
import { TermLink } from '../modules/vocabulary/term-link.entity';
import { DataVersion } from './data-version.entity';
import { SeedState } from './seed-state.entity';

/** Every table, in one list: the ORM config and the migration generator both read it. */
export const entities = [
  Source,
  Citation,
  ServiceOrganiser,
  Municipality,
  Organisation,
  Term,
  TermLink,
  Person,
  Contact,
  Place,
  PlaceLink,
  Project,
  ProjectMunicipality,
  ProjectPartner,
  Practice,
  CostItem,
  FundingLine,
  Outcome,
  Indicator,
  IndicatorValue,
  ImportedDocument,
  Draft,
  ApiKey,
  AuditEntry,
  DataVersion,
  SeedState,
  // Not a table: the period embedded in projects and practices (its columns are theirs).
  Period,
];
