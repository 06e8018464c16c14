// Compares two renderings of the same word by their ink: each is cut to its inked box and the boxes are laid on
// each other (scaled to one size: engines round glyph advances differently, so a word can be a few pixels wider in
// one), then a pixel of ink in one counts as matched when the other has ink within a small radius. A dot or mark
// drawn in the wrong place is several pixels off and is not matched.
import type { GreyImage } from './png.ts';

/** Ink: darker than mid grey. */
const INK = 128;

export interface Ink {
  width: number;
  height: number;
  /** 1 where there is ink, row by row. */
  mask: Uint8Array;
  /** Pixels of ink. */
  count: number;
}

/** The ink of a rectangle of an image (rows [top, bottom), columns [left, right)), cut to its bounding box. */
export function inkOf(image: GreyImage, top = 0, bottom = image.height, left = 0, right = image.width): Ink {
  let [x0, y0, x1, y1] = [right, bottom, -1, -1];
  for (let y = top; y < Math.min(bottom, image.height); y++)
    for (let x = left; x < Math.min(right, image.width); x++)
      if (image.grey[y * image.width + x]! < INK) {
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
      }
  if (x1 < 0) return { width: 0, height: 0, mask: new Uint8Array(), count: 0 };
  const width = x1 - x0 + 1;
  const height = y1 - y0 + 1;
  const mask = new Uint8Array(width * height);
  let count = 0;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      if (image.grey[(y + y0) * image.width + x + x0]! < INK) {
        mask[y * width + x] = 1;
        count++;
      }
  return { width, height, mask, count };
}

/** Pixels of ink in `a` with no ink in `b` within `radius`, `b`'s box scaled onto `a`'s. */
function unmatched(a: Ink, b: Ink, radius: number): number {
  const sx = (b.width - 1) / Math.max(1, a.width - 1);
  const sy = (b.height - 1) / Math.max(1, a.height - 1);
  let missing = 0;
  for (let y = 0; y < a.height; y++)
    for (let x = 0; x < a.width; x++) {
      if (!a.mask[y * a.width + x]) continue;
      const [bx, by] = [Math.round(x * sx), Math.round(y * sy)];
      let found = false;
      for (let yy = Math.max(0, by - radius); !found && yy <= Math.min(b.height - 1, by + radius); yy++)
        for (let xx = Math.max(0, bx - radius); xx <= Math.min(b.width - 1, bx + radius); xx++)
          if (b.mask[yy * b.width + xx]) {
            found = true;
            break;
          }
      if (!found) missing++;
    }
  return missing;
}

/** The share (0 to 1) of ink in either rendering that the other lacks, the larger of the two. */
export function inkDifference(a: Ink, b: Ink, radius = 2): number {
  if (!a.count || !b.count) return a.count === b.count ? 0 : 1;
  return Math.max(unmatched(a, b, radius) / a.count, unmatched(b, a, radius) / b.count);
}
