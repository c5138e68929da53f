import { useAtlas, useAtlasStore } from '../state/atlas-context.tsx';
import { enterFullscreen } from './fullscreen.ts';
import { useT } from './use-t.ts';

// Starts presenting. Full screen must be asked for inside the click itself: browsers grant it only to a gesture.

export function PresentButton() {
  const store = useAtlasStore();
  const ready = useAtlas((s) => s.status === 'ready' && s.story !== null);
  const t = useT();
  if (!ready) return null;
  return (
    <button
      type="button"
      className="present-button"
      onClick={() => {
        enterFullscreen();
        store.getState().present(true, { via: 'text' });
      }}
    >
      {t('present.start')}
    </button>
  );
}
