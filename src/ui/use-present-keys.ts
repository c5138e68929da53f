import { useEffect, useRef, useState } from 'react';
import { useAtlasStore } from '../state/atlas-context.tsx';
import { goToStep, selectTour, stepBy } from '../state/tour-steps.ts';
import { readPresentKey, type PresentCommand } from './present-keys.ts';

// Turns the presentation's keys into store actions, for whichever window has the keyboard.

/** Commands only some windows offer: the audience screen leaves and goes full screen, the presenter does not. */
export type WindowCommands = Partial<Record<'leave' | 'fullscreen' | 'presenter', () => void>>;

/** Listens while mounted; returns the digits typed so far towards a jump, for display. */
export function usePresentKeys(commands: WindowCommands): string {
  const store = useAtlasStore();
  const [digits, setDigits] = useState('');
  const typed = useRef('');
  const own = useRef(commands);
  useEffect(() => {
    own.current = commands;
  });

  useEffect(() => {
    const run = (command: PresentCommand): boolean => {
      const s = store.getState();
      const via = { via: 'key' } as const;
      switch (command.kind) {
        case 'next':
          stepBy(store, 1, via);
          return true;
        case 'prev':
          stepBy(store, -1, via);
          return true;
        case 'first':
          goToStep(store, 0, via);
          return true;
        case 'last':
          goToStep(store, selectTour(s).stops.length - 1, via);
          return true;
        case 'jump':
          goToStep(store, command.stop - 1, via);
          return true;
        case 'blank':
          s.setBlanked(!s.blanked, via);
          return true;
        default: {
          const fn = own.current[command.kind];
          fn?.();
          return fn !== undefined;
        }
      }
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      // A focused button or link keeps Space and Enter, unless a stop number is being typed.
      const activates = e.key === ' ' || e.key === 'Enter';
      if (activates && typed.current === '' && target?.closest('button, a[href], summary')) return;
      const rtl = store.getState().language === 'da';
      const result = readPresentKey(e.key, typed.current, { rtl, code: e.code });
      typed.current = result.digits;
      setDigits(result.digits);
      const taken = result.command ? run(result.command) : result.handled;
      if (!taken) return;
      // Ahead of the reader's own keys (Esc clears a selection) and the map's (arrows pan).
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [store]);

  return digits;
}
