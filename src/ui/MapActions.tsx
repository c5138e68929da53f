import { useState, type RefObject } from 'react';
import { useAtlasStore } from '../state/atlas-context.tsx';
import type { SvgMap } from '../map/svg/svg-map.ts';
import { useT } from './use-t.ts';

// Take the current view away: a PNG for slides (drawn from the SVG map, whichever map is on screen,
// since both show the same view) or the browser's print dialog, which uses the print stylesheet.

export function MapActions({ svgMap }: { svgMap: RefObject<SvgMap | null> }) {
  const store = useAtlasStore();
  const [status, setStatus] = useState('');
  const t = useT();

  const download = async () => {
    const map = svgMap.current;
    if (!map) return;
    try {
      setStatus(t('map.making'));
      // Fetched on the first click: no reader pays for the exporter before asking for an image.
      const [{ downloadMapImage }, { imageText }] = await Promise.all([
        import('../map/svg/png.ts'),
        import('./image-text.ts'),
      ]);
      map.refine();
      const state = store.getState();
      await downloadMapImage(map.svg, map.size(), imageText(state, t), state.selected);
      setStatus(t('map.downloaded'));
    } catch (e) {
      setStatus(t('map.imageFailed', { reason: (e as Error).message }));
    }
  };

  return (
    <div className="map-actions">
      <button type="button" onClick={() => void download()}>
        {t('map.download')}
      </button>
      <button type="button" onClick={() => window.print()}>
        {t('map.print')}
      </button>
      <span className="visually-hidden" role="status">
        {status}
      </span>
    </div>
  );
}
