// Label placement for the site's pictures (the map, lib/map/layout.ts): each label tries places around its
// point in order and takes the first that overlaps no label placed before it, no dot but its own, and stays
// inside the picture; a label with nowhere to go stops the build, named. Pure, and the same at every size.

/** A rectangle in the picture's units, from its top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is to be labelled: a point, with a dot drawn on it or not (a country's or a sea's name sits on it). */
export interface LabelInput {
  id: string;
  text: string;
  x: number;
  y: number;
  dot: boolean;
  /** Where the label's middle may go, when not anywhere near the point (a country's name inside the country). */
  allows?: (x: number, y: number) => boolean;
}

/** A placed label: where its text is drawn (x its middle, y its baseline) and the box it takes. */
export interface PlacedLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  box: Box;
}

export interface LabelOptions {
  width: number;
  height: number;
  fontSize: number;
  /** The dots' radius, in the picture's units. */
  dotRadius: number;
  /** Room kept clear around every label, dot and the picture's edge. */
  gap: number;
  /** The text's width: an estimate the browser test holds to the drawn text. */
  measure: (text: string, fontSize: number) => number;
}

/** The glyph box around the baseline, in ems: how far above and below the baseline the font draws. */
export const ASCENT = 1;
export const DESCENT = 0.72;

/** A label's width at `fontSize` in Noto Naskh Arabic: letters and digits about half an em, a space a third. */
export const textWidth = (text: string, fontSize: number): number => {
  const spaces = text.split(' ').length - 1;
  return (0.5 * (text.length - spaces) + 0.3 * spaces) * fontSize;
};

/** Whether two boxes overlap, each grown by `gap`/2 on every side. */
export const overlaps = (a: Box, b: Box, gap = 0): boolean =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/** Whether `inner` lies inside `outer` with `margin` to spare. */
export const inside = (inner: Box, outer: Box, margin = 0): boolean =>
  inner.x >= outer.x + margin &&
  inner.y >= outer.y + margin &&
  inner.x + inner.width <= outer.x + outer.width - margin &&
  inner.y + inner.height <= outer.y + outer.height - margin;

/** The box of a text drawn with its middle at `cx` and its box centred on `cy`. */
function centredBox(cx: number, cy: number, width: number, height: number): Box {
  return { x: cx - width / 2, y: cy - height / 2, width, height };
}

/**
 * Centres to try for a label of `w`×`h` around a point, nearest first. Beside a dot (`dot` its radius): left of
 * it, as Arabic reads on, then right, above, below and the corners, farther out ring by ring. On a point
 * without a dot (a country's, a sea's name): the point itself, then nudged around it.
 */
function candidates(x: number, y: number, w: number, h: number, dot: number, gap: number): [number, number][] {
  const out: [number, number][] = dot > 0 ? [] : [[x, y]];
  for (const ring of [0, 1, 2, 3, 4, 5]) {
    const dx = dot > 0 ? w / 2 + dot + gap + ring * h * 0.6 : (ring + 1) * w * 0.25;
    const dy = dot > 0 ? h / 2 + dot + gap + ring * h * 0.6 : (ring + 1) * h * 0.5;
    out.push([x - dx, y], [x + dx, y], [x, y - dy], [x, y + dy]);
    out.push([x - dx, y - dy], [x + dx, y - dy], [x - dx, y + dy], [x + dx, y + dy]);
  }
  return out;
}

/** Labels for `inputs`, placed in the order given: the first ones get the places nearest their points. */
export function placeLabels(inputs: readonly LabelInput[], options: LabelOptions): PlacedLabel[] {
  const { width, height, fontSize, dotRadius, gap, measure } = options;
  const frame: Box = { x: 0, y: 0, width, height };
  const dots = inputs
    .filter((i) => i.dot)
    .map((i) => ({ id: i.id, box: centredBox(i.x, i.y, 2 * dotRadius, 2 * dotRadius) }));
  const placed: PlacedLabel[] = [];
  const h = (ASCENT + DESCENT) * fontSize;
  for (const input of inputs) {
    const w = measure(input.text, fontSize);
    const fits = (box: Box): boolean =>
      inside(box, frame, gap) &&
      (input.allows?.(box.x + box.width / 2, box.y + box.height / 2) ?? true) &&
      !placed.some((p) => overlaps(box, p.box, gap)) &&
      !dots.some((d) => d.id !== input.id && overlaps(box, d.box, gap));
    const spot = candidates(input.x, input.y, w, h, input.dot ? dotRadius : 0, gap)
      .map(([cx, cy]) => centredBox(cx, cy, w, h))
      .find(fits);
    if (!spot) throw new Error(`no room for the label «${input.text}» (${input.id}) at font size ${fontSize}`);
    placed.push({
      id: input.id,
      text: input.text,
      x: round(spot.x + w / 2),
      y: round(spot.y + ASCENT * fontSize),
      box: { x: round(spot.x), y: round(spot.y), width: round(w), height: round(h) },
    });
  }
  return placed;
}

const round = (n: number): number => Math.round(n * 10) / 10;
