import type { Geography } from '../../state/geography.ts';
import { cameraTarget, fitCamera, type Camera, type Size } from '../camera.ts';
import { BASE_ZOOM } from './paths.ts';
import { buildSvgScene, type SceneFacts } from './scene.ts';
import { makeStringNode } from './svg-node.ts';

// The SVG map as markup, in Node: the prerendered pages' first view and the share cards' picture.

/** The camera the map opens on for a selection (or the whole region) in a view of this size. */
export function openingCamera(geo: Geography, selected: string | null, size: Size): Camera {
  const target = cameraTarget(geo, selected);
  return fitCamera(target.bbox, size, { maxZoom: target.maxZoom });
}

/** Base-frame units per step of a light path at this zoom: a power of two, under a pixel there. */
export function lightGrid(zoom: number): number {
  return 2 ** Math.max(0, Math.floor(BASE_ZOOM - zoom));
}

export interface MarkupOptions {
  /** The opening camera for the facts' selection when not given. */
  camera?: Camera;
  /** Placed at this point at its size inside another SVG (a share card), instead of filling its box. */
  at?: { x: number; y: number };
  /** Paths as light as the camera's zoom allows (a first view: the browser refines them when it zooms). */
  light?: boolean;
  /** A still picture (a share card): paths projected at the camera's own zoom, so no scale is applied. */
  still?: boolean;
}

/**
 * The map for these facts in a view of `size` (its viewBox: a page scales it to the box it gets).
 * Self-contained markup, safe to put in HTML: every text is escaped.
 */
export function svgMarkup(
  geo: Geography,
  facts: SceneFacts,
  size: Size,
  options: MarkupOptions = {},
): string {
  const camera = options.camera ?? openingCamera(geo, facts.selected, size);
  const grid = options.light ? lightGrid(camera.zoom) : 1;
  const scene = buildSvgScene(
    makeStringNode,
    geo,
    () => facts,
    options.still ? { zoom: camera.zoom } : { grid },
  );
  scene.drawSize(size);
  if (options.at) {
    for (const [k, v] of Object.entries({ ...options.at, ...size })) scene.root.setAttribute(k, String(v));
  }
  scene.drawLabels(camera, size);
  scene.drawSelection(facts.selected, null);
  scene.drawHover(facts.hovered, null);
  return scene.root.toString();
}
