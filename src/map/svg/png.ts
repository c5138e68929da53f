import type { Size } from '../camera.ts';

// "Download image": the SVG map as the reader sees it, drawn onto a canvas between a title band and an
// attribution band, for slides, in the reader's language (ui/image-text.ts words them). Everything is
// local: the SVG goes in as a data: URL, nothing is fetched.
// Not a blob: URL — the strict Content-Security-Policy the README gives (`img-src 'self' data:`) refuses
// those, and loading the map as an image is the one step here a CSP governs.

/** The bands' words, and which way they run. */
export interface ImageText {
  title: string;
  subtitle: string;
  credits: string[];
  dir: 'ltr' | 'rtl';
}

/** Pixels per CSS pixel of the map: sharp on a projector whatever the reader's screen. */
export const EXPORT_SCALE = 2;
export const TITLE_BAND_PX = 58;
const FOOTER_BAND_PX = 40;
const MARGIN_PX = 14;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Naskh Arabic', sans-serif";

/** The PNG's pixel size for a map of this CSS size. */
export function imageSize(map: Size): Size {
  return {
    width: Math.round(map.width * EXPORT_SCALE),
    height: Math.round((map.height + TITLE_BAND_PX + FOOTER_BAND_PX) * EXPORT_SCALE),
  };
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('the map could not be drawn as an image'));
    img.src = url;
  });
}

/**
 * No glyph at the image's font sizes is narrower than this: a line `width` px wide never shows more than
 * `width / MIN_GLYPH_PX` characters, so a longer text is cut to that before anything is measured.
 */
const MIN_GLYPH_PX = 1;

/** The text cut at `end`, stepping back off the high half of a surrogate pair (an emoji, a rare letter). */
function headOf(text: string, end: number): string {
  const code = text.charCodeAt(end - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? end - 1 : end);
}

/**
 * Cuts a line to the width with an ellipsis, so a long headline never runs off the image. The cut is found
 * by bisection over a text first capped to what the line could ever show: a few measurements of short
 * strings, however long the headline (one measurement per character took minutes for a 200 kB title).
 */
export function fitText(measure: (s: string) => number, text: string, width: number): string {
  const cap = Math.max(2, Math.ceil(width / MIN_GLYPH_PX));
  const capped = text.length > cap ? text.slice(0, cap) : text;
  if (capped === text && measure(text) <= width) return text;
  // The longest head (at least one character) that fits with its ellipsis: fits(lo) holds, fits(hi) fails.
  const fits = (n: number) => measure(`${headOf(capped, n)}…`) <= width;
  let lo = 1;
  let hi = capped.length + 1;
  if (fits(capped.length)) lo = capped.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return `${headOf(capped, lo).trimEnd()}…`;
}

function fit(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  return fitText((s) => ctx.measureText(s).width, text, width);
}

/** The bands' text, drawn from the inline start: the left in English, the right in Dari. */
function drawText(ctx: CanvasRenderingContext2D, map: Size, text: ImageText, font: string): void {
  const textWidth = map.width - 2 * MARGIN_PX;
  const x = text.dir === 'rtl' ? map.width - MARGIN_PX : MARGIN_PX;
  ctx.direction = text.dir;
  ctx.textAlign = 'start';
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = '#1f1a17';
  ctx.font = `700 18px ${font}`;
  ctx.fillText(fit(ctx, text.title, textWidth), x, 26);
  ctx.fillStyle = '#5d554e';
  ctx.font = `400 13px ${font}`;
  ctx.fillText(fit(ctx, text.subtitle, textWidth), x, 46);
  ctx.font = `400 10.5px ${font}`;
  text.credits.forEach((line, i) =>
    ctx.fillText(fit(ctx, line, textWidth), x, TITLE_BAND_PX + map.height + 16 + i * 14),
  );
}

/** The page's Dari face, once loaded: a canvas draws only fonts already in the page. */
async function fontFor(text: ImageText): Promise<string> {
  if (text.dir !== 'rtl') return FONT;
  const dari = `'Vazirmatn Dari', ${FONT}`;
  await Promise.all([document.fonts.load(`400 13px ${dari}`), document.fonts.load(`700 18px ${dari}`)]).catch(
    () => undefined,
  );
  return dari;
}

export async function mapImage(svg: SVGSVGElement, map: Size, text: ImageText): Promise<Blob> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  // An SVG drawn as an image needs an intrinsic size; on screen it only fills its box.
  copy.setAttribute('width', String(map.width));
  copy.setAttribute('height', String(map.height));
  const source = new XMLSerializer().serializeToString(copy);
  const [img, font] = await Promise.all([
    loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`),
    fontFor(text),
  ]);
  const size = imageSize(map);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas in this browser');
  ctx.scale(EXPORT_SCALE, EXPORT_SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, map.width, map.height + TITLE_BAND_PX + FOOTER_BAND_PX);
  ctx.drawImage(img, 0, TITLE_BAND_PX, map.width, map.height);
  drawText(ctx, map, text, font);
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** How long the download link's blob stays alive: the browser reads it asynchronously after the click. */
const BLOB_LIFETIME_MS = 60_000;

/** "Download image": the view as a PNG, named for the selection, with its title band and credits. */
export async function downloadMapImage(
  svg: SVGSVGElement,
  map: Size,
  text: ImageText,
  selected: string | null,
): Promise<void> {
  const blob = await mapImage(svg, map, text);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `north-atlas-${selected ?? 'north'}.png`;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), BLOB_LIFETIME_MS);
}
