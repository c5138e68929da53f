// A light path for a prerendered map's first view: each point snapped to a grid of `grid` base-frame units
// (under a pixel at the first view's zoom), points that fall on the last one dropped, and every step written
// relative to the last (small numbers). A fifth of the bytes of the full path, the same picture at that zoom;
// the browser's map writes the full paths once it takes over (scene.ts, refine).

export class GridPath {
  private readonly out: string[] = [];
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;
  private drawing = false;

  constructor(private readonly grid: number) {}

  private snap(v: number): number {
    return Math.round(v / this.grid);
  }

  /** Two numbers of a step, in base units; a minus sign separates numbers by itself. */
  private step(dx: number, dy: number): string {
    const x = dx * this.grid;
    const y = dy * this.grid;
    return `${x}${y < 0 ? '' : ' '}${y}`;
  }

  moveTo(px: number, py: number): void {
    const x = this.snap(px);
    const y = this.snap(py);
    this.out.push(`m${this.step(x - this.x, y - this.y)}`);
    this.x = this.startX = x;
    this.y = this.startY = y;
    this.drawing = false;
  }

  lineTo(px: number, py: number): void {
    const x = this.snap(px);
    const y = this.snap(py);
    if (x === this.x && y === this.y) return;
    const step = this.step(x - this.x, y - this.y);
    // After an `l`, further pairs are more of it: a separator only where no minus sign separates.
    this.out.push(this.drawing ? (step.startsWith('-') ? step : ` ${step}`) : `l${step}`);
    this.drawing = true;
    this.x = x;
    this.y = y;
  }

  closePath(): void {
    this.out.push('z');
    this.x = this.startX;
    this.y = this.startY;
    this.drawing = false;
  }

  /** Points (d3 draws them as circles) are not on this map. */
  arc(): void {}
  beginPath(): void {}

  toString(): string {
    return this.out.join('');
  }
}
