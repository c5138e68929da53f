import { fitCamera } from '../map/camera.ts';
import { svgMarkup } from '../map/svg/svg-string.ts';
import { labelBox } from '../map/labels.ts';
import type { Geography } from '../state/geography.ts';
import { namedPlaces } from '../state/selectors.ts';
import type { AtlasState } from '../state/store.ts';
import { escapeHtml } from './page-html.ts';

// The picture a link to a story shows in a chat or a social post: its map, drawn by the same scene as the
// page's, between the story's title and the map's attribution, 1200 × 630 (what Open Graph and Twitter's
// large card expect). Written as SVG here and drawn to PNG at build time (build-pages.ts, resvg).

export const CARD = { width: 1200, height: 630 } as const;
const MARGIN = 48;
const TITLE_PX = 40;
const TITLE_LINE_PX = 48;
const SUBTITLE_PX = 22;
const FOOTER_PX = 48;
const HEADER_PX = 172;
const TOP_PX = 40;
const MAP_PADDING_PX = 16;
export const CARD_ATTRIBUTION =
  'Boundaries: AGCHO / OCHA (CC BY-IGO 3.0) · Neighbouring countries: Natural Earth · North Atlas';
/** The card's text face: the build gives resvg this font's files (dejavu-fonts-ttf), nothing from the system. */
export const CARD_FONT = 'DejaVu Sans';

/** Lines of at most `width` px at `fontPx`, at most `max` of them, the last cut with an ellipsis. */
export function wrapLines(text: string, fontPx: number, width: number, max: number): string[] {
  const fits = (s: string) => labelBox(s, fontPx, true).width <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (fits(next) || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  let last = lines.slice(max - 1).join(' ');
  while (last.length > 1 && !fits(`${last}…`)) last = last.slice(0, -1);
  return [...lines.slice(0, max - 1), `${last.trimEnd()}…`];
}

/** The card's subtitle: the places the story names most. */
function placesLine(facts: Pick<AtlasState, 'story'>, geo: Geography): string {
  const top = namedPlaces(facts.story, geo, { countries: false, limit: 4 }).map((n) => n.place.name_en);
  return top.length > 0 ? `On the map: ${top.join(', ')}` : 'Northern Afghanistan on a map';
}

export function shareCardSvg(facts: AtlasState, geo: Geography): string {
  const title = wrapLines(
    facts.story?.meta.title ?? 'Northern Afghanistan',
    TITLE_PX,
    CARD.width - 2 * MARGIN,
    2,
  );
  const mapBox = { width: CARD.width, height: CARD.height - HEADER_PX - FOOTER_PX };
  // The region fills the band: a picture has no controls to keep clear of.
  const camera = fitCamera(geo.bbox, mapBox, { padding: MAP_PADDING_PX });
  const map = svgMarkup(geo, facts, mapBox, { camera, at: { x: 0, y: HEADER_PX }, still: true });
  const text = (y: number, px: number, weight: number, colour: string, s: string) =>
    `<text x="${MARGIN}" y="${y}" font-size="${px}" font-weight="${weight}" fill="${colour}">${escapeHtml(s)}</text>`;
  const baseline = (line: number) => TOP_PX + TITLE_PX * 0.8 + line * TITLE_LINE_PX;
  const subtitleY = baseline(title.length - 1) + 40;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}" font-family="${CARD_FONT}">`,
    `<rect width="${CARD.width}" height="${CARD.height}" fill="#ffffff"/>`,
    ...title.map((line, i) => text(baseline(i), TITLE_PX, 700, '#1f1a17', line)),
    text(subtitleY, SUBTITLE_PX, 400, '#5d554e', placesLine(facts, geo)),
    map,
    `<rect y="${CARD.height - FOOTER_PX}" width="${CARD.width}" height="${FOOTER_PX}" fill="#ffffff"/>`,
    text(CARD.height - FOOTER_PX / 2 + 7, 20, 400, '#5d554e', CARD_ATTRIBUTION),
    '</svg>',
  ].join('\n');
}
