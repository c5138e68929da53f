import { KM_DECIMALS, MIN_BORDER_KM } from './config.ts';

/** One district's stretch of national outline that lies in one neighbour's zone, as mapshaper measured it. */
export interface BorderPart {
  pcode: string;
  country: string;
  km: number;
}

export interface BorderStretch {
  country: string;
  km: number;
}

/**
 * Mapshaper commands that measure, for every district polyline in `outerLayer` (a district's stretch of the
 * national outline), how much of it lies in each neighbour's zone in `zoneLayer` (polygons with a `pcode` field
 * holding the ISO3 code). The result is the layer `resultLayer` with fields pcode, country, km.
 */
export function borderPartCommands(
  countries: readonly string[],
  outerLayer: string,
  zoneLayer: string,
  resultLayer: string,
): string[] {
  const tokens: string[] = [];
  const partLayers: string[] = [];
  for (const country of countries) {
    const zone = `zone_${country}`;
    const part = `part_${country}`;
    partLayers.push(part);
    tokens.push(
      '-filter',
      `pcode == ${JSON.stringify(country)}`,
      `target=${zoneLayer}`,
      '+',
      `name=${zone}`,
      '-clip',
      zone,
      `target=${outerLayer}`,
      '+',
      `name=${part}`,
      '-each',
      `country = ${JSON.stringify(country)}, km = this.length / 1000`,
      `target=${part}`,
    );
  }
  tokens.push('-merge-layers', `target=${partLayers.join(',')}`, `name=${resultLayer}`, 'force');
  tokens.push('-filter-fields', 'pcode,country,km', `target=${resultLayer}`);
  return tokens;
}

/**
 * The border each district shares, per country, longest first: parts summed, stretches shorter than `minKm`
 * dropped (they are corners touching a tripoint, not a shared border), lengths rounded.
 */
export function borderDistricts(
  parts: readonly BorderPart[],
  minKm: number = MIN_BORDER_KM,
): Map<string, BorderStretch[]> {
  const sums = new Map<string, Map<string, number>>();
  for (const { pcode, country, km } of parts) {
    const byCountry = sums.get(pcode) ?? new Map<string, number>();
    byCountry.set(country, (byCountry.get(country) ?? 0) + km);
    sums.set(pcode, byCountry);
  }
  const factor = 10 ** KM_DECIMALS;
  const result = new Map<string, BorderStretch[]>();
  for (const [pcode, byCountry] of sums) {
    const stretches = [...byCountry]
      .filter(([, km]) => km >= minKm)
      .map(([country, km]) => ({ country, km: Math.round(km * factor) / factor }))
      .sort((a, b) => b.km - a.km || a.country.localeCompare(b.country));
    if (stretches.length > 0) result.set(pcode, stretches);
  }
  return result;
}
