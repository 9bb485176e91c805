// Places the map's labels so that none overlaps another label or another place's dot ("Accra" and
// "Ghanaian" once drew on top of each other as "Accraaian"). Greedy, in the order given (first named,
// first placed): each label tries eight spots around its dot and takes the first that is free and
// inside the map; a label with no free spot is left out (its dot keeps the name as a tooltip, and the
// map lists it below).

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelPlacement {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

const FONT_PX = 11;
const GAP = 6;

let canvas: CanvasRenderingContext2D | null | undefined;

/** Width of a label in SVG units: measured with the page's font where a canvas exists, else estimated. */
export function labelWidth(text: string): number {
  if (canvas === undefined) canvas = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (canvas) {
    canvas.font = `${FONT_PX}px system-ui, sans-serif`;
    // The white halo (stroke 3px) widens the drawn text by 1.5px each side.
    return canvas.measureText(text).width + 3;
  }
  return text.length * FONT_PX * 0.62 + 3;
}

const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Candidate spots around a dot at (x, y), best first: right, left, above, below, the diagonals, then the same again further out. */
function candidates(x: number, y: number, w: number): LabelPlacement[] {
  return [...ring(x, y, w, 0), ...ring(x, y, w, 8)];
}

function ring(x: number, y: number, w: number, out: number): LabelPlacement[] {
  const h = FONT_PX + 2;
  const at = (left: number, baseline: number, anchor: LabelPlacement['anchor']): LabelPlacement => {
    const bx = anchor === 'start' ? left : anchor === 'end' ? left - w : left - w / 2;
    return { x: left, y: baseline, anchor, box: { x: bx, y: baseline - FONT_PX, w, h } };
  };
  return [
    at(x + GAP + out, y + 4, 'start'),
    at(x - GAP - out, y + 4, 'end'),
    at(x, y - GAP - 2 - out, 'middle'),
    at(x, y + GAP + FONT_PX + out, 'middle'),
    at(x + GAP - 2 + out, y - GAP - out, 'start'),
    at(x + GAP - 2 + out, y + GAP + FONT_PX - 2 + out, 'start'),
    at(x - GAP + 2 - out, y - GAP - out, 'end'),
    at(x - GAP + 2 - out, y + GAP + FONT_PX - 2 + out, 'end'),
  ];
}

/**
 * One placement per point (null: no free spot). `dots` are every drawn dot's centre, labelled or not;
 * `bounds` the drawing area.
 */
export function placeLabels(points: { x: number; y: number; text: string }[], bounds: Box, dotRadius = 4): (LabelPlacement | null)[] {
  const taken: Box[] = points.map((p) => ({ x: p.x - dotRadius, y: p.y - dotRadius, w: 2 * dotRadius, h: 2 * dotRadius }));
  const inside = (b: Box) => b.x >= bounds.x && b.y >= bounds.y && b.x + b.w <= bounds.x + bounds.w && b.y + b.h <= bounds.y + bounds.h;
  return points.map((p) => {
    const spot = candidates(p.x, p.y, labelWidth(p.text)).find((c) => inside(c.box) && !taken.some((t) => overlaps(c.box, t)));
    if (spot) taken.push(spot.box);
    return spot ?? null;
  });
}
