import { useState, type RefObject } from 'react';
import { useAtlasStore } from '../state/atlas-context.tsx';
import { placeCounts } from '../state/selectors.ts';
import type { SvgMap } from '../map/svg/svg-map.ts';

// Take the current view away: a PNG for slides (drawn from the SVG map, whichever map is on screen,
// since both show the same view) or the browser's print dialog, which uses the print stylesheet.

/** How long the download link's blob stays alive: the browser reads it asynchronously after the click. */
const BLOB_LIFETIME_MS = 60_000;

export function MapActions({ svgMap }: { svgMap: RefObject<SvgMap | null> }) {
  const store = useAtlasStore();
  const [status, setStatus] = useState('');

  const download = async () => {
    const map = svgMap.current;
    if (!map) return;
    const { story, geo, selected } = store.getState();
    const place = selected ? geo?.places.get(selected) : undefined;
    const counts = placeCounts(story, selected ?? '');
    const subtitle = place
      ? `${place.name_en} (${place.kind}): ${counts.passages} passage${counts.passages === 1 ? '' : 's'}, ${counts.quotes} quote${counts.quotes === 1 ? '' : 's'}`
      : 'Kunduz, Takhar, Baghlan and Badakhshan, shaded by their share of the story';
    try {
      setStatus('Making the image…');
      // Fetched on the first click: no reader pays for the exporter before asking for an image.
      const { mapImage } = await import('../map/svg/png.ts');
      map.refine();
      const blob = await mapImage(map.svg, map.size(), {
        title: story?.meta.title ?? 'Northern Afghanistan',
        subtitle,
      });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `north-atlas-${selected ?? 'north'}.png`;
      link.click();
      window.setTimeout(() => URL.revokeObjectURL(url), BLOB_LIFETIME_MS);
      setStatus('Image downloaded.');
    } catch (e) {
      setStatus(`The image could not be made: ${(e as Error).message}.`);
    }
  };

  return (
    <div className="map-actions">
      <button type="button" onClick={() => void download()}>
        Download image
      </button>
      <button type="button" onClick={() => window.print()}>
        Print
      </button>
      <span className="visually-hidden" role="status">
        {status}
      </span>
    </div>
  );
}
