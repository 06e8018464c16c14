// Label placement (lib/pictures/labels.ts) and the map's geometry (lib/map/layout.ts): every label inside the
// picture, off every other label and every dot but its own, next to its point; a label with no room is refused.
import { describe, expect, it } from 'vitest';
import { inside, overlaps, placeLabels, textWidth, type LabelInput } from '../../src/lib/pictures/labels.ts';
import { MAP_HEIGHT, MAP_WIDTH, PANEL, layoutMap, layoutPanels } from '../../src/lib/map/layout.ts';
import { LEFT_OUT, PLACES } from '../../src/lib/map/places.ts';
import { ENTITIES } from '../../src/lib/entities/table.ts';

const options = { width: 400, height: 200, fontSize: 20, dotRadius: 5, gap: 4, measure: textWidth };
const city = (id: string, x: number, y: number): LabelInput => ({ id, text: 'مدينة', x, y, dot: true });
const frame = (width: number, height: number) => ({ x: 0, y: 0, width, height });

describe('overlaps', () => {
  it('sees boxes that share area, and boxes closer than the gap', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(overlaps(a, { x: 5, y: 5, width: 10, height: 10 })).toBe(true);
    expect(overlaps(a, { x: 12, y: 0, width: 10, height: 10 })).toBe(false);
    expect(overlaps(a, { x: 12, y: 0, width: 10, height: 10 }, 3)).toBe(true);
  });
});

describe('placeLabels', () => {
  it("puts a lone dot's label beside it, to the left as Arabic reads on, clear of the dot", () => {
    const [label] = placeLabels([city('a', 200, 100)], options);
    expect(label?.box.x).toBeLessThan(200);
    expect((label?.box.x ?? 0) + (label?.box.width ?? 0)).toBeLessThanOrEqual(200 - 5);
  });

  it('moves a label away from a crowded side, and keeps it in the picture at the edge', () => {
    const labels = placeLabels([city('a', 200, 100), city('b', 150, 100), city('c', 10, 100)], options);
    for (const l of labels) expect(inside(l.box, frame(400, 200), options.gap)).toBe(true);
    labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => expect(overlaps(a.box, b.box)).toBe(false)));
    expect(labels[2]?.box.x).toBeGreaterThan(10);
  });

  it('keeps a name without a dot where it is allowed, and off the dots of others', () => {
    const country: LabelInput = { id: 'c', text: 'دولة', x: 200, y: 100, dot: false, allows: (x) => x > 190 };
    const [, label] = placeLabels([city('a', 200, 100), country], options);
    expect((label?.box.x ?? 0) + (label?.box.width ?? 0) / 2).toBeGreaterThan(190);
    expect(overlaps(label?.box ?? frame(0, 0), { x: 195, y: 95, width: 10, height: 10 })).toBe(false);
  });

  it('refuses, by name, a label with no room', () => {
    const crowd = [city('a', 100, 30), { id: 'sea', text: 'بحر واسع جدًا جدًا', x: 100, y: 30, dot: false }];
    expect(() => placeLabels(crowd, { ...options, width: 200, height: 60 })).toThrow(/بحر واسع جدًا جدًا.*sea/);
  });
});

describe('layoutMap', () => {
  const map = layoutMap(PLACES);

  it('labels every place of the table once, and nothing else', () => {
    expect(map.labels.map((l) => l.id).sort()).toEqual(PLACES.map((p) => p.id).sort());
    const places = ENTITIES.filter((e) => e.kind === 'place').map((e) => e.id);
    expect([...PLACES, ...LEFT_OUT].map((p) => p.id).sort()).toEqual(places.sort());
    for (const label of map.labels) expect(label.text).toBe(ENTITIES.find((e) => e.id === label.id)?.name);
  });

  it('keeps every label inside the picture, off the others and off the dots not its own, wide and in panels', () => {
    for (const picture of [map, ...layoutPanels(PLACES)])
      for (const label of picture.labels) {
        expect(inside(label.box, frame(picture.width, picture.height))).toBe(true);
        for (const other of picture.labels) if (other !== label) expect(overlaps(label.box, other.box)).toBe(false);
        for (const dot of picture.cities) {
          const r = picture.dotRadius;
          if (dot.id !== label.id)
            expect(overlaps(label.box, { x: dot.x - r, y: dot.y - r, width: 2 * r, height: 2 * r })).toBe(false);
        }
      }
  });

  it("draws a phone's two panels, west and east, that label every place once between them", () => {
    const panels = layoutPanels(PLACES);
    expect(panels).toHaveLength(2);
    expect(panels.flatMap((p) => p.labels.map((l) => l.id)).sort()).toEqual(PLACES.map((p) => p.id).sort());
    expect(panels[0]?.labels.map((l) => l.id)).toEqual(expect.arrayContaining(['istanbul', 'moscow', 'palestine']));
    expect(panels[1]?.labels.map((l) => l.id)).toEqual(expect.arrayContaining(['almaty', 'astana', 'tehran']));
    for (const panel of panels) expect(panel.width).toBe(PANEL.width);
    // The article's countries shaded in both, labelled in one: Russia around Moscow, in the west.
    expect(panels[0]?.named.map((s) => s.id)).toContain('russia');
  });

  it('shades the countries the article names, draws its cities as dots, in whole units', () => {
    expect(map.named.map((s) => s.id).sort()).toEqual(
      PLACES.filter((p) => p.kind === 'country')
        .map((p) => p.id)
        .sort(),
    );
    expect(map.cities.map((c) => c.id)).toEqual(PLACES.filter((p) => p.kind === 'city').map((p) => p.id));
    expect(map.land).toMatch(/^M\d+ \d+l[-\d ]+z/);
    for (const c of map.cities) expect(inside({ ...c, width: 0, height: 0 }, frame(MAP_WIDTH, MAP_HEIGHT))).toBe(true);
  });
});
