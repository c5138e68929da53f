import { FIRST_VIEW_INTERVAL_M, QUANTIZATION } from './config.ts';
import { GeodataError } from './errors.ts';
import { runMapshaper } from './mapshaper-run.ts';

/**
 * The map for a prerendered page's first view: the whole topology simplified again by mapshaper, to a
 * pixel at that view's scale. Every object, shape, id and property stays (keep-shapes), so the page's map
 * and the browser's, drawn from the full topology, are the same elements.
 */
export async function firstViewTopology(topologyJson: string): Promise<string> {
  // prettier-ignore
  const out = await runMapshaper(
    [
      '-i', 'in.topo.json',
      '-simplify', `interval=${FIRST_VIEW_INTERVAL_M}`, 'keep-shapes',
      '-o', 'out.topo.json', 'format=topojson', `quantization=${QUANTIZATION}`, 'id-field=id',
    ],
    { 'in.topo.json': topologyJson },
  );
  const text = out['out.topo.json'];
  if (text === undefined) throw new GeodataError('mapshaper wrote no first-view topology');
  return text;
}
