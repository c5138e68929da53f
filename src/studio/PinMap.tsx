import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { projectionFor, type Camera, type Size } from '../map/camera.ts';
import { createSvgMap } from '../map/svg/svg-map.ts';
import { buildGeography, type LonLat, type NorthTopology } from '../state/geography.ts';
import { createAtlasStore, loadedState, type AtlasStore } from '../state/store.ts';
import type { Story } from '../story/schema.ts';
import { aimStep } from './pin-aim.ts';

// The pin form's map: the reader's SVG map over a store of its own (the draft's story, its pins), where a click
// — or the arrow keys moving a crosshair and Enter — says where a pin goes. The map frames the district the
// point fell in, so a second click can be closer.

export interface PinMapProps {
  topology: NorthTopology;
  story: Story | null;
  /** The point the form holds (typed, clicked or the pin's own), drawn as the crosshair. */
  at: LonLat | null;
  /** The place the map frames: the point's district, or null for the whole region. */
  frame: string | null;
  onPlace: (at: LonLat) => void;
}

/** What redraws the map: the pins it draws (a new scene) — the rest of the story only colours it. */
const pinsKey = (story: Story | null) => JSON.stringify(story?.pins?.map((p) => [p.id, p.at]) ?? []);

/** The crosshair moved by the keyboard, from the point the form held when it started moving. */
interface Moved {
  from: LonLat | null;
  to: LonLat;
}

export default function PinMap({ topology, story, at, frame, onPlace }: PinMapProps) {
  const host = useRef<HTMLDivElement>(null);
  const store = useRef<AtlasStore | null>(null);
  const [view, setView] = useState<{ camera: Camera; size: Size } | null>(null);
  const [moved, setMoved] = useState<Moved | null>(null);
  const geo = useMemo(() => buildGeography(topology), [topology]);
  const pins = pinsKey(story);
  const latest = useRef({ story, frame });
  const id = useId();
  // A new point from the form (typed, or placed) takes the crosshair back from the keyboard.
  const aim = moved && moved.from === at ? moved.to : at;

  useEffect(() => {
    latest.current = { story, frame };
  });

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const s = createAtlasStore({
      ...loadedState({ story: latest.current.story, geo }),
      selected: latest.current.frame,
      mapInteractive: false,
    });
    store.current = s;
    const m = createSvgMap(el, s, {
      reducedMotion: true,
      onCamera: (camera, size) => setView({ camera, size }),
    });
    return () => {
      m.destroy();
      store.current = null;
    };
  }, [geo, pins]);

  useEffect(() => {
    const s = store.current?.getState();
    if (!s) return;
    if (frame && s.geo?.places.has(frame)) s.select(frame, { via: 'map' });
    else s.clear({ via: 'map' });
  }, [frame]);

  const projection = view ? projectionFor(view.camera, view.size) : null;
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    if (!projection) return;
    const box = e.currentTarget.getBoundingClientRect();
    onPlace(projection.invert([e.clientX - box.left, e.clientY - box.top]));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!projection || !view) return;
    if (e.key === 'Enter') {
      if (!aim) return;
      e.preventDefault();
      onPlace(aim);
      return;
    }
    const step = aimStep(e.key, e.shiftKey);
    if (!step) return;
    e.preventDefault();
    const [x, y] = aim ? projection(aim) : [view.size.width / 2, view.size.height / 2];
    setMoved({ from: at, to: projection.invert([x + step[0], y + step[1]]) });
  };

  const spot = aim && projection ? projection(aim) : null;
  return (
    <div className="pin-map-box">
      <div
        className="pin-map"
        data-testid="pin-map"
        role="application"
        aria-label="Map: click where it is, or move the crosshair with the arrow keys and press Enter"
        aria-describedby={`${id}-aim`}
        tabIndex={0}
        onClick={onClick}
        onKeyDown={onKeyDown}
      >
        {/* React never writes into this box: the SVG renderer owns what is inside. */}
        <div ref={host} className="pin-map-drawing" />
        {spot && Number.isFinite(spot[0]) && (
          <span
            className="pin-map-aim"
            data-testid="pin-map-aim"
            aria-hidden="true"
            style={{ left: `${spot[0]}px`, top: `${spot[1]}px` }}
          />
        )}
      </div>
      <p id={`${id}-aim`} className="studio-hint" data-testid="pin-map-where">
        {aim
          ? `Crosshair at ${aim[1].toFixed(4)}, ${aim[0].toFixed(4)} (latitude, longitude).`
          : 'Arrow keys move a crosshair from the middle of the map; Shift moves it further.'}
      </p>
    </div>
  );
}
