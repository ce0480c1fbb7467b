import type { MapLayout } from './layout';

/**
 * The smallest zoom the plan screen opens the map at: card titles are drawn at 14 px, so this keeps
 * them at 12 px or more on screen. A plan wider than the window at this zoom opens at its first
 * phases; the arrow keys, dragging and the minimap reach the rest.
 */
export const READABLE_ZOOM = 12 / 14;
/** Space kept around the map inside its frame, in screen pixels. */
export const FRAME_PADDING = 16;
/** The frame is never shorter than this, so a plan of one row still has room for the controls. */
export const MIN_FRAME_HEIGHT = 240;

export interface MapView {
  zoom: number;
  /** The frame's height in pixels: the map's height at that zoom, within the room the window gives. */
  height: number;
  /** Where the map's top-left corner sits in the frame. */
  x: number;
  y: number;
}

/**
 * How the plan screen shows the map in a frame `width` wide with at most `maxHeight` to use: as large
 * as fits (never above 1), never below the readable zoom; the frame as tall as the map then needs.
 * A map narrower than the frame is centred.
 */
export function fitMap(layout: Pick<MapLayout, 'width' | 'height'>, width: number, maxHeight: number): MapView {
  const room = Math.max(1, width - 2 * FRAME_PADDING);
  const tallest = Math.max(MIN_FRAME_HEIGHT, maxHeight);
  if (layout.width <= 0 || layout.height <= 0)
    return { zoom: 1, height: MIN_FRAME_HEIGHT, x: FRAME_PADDING, y: FRAME_PADDING };
  const fits = Math.min(1, room / layout.width, (tallest - 2 * FRAME_PADDING) / layout.height);
  const zoom = Math.max(READABLE_ZOOM, fits);
  const height = Math.min(tallest, Math.max(MIN_FRAME_HEIGHT, Math.ceil(layout.height * zoom + 2 * FRAME_PADDING)));
  const drawn = layout.width * zoom;
  const x = drawn < room ? FRAME_PADDING + (room - drawn) / 2 : FRAME_PADDING;
  return { zoom, height, x, y: FRAME_PADDING };
}
