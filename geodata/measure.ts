import type { Topology } from 'topojson-specification';
import { runMapshaper } from './mapshaper-run.ts';

export interface Measurements {
  /** Spherical area of each district as the output draws it (after simplification and quantization), m². */
  districtAreas: Map<string, number>;
  /** mapshaper's segment-intersection check on the output arcs; null when clean. */
  topologyError: string | null;
}

/** Reads the finished TopoJSON back with mapshaper, the way a consumer sees it. */
export async function measureTopology(topology: Topology): Promise<Measurements> {
  const input = { 'north.topo.json': JSON.stringify(topology) };
  const out = await runMapshaper(
    [
      '-i',
      'north.topo.json',
      '-proj',
      'init=wgs84',
      '-each',
      'area = this.area',
      'target=districts',
      '-o',
      'areas.json',
      'format=json',
      'target=districts',
    ],
    input,
  );
  const districtAreas = new Map<string, number>();
  for (const r of JSON.parse(out['areas.json'] ?? '[]') as { pcode: string; area: number }[]) {
    districtAreas.set(r.pcode, r.area);
  }
  let topologyError: string | null = null;
  try {
    await runMapshaper(['-i', 'north.topo.json', '-check-geometry', 'strict'], input);
  } catch (error) {
    topologyError = (error as Error).message;
  }
  return { districtAreas, topologyError };
}
