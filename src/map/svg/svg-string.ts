import type { Geography } from '../../state/geography.ts';
import { openingCamera, type Camera, type Size } from '../camera.ts';

export { openingCamera };
import { BASE_ZOOM } from './paths.ts';
import { buildSvgScene, type SceneFacts } from './scene.ts';
import { GridPath } from './grid-path.ts';
import { attrValue, type MakeNode, type SvgNode } from './svg-node.ts';

// The SVG map as markup, in Node: the prerendered pages' first view and the share cards' picture.

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** An element as plain data, written out as markup: escaped here, the one place that writes it. */
export class StringNode implements SvgNode {
  private readonly attrs = new Map<string, string>();
  private readonly children: StringNode[] = [];
  private text: string | null = null;

  constructor(readonly tag: string) {}

  setAttribute(name: string, value: string): void {
    this.attrs.set(name, value);
  }
  getAttribute(name: string): string | null {
    return this.attrs.get(name) ?? null;
  }
  removeAttribute(name: string): void {
    this.attrs.delete(name);
  }
  get textContent(): string | null {
    return this.text ?? this.children.map((c) => c.textContent ?? '').join('');
  }
  set textContent(value: string | null) {
    this.text = value;
    this.children.length = 0;
  }
  appendChild(child: StringNode): void {
    this.text = null;
    this.children.push(child);
  }

  toString(): string {
    const attrs = [...this.attrs].map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
    const inner = this.text !== null ? escapeText(this.text) : this.children.join('');
    return `<${this.tag}${attrs}>${inner}</${this.tag}>`;
  }
}

export const makeStringNode: MakeNode<StringNode> = (tag, attrs, parent) => {
  const node = new StringNode(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, attrValue(v));
  parent?.appendChild(node);
  return node;
};

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
  /** Where the places' links lead before their address ('places/' on a prerendered page; '' by default). */
  links?: string;
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
  const write = (draw: (context: GridPath) => void) => {
    const light = new GridPath(lightGrid(camera.zoom));
    draw(light);
    return light.toString();
  };
  const frame = options.still ? { zoom: camera.zoom } : options.light ? { write } : {};
  const scene = buildSvgScene(makeStringNode, geo, () => facts, frame, options.links);
  scene.drawSize(size);
  if (options.at) {
    for (const [k, v] of Object.entries({ ...options.at, ...size })) scene.root.setAttribute(k, String(v));
  }
  scene.drawLabels(camera, size);
  scene.drawSelection(facts.selected, null);
  scene.drawHover(facts.hovered, null);
  return scene.root.toString();
}
