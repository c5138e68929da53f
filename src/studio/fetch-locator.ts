import type { PointLocator } from '../story/point-locator.ts';
import type { NorthTopology } from '../state/geography.ts';

// The boundaries beside the gazetteer (north.topo.json in the same folder), as a point locator: read with turf,
// in a chunk of its own, the first time a draft has pins (by the engine worker) or the author pins a name. The
// pin form's map draws the same topology.

export interface Boundaries {
  topology: NorthTopology;
  locator: PointLocator;
}

export async function fetchBoundaries(gazetteerUrl: string): Promise<Boundaries> {
  const url = gazetteerUrl.replace(/gazetteer\.json$/, 'north.topo.json');
  const [{ locatorFromTopology }, res] = await Promise.all([
    import('../story/topology-locator.ts'),
    fetch(url),
  ]);
  if (!res.ok) throw new Error(`${url}: the server answered ${res.status}`);
  const topology = (await res.json()) as NorthTopology;
  return { topology, locator: locatorFromTopology(topology) };
}

export async function fetchLocator(gazetteerUrl: string): Promise<PointLocator> {
  return (await fetchBoundaries(gazetteerUrl)).locator;
}
