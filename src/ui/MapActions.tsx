import { useState, type RefObject } from 'react';
import { useAtlasStore } from '../state/atlas-context.tsx';
import type { SvgMap } from '../map/svg/svg-map.ts';

// Take the current view away: a PNG for slides (drawn from the SVG map, whichever map is on screen,
// since both show the same view) or the browser's print dialog, which uses the print stylesheet.

export function MapActions({ svgMap }: { svgMap: RefObject<SvgMap | null> }) {
  const store = useAtlasStore();
  const [status, setStatus] = useState('');

  const download = async () => {
    const map = svgMap.current;
    if (!map) return;
    try {
      setStatus('Making the image…');
      // Fetched on the first click: no reader pays for the exporter before asking for an image.
      const { downloadMapImage } = await import('../map/svg/png.ts');
      map.refine();
      await downloadMapImage(map.svg, map.size(), store.getState());
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
