import type { Cite, MunicipalityRow, PopulationRow, ServiceOrganiserRow } from './types';

/**
 * The national register: every municipality of 2021 with its wellbeing services county and year-end
 * 2020 population (Statistics Finland via Yle's TopoJSON, ../context/finland-municipalities-2021.topo.json)
 * and its region (maakunta) from Statistics Finland's classification correspondence
 * kunta_1_20210101#maakunta_1_20210101 (../context/municipality-regions-2021.csv). Pure: text in, rows out.
 */
export const REGISTER_SOURCE = 'context-register';
export const REGIONS_SOURCE = 'context-regions';
export const REGISTER_FILE = 'finland-municipalities-2021.topo.json';
export const REGIONS_FILE = 'municipality-regions-2021.csv';
/** The year-end the register's population figures describe. */
export const REGISTER_POPULATION_YEAR = 2020;

interface MuniProps {
  id: string;
  name_fi: string;
  name_sv: string;
  population: number;
  hva_id: string;
}
interface HvaProps {
  hva_id: string;
  name_fi: string | null;
  name_sv: string | null;
  short_name_fi: string | null;
  short_name_sv: string | null;
  population: number;
}
interface Topology {
  objects: {
    munis: { geometries: { properties: MuniProps }[] };
    hva: { geometries: { properties: HvaProps }[] };
  };
}

/**
 * The two organisers that are not wellbeing services counties. The register leaves their `hva_id`
 * empty: under the Act on organising social and health care (612/2021) the City of Helsinki keeps
 * organising these services itself, and the reform does not apply to Åland, which is autonomous and
 * arranges them under its own legislation.
 */
const OWN_ORGANISERS = {
  '091': {
    code: 'HELSINKI',
    kind: 'CITY_OF_HELSINKI',
    nameFi: 'Helsingin kaupunki',
    nameSv: 'Helsingfors stad',
    shortNameFi: 'Helsinki',
    shortNameSv: 'Helsingfors',
  },
  ALAND: {
    code: 'AHVENANMAA',
    kind: 'ALAND',
    nameFi: 'Ahvenanmaan maakunta',
    nameSv: 'Landskapet Åland',
    shortNameFi: 'Ahvenanmaa',
    shortNameSv: 'Åland',
  },
} as const;
/** Statistics Finland's region code of Åland (Ahvenanmaa) in the classification of 2021. */
const ALAND_REGION_CODE = '21';

/** `"'020'";"Akaa";"'06'";"Pirkanmaa";;;` → the four cells without quotes and apostrophes. */
function regionCells(line: string): string[] {
  return line.split(';').map((c) => c.replace(/^"'?|'?"$/g, ''));
}

export interface Register {
  municipalities: MunicipalityRow[];
  organisers: ServiceOrganiserRow[];
  population: PopulationRow[];
}

/** Joins the register and the region classification; throws naming the first code they disagree on. */
export function parseRegister(topologyText: string, regionsText: string): Register {
  const topology = JSON.parse(topologyText) as Topology;
  const regions = new Map<string, { code: string; name: string; line: string }>();
  for (const line of regionsText.split('\n').slice(1)) {
    if (!line.trim()) continue;
    const [code, , regionCode, regionName] = regionCells(line);
    if (!code || !regionCode || !regionName) throw new Error(`${REGIONS_FILE}: unreadable row ${line}`);
    regions.set(code, { code: regionCode, name: regionName, line });
  }

  const counties = topology.objects.hva.geometries
    .map((g) => g.properties)
    .filter((p) => p.hva_id)
    .map(
      (p): ServiceOrganiserRow => ({
        code: p.hva_id,
        kind: 'WELLBEING_SERVICES_COUNTY',
        nameFi: p.name_fi ?? '',
        nameSv: p.name_sv ?? '',
        shortNameFi: p.short_name_fi ?? '',
        shortNameSv: p.short_name_sv ?? '',
        cite: [{ source: REGISTER_SOURCE, quote: JSON.stringify(p) }],
      }),
    );
  const countyByCode = new Map(counties.map((c) => [c.code, c]));

  const municipalities: MunicipalityRow[] = [];
  const population: PopulationRow[] = [];
  const own: ServiceOrganiserRow[] = [];
  for (const { properties: p } of topology.objects.munis.geometries) {
    const region = regions.get(p.id);
    if (!region) throw new Error(`${REGIONS_FILE}: no region for municipality ${p.id} ${p.name_fi}`);
    const registerCite: Cite = { source: REGISTER_SOURCE, quote: JSON.stringify(p) };
    let organiser: ServiceOrganiserRow | undefined = countyByCode.get(p.hva_id);
    if (!p.hva_id) {
      const which =
        p.id in OWN_ORGANISERS
          ? OWN_ORGANISERS[p.id as '091']
          : region.code === ALAND_REGION_CODE
            ? OWN_ORGANISERS.ALAND
            : null;
      if (!which) throw new Error(`${REGISTER_FILE}: municipality ${p.id} ${p.name_fi} has no organiser`);
      organiser = own.find((o) => o.code === which.code);
      if (!organiser) {
        organiser = { ...which, cite: [] };
        own.push(organiser);
      }
      organiser.cite.push(registerCite);
    }
    if (!organiser)
      throw new Error(`${REGISTER_FILE}: municipality ${p.id} names unknown county ${p.hva_id}`);
    municipalities.push({
      code: p.id,
      nameFi: p.name_fi,
      nameSv: p.name_sv,
      regionCode: region.code,
      regionFi: region.name,
      organiserCode: organiser.code,
      wellbeingServicesCountyFi: organiser.kind === 'WELLBEING_SERVICES_COUNTY' ? organiser.nameFi : null,
      cite: [registerCite, { source: REGIONS_SOURCE, quote: region.line }],
    });
    population.push({
      municipalityCode: p.id,
      year: REGISTER_POPULATION_YEAR,
      population: p.population,
      asOf: 'year end',
      source: 'Statistics Finland via Yle geodata (finland-municipalities-2021.topo.json)',
      cite: [registerCite],
    });
  }
  // Counties in the register's order, then Helsinki, then Åland: the same order on every load.
  const order: string[] = [OWN_ORGANISERS['091'].code, OWN_ORGANISERS.ALAND.code];
  own.sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code));
  return { municipalities, organisers: [...counties, ...own], population };
}
