import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { DraftControls } from './draft-sync.ts';
import type { EngineControls } from './engine-client.ts';
import type { Studio, StudioStore } from './studio-store.ts';

export interface StudioServices {
  store: StudioStore;
  drafts: DraftControls;
  engine: EngineControls;
}

const StudioContext = createContext<StudioServices | null>(null);

export function StudioProvider({ services, children }: { services: StudioServices; children: ReactNode }) {
  return <StudioContext.Provider value={services}>{children}</StudioContext.Provider>;
}

export function useStudioServices(): StudioServices {
  const services = useContext(StudioContext);
  if (!services) throw new Error('useStudio outside <StudioProvider>');
  return services;
}

/** Read the studio store through a selector; never bare. */
export function useStudio<T>(selector: (s: Studio) => T): T {
  return useStore(useStudioServices().store, selector);
}
