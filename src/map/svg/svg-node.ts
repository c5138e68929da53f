// The SVG map is built through the few element methods below, so one builder (scene.ts) draws into the
// browser's DOM, adopts a prerendered <svg> already in the page, or writes markup in Node for the
// prerendered pages and the share cards (svg-string.ts, which the browser never loads).

/** An attribute's value; a function is called only when the element is made (a path's `d`, costly to
 * write, is never computed for an element adopted from prerendered markup, which already has it). */
export type AttrValue = string | number | (() => string);
export type Attrs = Record<string, AttrValue>;

/** The element methods the scene uses: a DOM element has them, and so does StringNode. */
export interface SvgNode {
  setAttribute(name: string, value: string): void;
  getAttribute(name: string): string | null;
  removeAttribute(name: string): void;
  textContent: string | null;
}

/** Makes (or adopts) an element with its first attributes, as the last child of `parent`. */
export type MakeNode<N extends SvgNode> = (tag: string, attrs: Attrs, parent: N | null) => N;

export const SVG_NS = 'http://www.w3.org/2000/svg';

export const attrValue = (v: AttrValue): string => (typeof v === 'function' ? v() : String(v));
