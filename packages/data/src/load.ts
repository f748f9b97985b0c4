import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseRegister, REGIONS_FILE, REGISTER_FILE } from './register';
import type {
  Cite,
  Dataset,
  MunicipalityFile,
  OrganisationRecord,
  PersonRecord,
  PlaceRecord,
  PopulationRow,
  SourceRecord,
  Vocabulary,
} from './types';
import { validateDataset } from './validate';

const root = new URL('../', import.meta.url);
export const dataRoot = {
  sources: new URL('sources/', root),
  context: new URL('context/', root),
  curated: new URL('curated/', root),
};

const POPULATION_SOURCE = 'context-population';

function readYaml<T>(relative: string): T {
  return parse(readFileSync(new URL(relative, dataRoot.curated), 'utf8')) as T;
}

/** CSV rows with their raw line (the line is the citable passage). Fields here never contain commas. */
function readCsv(file: string): { line: string; cells: Record<string, string> }[] {
  const [header, ...lines] = readFileSync(new URL(file, dataRoot.context), 'utf8').split('\n');
  const columns = (header ?? '').split(',');
  return lines
    .filter((l) => l.trim())
    .map((line) => {
      const values = line.split(',');
      return { line, cells: Object.fromEntries(columns.map((c, i) => [c, values[i] ?? ''])) };
    });
}

/** The citation of a population.csv row: the row's line, verbatim. */
export function populationRowCite(line: string): Cite {
  return { source: POPULATION_SOURCE, quote: line };
}

/**
 * One population figure per municipality and year. The register's 2020 figures and population.csv's
 * collected ones may name the same year: they must agree (the validator says where they do not), and
 * the figure then cites both.
 */
function mergePopulation(rows: PopulationRow[]): PopulationRow[] {
  const byKey = new Map<string, PopulationRow>();
  for (const row of rows) {
    const key = `${row.municipalityCode}:${row.year}`;
    const seen = byKey.get(key);
    if (seen && seen.population === row.population) seen.cite.push(...row.cite);
    else if (seen) byKey.set(`${key}:conflict:${byKey.size}`, row);
    else byKey.set(key, { ...row, cite: [...row.cite] });
  }
  return [...byKey.values()];
}

/** Reads, joins and validates the whole data set; throws listing every problem. */
export function loadDataset(): Dataset {
  const sourceRecords = readYaml<SourceRecord[]>('sources.yaml');
  const sources = sourceRecords.map((s) => {
    const dir = s.genre === 'CONTEXT_TABLE' ? dataRoot.context : dataRoot.sources;
    const bytes = readFileSync(new URL(s.file, dir));
    return { ...s, text: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex') };
  });
  const text = (file: string) => sources.find((s) => s.file === file)?.text ?? '';
  const register = parseRegister(text(REGISTER_FILE), text(REGIONS_FILE));
  const collected: PopulationRow[] = readCsv('population.csv').map(({ line, cells }) => ({
    municipalityCode: cells.municipality_code ?? '',
    year: Number(cells.year),
    population: Number(cells.population),
    asOf: cells.as_of ?? '',
    source: cells.source ?? '',
    cite: [populationRowCite(line)],
  }));
  const files = readdirSync(new URL('municipalities/', dataRoot.curated))
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  const perMunicipality = files.map((f) => ({
    file: f,
    data: readYaml<MunicipalityFile>(`municipalities/${f}`),
  }));

  const dataset: Dataset = {
    sources,
    vocabulary: readYaml<Vocabulary>('vocabulary.yaml'),
    organisations: readYaml<OrganisationRecord[]>('organisations.yaml'),
    people: readYaml<PersonRecord[]>('people.yaml'),
    places: readYaml<PlaceRecord[]>('places.yaml'),
    municipalities: register.municipalities,
    serviceOrganisers: register.organisers,
    population: mergePopulation([...register.population, ...collected]),
    projects: perMunicipality.flatMap(({ file, data }) =>
      (data.projects ?? []).map((p) => ({ ...p, municipalityFile: file })),
    ),
    practices: perMunicipality.flatMap(({ file, data }) =>
      (data.practices ?? []).map((p) => ({ ...p, municipalityFile: file })),
    ),
  };
  const problems = validateDataset(dataset);
  if (problems.length)
    throw new Error(`The curated data set has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  return dataset;
}
