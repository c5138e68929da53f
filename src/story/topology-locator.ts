import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buildPointLocator, type PointLocator, type UnitFeature, type UnitProps } from './point-locator.ts';

// The point locator over the pipeline's north.topo.json: the CLI, the studio's worker and the reader build it
// from the topology they already have.

const LAYERS = ['districts', 'provinces', 'context', 'neighbours', 'afghanistan'] as const;

/** Whether a parsed topology has the layers a locator needs. */
export function hasBoundaryLayers(topology: Topology): boolean {
  return LAYERS.every((k) => topology.objects[k]?.type === 'GeometryCollection');
}

export function locatorFromTopology(topology: Topology): PointLocator {
  const layer = (key: (typeof LAYERS)[number]): UnitFeature[] => {
    const object = topology.objects[key] as GeometryCollection<UnitProps> | undefined;
    if (!object) return [];
    const fc = feature(topology, object) as FeatureCollection<Geometry, UnitProps>;
    return fc.features;
  };
  const afghanistan: Feature[] = layer('afghanistan');
  return buildPointLocator({
    districts: layer('districts'),
    provinces: layer('provinces'),
    context: layer('context'),
    neighbours: layer('neighbours'),
    afghanistan,
  });
}
