import type { Priority } from '../../domain/content/schema';

export type RGB = readonly [number, number, number];

/** 18 mm in points. */
export const MARGIN = 51;
export const FONT = 'DejaVuSans';

/** The type scale, in points. */
export const SIZE = {
  title: 26,
  subtitle: 13,
  h1: 17,
  h2: 13,
  h3: 10.5,
  body: 9.2,
  small: 8,
  tiny: 6.8,
} as const;

export const LEADING = 1.38;

export const COLOR = {
  ink: [31, 41, 51],
  muted: [96, 108, 122],
  faint: [150, 160, 171],
  accent: [23, 74, 128],
  accentSoft: [232, 239, 248],
  rule: [211, 217, 224],
  panel: [246, 248, 250],
  white: [255, 255, 255],
  link: [23, 92, 170],
} as const satisfies Record<string, RGB>;

/** Subtle priority colours: a strong stroke/bar and a pale fill. */
export const PRIORITY_COLOR: Record<Priority, { stroke: RGB; fill: RGB; text: RGB }> = {
  essential: { stroke: [176, 58, 46], fill: [252, 236, 233], text: [150, 44, 34] },
  recommended: { stroke: [38, 103, 173], fill: [233, 241, 251], text: [30, 86, 148] },
  optional: { stroke: [128, 138, 150], fill: [242, 244, 246], text: [90, 100, 112] },
};
