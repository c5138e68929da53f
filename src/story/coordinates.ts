// Coordinates as people type them: "36.72, 68.86" (either order when only one lands in Afghanistan),
// "36°43′12″N 68°51′36″E" and "36.72N 68.86E". Out comes GeoJSON order, [lon, lat].
import { matchesOf } from './matches.ts';

export type LonLat = [number, number];
export type ParsedCoordinates = { ok: true; at: LonLat } | { ok: false; problem: string };

/** Afghanistan's bounds with a little room, degrees [west, south, east, north]: which order a pair is in. */
export const AFGHANISTAN_BOX = [60.4, 29.3, 75.2, 38.6] as const;

/** Numbers and single non-space characters: coordinates are read token by token, not with one large pattern. */
const TOKEN = /\d+(?:\.\d+)?|\S/gu;
const HEMISPHERE = /^[NSEW]$/iu;
/** Degree, minute and second marks, and separators: read past (the numbers' order says which is which). */
const MARKS = new Set(['°', 'º', '˚', "'", '′', '’', '"', '″', '”', ',', ';']);

/** Parse typed coordinates; a refusal says what is wrong in words. */
export function parseCoordinates(input: string): ParsedCoordinates {
  const tokens = [...matchesOf(TOKEN, input)].map((m) => m[0]);
  if (tokens.length === 0) return { ok: false, problem: 'no coordinates given' };
  if (!tokens.some((t) => HEMISPHERE.test(t))) return plainPair(tokens, input);
  return parseWithHemispheres(tokens, input);
}

const notAPair = (input: string): ParsedCoordinates => ({
  ok: false,
  problem: `"${input.trim()}" is not a pair of coordinates`,
});

/** Two signed decimal numbers and nothing else. */
function plainPair(tokens: readonly string[], input: string): ParsedCoordinates {
  const numbers: number[] = [];
  let sign = 1;
  for (const t of tokens) {
    if (t === '-' || t === '+') sign = t === '-' ? -1 : 1;
    else if (/^\d/u.test(t)) [numbers[numbers.length], sign] = [sign * Number(t), 1];
    else if (t !== ',' && t !== ';') return notAPair(input);
  }
  const [a, b] = numbers;
  return numbers.length === 2 && a !== undefined && b !== undefined ? orderPlainPair(a, b) : notAPair(input);
}

/** Whether a latitude and a longitude are possible at all. */
export function checkLonLat([lon, lat]: readonly number[]): string | null {
  if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat))
    return 'is not a pair of numbers';
  if (Math.abs(lat) > 90) return `latitude ${lat} is beyond ±90`;
  if (Math.abs(lon) > 180) return `longitude ${lon} is beyond ±180`;
  return null;
}

export function inAfghanistanBox([lon, lat]: LonLat): boolean {
  const [w, s, e, n] = AFGHANISTAN_BOX;
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

/** Two bare numbers: latitude first unless only the other order lies in Afghanistan. */
function orderPlainPair(a: number, b: number): ParsedCoordinates {
  const latFirst: LonLat = [b, a];
  const lonFirst: LonLat = [a, b];
  if (!inAfghanistanBox(latFirst) && inAfghanistanBox(lonFirst)) return checked(lonFirst);
  return checked(latFirst);
}

function checked(at: LonLat): ParsedCoordinates {
  const problem = checkLonLat(at);
  return problem ? { ok: false, problem } : { ok: true, at };
}

interface Part {
  value: number;
  axis: 'lat' | 'lon';
}

/**
 * Degrees, minutes and seconds with a hemisphere letter after each group ("36°43′12″N"), or before each when the
 * text opens with one ("N36.72").
 */
function parseWithHemispheres(tokens: readonly string[], input: string): ParsedCoordinates {
  const before = HEMISPHERE.test(tokens[0] ?? '');
  const parts: Part[] = [];
  let numbers: number[] = [];
  let letter: string | null = null;
  const close = () => {
    const part = letter === null ? null : partOf(numbers, letter);
    if (part) parts.push(part);
    const ok = part !== null;
    [numbers, letter] = [[], null];
    return ok;
  };
  for (const t of tokens) {
    if (/^\d/u.test(t)) numbers.push(Number(t));
    else if (HEMISPHERE.test(t)) {
      if (before && numbers.length > 0 && !close()) return notAPair(input);
      letter = t.toUpperCase();
      if (!before && !close()) return notAPair(input);
    } else if (!MARKS.has(t)) return notAPair(input);
  }
  if ((numbers.length > 0 || letter !== null) && !close()) return notAPair(input);
  if (parts.length !== 2) return notAPair(input);
  const lat = parts.find((p) => p.axis === 'lat');
  const lon = parts.find((p) => p.axis === 'lon');
  if (!lat || !lon) return { ok: false, problem: 'needs one latitude (N/S) and one longitude (E/W)' };
  return checked([lon.value, lat.value]);
}

/** Degrees, then minutes and seconds when given, in the letter's hemisphere. */
function partOf(numbers: readonly number[], letter: string): Part | null {
  const [deg, minutes = 0, seconds = 0] = numbers;
  if (deg === undefined || numbers.length > 3 || minutes >= 60 || seconds >= 60) return null;
  const value = deg + minutes / 60 + seconds / 3600;
  const sign = letter === 'S' || letter === 'W' ? -1 : 1;
  return { value: sign * value, axis: letter === 'N' || letter === 'S' ? 'lat' : 'lon' };
}
