import type { Geography } from '../../state/geography.ts';
import { cameraTarget, fitCamera, type Camera, type Size } from '../camera.ts';
import { buildSvgScene, type SceneFacts } from './scene.ts';
import { makeStringNode } from './svg-node.ts';

// The SVG map as markup, in Node: the prerendered pages' first view and the share cards' picture.

/** The camera the map opens on for a selection (or the whole region) in a view of this size. */
export function openingCamera(geo: Geography, selected: string | null, size: Size): Camera {
  const target = cameraTarget(geo, selected);
  return fitCamera(target.bbox, size, { maxZoom: target.maxZoom });
}

/**
 * The map for these facts in a view of `size` (its viewBox: a page scales it to the box it gets), on
 * `camera` or the opening one. Self-contained markup, safe to put in HTML: every text is escaped.
 */
export function svgMarkup(geo: Geography, facts: SceneFacts, size: Size, camera?: Camera): string {
  const scene = buildSvgScene(makeStringNode, geo, () => facts);
  scene.drawSize(size);
  scene.drawLabels(camera ?? openingCamera(geo, facts.selected, size), size);
  scene.drawSelection(facts.selected, null);
  scene.drawHover(facts.hovered, null);
  return scene.root.toString();
}
