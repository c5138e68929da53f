import fs from 'node:fs';
import zlib from 'node:zlib';
import { readAliases } from './aliases.ts';
import { borderDistricts, type BorderStretch } from './borders.ts';
import { BUDGET, ENV, NEIGHBOUR_BOX_MARGIN_DEG, type Paths } from './config.ts';
import { decorateTopology } from './decorate.ts';
import { firstViewTopology } from './first-view.ts';
import { GeodataError } from './errors.ts';
import { buildGazetteer } from './gazetteer.ts';
import { buildGeometry } from './geometry.ts';
import { measureTopology } from './measure.ts';
import { locateSources, readSourceRecords, type BBox } from './sources.ts';
import { parseUnits } from './units.ts';

export interface Summary {
  counts: Record<string, number>;
  rawBytes: number;
  gzipBytes: number;
  worstAreaError: { pcode: string; name: string; error: number };
  /** ISO3 → district names facing it, with km. */
  borderDistricts: Record<string, { pcode: string; name: string; km: number }[]>;
  gazetteer: { entries: number; names: number; droppedVariants: number };
}

export interface PipelineResult {
  topologyJson: string;
  /** The same, simplified for a prerendered page's first view (first-view.ts). */
  firstViewJson: string;
  gazetteerJson: string;
  summary: Summary;
}

export function neighbourBox(bbox: BBox, margin: number = NEIGHBOUR_BOX_MARGIN_DEG): BBox {
  return [bbox[0] - margin, bbox[1] - margin, bbox[2] + margin, bbox[3] + margin];
}

/** Everything but file output: sources in, TopoJSON text, gazetteer text and a summary out; budgets enforced. */
export async function runPipeline(paths: Paths, aliasesFile: string): Promise<PipelineResult> {
  const files = locateSources(paths.agchoDir);
  if (!fs.existsSync(paths.worldAtlas)) {
    throw new GeodataError(
      `Natural Earth countries file ${paths.worldAtlas} is missing. Run npm ci (it comes with world-atlas) or set ` +
        `${ENV.worldAtlas} to a world-atlas countries TopoJSON.`,
    );
  }
  const aliases = readAliases(aliasesFile);
  const { records, bbox } = await readSourceRecords(files);
  const units = parseUnits(records, files);

  const geometry = await buildGeometry({
    adm2File: files.adm2,
    worldAtlasFile: paths.worldAtlas,
    countries: aliases.countries,
    neighbourBox: neighbourBox(bbox),
  });
  const known = new Set(aliases.countries.map((c) => c.numeric));
  // Natural Earth's disputed areas (e.g. Siachen Glacier) carry no ISO code and are left out on purpose.
  const unknown = geometry.boxCountries.filter((c) => c.numeric !== '' && !known.has(c.numeric));
  if (unknown.length > 0) {
    const list = unknown.map((c) => `${c.name} (${c.numeric})`).join(', ');
    throw new GeodataError(
      `Unknown country code in ${paths.worldAtlas}: ${list} lies in the neighbour box but has no entry under ` +
        `"countries" in ${aliasesFile}; add its ISO3 id and numeric code.`,
    );
  }

  const borders = borderDistricts(geometry.borderParts);
  const topology = decorateTopology({
    topology: geometry.topology,
    units,
    labels: geometry.labels,
    borders,
    countryNames: new Map(aliases.countries.map((c) => [c.id, { name_en: c.name_en, name_da: c.name_da }])),
  });
  const topologyJson = JSON.stringify(topology);
  const measured = await measureTopology(topology);

  const districtCount =
    topology.objects.districts?.type === 'GeometryCollection' ? topology.objects.districts : null;
  const drawn = new Set(
    (districtCount?.geometries ?? []).filter((g) => g.type !== null).map((g) => String(g.id)),
  );
  const lost = units.districts.filter((d) => !drawn.has(d.pcode)).map((d) => d.pcode);
  if (lost.length > 0) throw new GeodataError(`Districts lost in simplification: ${lost.join(', ')}.`);
  if (measured.topologyError)
    throw new GeodataError(`Topology errors in the output: ${measured.topologyError}`);

  let worst = { pcode: '', name: '', error: 0 };
  for (const d of units.districts) {
    const source = geometry.sourceAreas.get(d.pcode);
    const drawnArea = measured.districtAreas.get(d.pcode);
    if (source === undefined || drawnArea === undefined)
      throw new GeodataError(`No area for district ${d.pcode}.`);
    const error = Math.abs(drawnArea - source) / source;
    if (error >= worst.error) worst = { pcode: d.pcode, name: d.name_en, error };
  }
  if (worst.error > BUDGET.maxAreaError) {
    throw new GeodataError(
      `Area budget exceeded: ${worst.name} (${worst.pcode}) differs from the source by ` +
        `${(worst.error * 100).toFixed(2)} % (limit ${BUDGET.maxAreaError * 100} %). Lower SIMPLIFY_INTERVAL_M.north.`,
    );
  }
  const gzipBytes = zlib.gzipSync(topologyJson, { level: 9 }).length;
  if (gzipBytes > BUDGET.maxGzipBytes) {
    throw new GeodataError(
      `Size budget exceeded: ${gzipBytes} bytes gzipped (limit ${BUDGET.maxGzipBytes}). ` +
        'Raise the simplification intervals or lower QUANTIZATION in geodata/config.ts.',
    );
  }

  const { gazetteer, droppedVariants } = buildGazetteer({
    units,
    labels: geometry.labels,
    countryPoints: geometry.countryPoints,
    aliases,
    aliasesFile,
  });

  const nameOf = new Map(units.districts.map((d) => [d.pcode, d.name_en]));
  const byCountry: Summary['borderDistricts'] = {};
  for (const [pcode, stretches] of [...borders].sort(([a], [b]) => a.localeCompare(b))) {
    for (const { country, km } of stretches as BorderStretch[]) {
      (byCountry[country] ??= []).push({ pcode, name: nameOf.get(pcode) ?? pcode, km });
    }
  }
  const counts: Record<string, number> = {};
  for (const [name, object] of Object.entries(topology.objects)) {
    counts[name] = object.type === 'GeometryCollection' ? object.geometries.length : 1;
  }
  return {
    topologyJson,
    firstViewJson: await firstViewTopology(topologyJson),
    gazetteerJson: JSON.stringify(gazetteer),
    summary: {
      counts,
      rawBytes: Buffer.byteLength(topologyJson),
      gzipBytes,
      worstAreaError: worst,
      borderDistricts: byCountry,
      gazetteer: {
        entries: gazetteer.entries.length,
        names: gazetteer.entries.reduce((n, e) => n + e.names.length, 0),
        droppedVariants,
      },
    },
  };
}

export function formatSummary(s: Summary): string {
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  const lines = [
    `objects: ${Object.entries(s.counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    `size: ${kb(s.rawBytes)} raw, ${kb(s.gzipBytes)} gzip (budget ${kb(BUDGET.maxGzipBytes)})`,
    `worst area error: ${(s.worstAreaError.error * 100).toFixed(3)} % (${s.worstAreaError.name}, ` +
      `${s.worstAreaError.pcode}; budget ${BUDGET.maxAreaError * 100} %)`,
    'border districts:',
    ...Object.entries(s.borderDistricts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([country, list]) =>
          `  ${country} (${list.length}): ${list.map((d) => `${d.name} ${d.pcode} ${d.km} km`).join(', ')}`,
      ),
    `gazetteer: ${s.gazetteer.entries} entries, ${s.gazetteer.names} names ` +
      `(${s.gazetteer.droppedVariants} generated variants dropped as taken or English)`,
  ];
  return lines.join('\n');
}
