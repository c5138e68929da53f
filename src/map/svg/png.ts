import type { Size } from '../camera.ts';

// "Download image": the SVG map as the reader sees it, drawn onto a canvas between a title band and an
// attribution band, for slides. Everything is local: the SVG goes in as a data: URL, nothing is fetched.
// Not a blob: URL — the strict Content-Security-Policy the README gives (`img-src 'self' data:`) refuses
// those, and loading the map as an image is the one step here a CSP governs.

/** Pixels per CSS pixel of the map: sharp on a projector whatever the reader's screen. */
export const EXPORT_SCALE = 2;
export const TITLE_BAND_PX = 58;
const FOOTER_BAND_PX = 40;
const MARGIN_PX = 14;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Naskh Arabic', sans-serif";
export const IMAGE_ATTRIBUTION = [
  'North Atlas. Boundaries: AGCHO / OCHA (CC BY-IGO 3.0); neighbouring countries: Natural Earth.',
  'The boundaries and names shown do not imply official endorsement or acceptance.',
];

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

/** The smallest width in CSS px any character of the title or attribution takes: a bound on how many fit. */
const MIN_CHAR_PX = 1;

/**
 * Cuts a line to the width with an ellipsis, so a long headline never runs off the image. The longest prefix
 * that fits is found by halving, among no more characters than could fit: a few dozen measurements, however
 * long the headline (one per character took minutes for a 200 kB one).
 */
export function fit(ctx: Pick<CanvasRenderingContext2D, 'measureText'>, text: string, width: number): string {
  if (text.length <= width / MIN_CHAR_PX && ctx.measureText(text).width <= width) return text;
  const fits = (n: number) => ctx.measureText(`${text.slice(0, n)}…`).width <= width;
  let lo = 1;
  let hi = Math.min(text.length - 1, Math.ceil(width / MIN_CHAR_PX));
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

export async function mapImage(
  svg: SVGSVGElement,
  map: Size,
  text: { title: string; subtitle: string },
): Promise<Blob> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  // An SVG drawn as an image needs an intrinsic size; on screen it only fills its box.
  copy.setAttribute('width', String(map.width));
  copy.setAttribute('height', String(map.height));
  const source = new XMLSerializer().serializeToString(copy);
  const img = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`);
  const size = imageSize(map);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas in this browser');
  ctx.scale(EXPORT_SCALE, EXPORT_SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, map.width, map.height + TITLE_BAND_PX + FOOTER_BAND_PX);
  const textWidth = map.width - 2 * MARGIN_PX;
  ctx.fillStyle = '#1f1a17';
  ctx.textBaseline = 'alphabetic';
  ctx.font = `700 18px ${FONT}`;
  ctx.fillText(fit(ctx, text.title, textWidth), MARGIN_PX, 26);
  ctx.fillStyle = '#5d554e';
  ctx.font = `400 13px ${FONT}`;
  ctx.fillText(fit(ctx, text.subtitle, textWidth), MARGIN_PX, 46);
  ctx.drawImage(img, 0, TITLE_BAND_PX, map.width, map.height);
  ctx.font = `400 10.5px ${FONT}`;
  IMAGE_ATTRIBUTION.forEach((line, i) =>
    ctx.fillText(fit(ctx, line, textWidth), MARGIN_PX, TITLE_BAND_PX + map.height + 16 + i * 14),
  );
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
