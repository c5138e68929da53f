import type { PointLocator } from '../story/point-locator.ts';

// The boundaries beside the gazetteer (north.topo.json in the same folder), as a point locator: read with turf,
// in a chunk of its own, the first time a draft has pins (by the engine worker) or the author pins a name.

export async function fetchLocator(gazetteerUrl: string): Promise<PointLocator> {
  const url = gazetteerUrl.replace(/gazetteer\.json$/, 'north.topo.json');
  const [{ locatorFromTopology }, res] = await Promise.all([
    import('../story/topology-locator.ts'),
    fetch(url),
  ]);
  if (!res.ok) throw new Error(`${url}: the server answered ${res.status}`);
  return locatorFromTopology((await res.json()) as Parameters<typeof locatorFromTopology>[0]);
}
