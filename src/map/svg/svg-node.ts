// The SVG map is built through the few element methods below, so one builder (scene.ts) draws into the
// browser's DOM, adopts a prerendered <svg> already in the page, or writes markup in Node for the
// prerendered pages and the share cards.

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
