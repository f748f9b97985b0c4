import { readFileSync } from 'node:fs';
import type { MunicipalityName } from '../src/municipalities';

/**
 * Every Finnish municipality (2021, 309) from the national register file in packages/data/context
 * (Statistics Finland's codes and names via Yle's geodata; credited in that folder's README): the
 * evaluation reads documents against the whole country, not against the municipalities it knows.
 */
export function nationalRegister(): MunicipalityName[] {
  const topo = JSON.parse(
    readFileSync(
      new URL('../../data/context/finland-municipalities-2021.topo.json', import.meta.url),
      'utf8',
    ),
  ) as { objects: { munis: { geometries: { properties: { id: string; name_fi: string } }[] } } };
  return topo.objects.munis.geometries.map((g) => ({ code: g.properties.id, nameFi: g.properties.name_fi }));
}
