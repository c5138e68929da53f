import { describe, expect, it } from 'vitest';
import { DARK_PAINT, lookPaint } from './dark-theme.ts';
import { lookChanges, themedStyle } from './gl-look.ts';
import { LAYERS, baseStyle } from './style.ts';
import { theme } from './theme.ts';

// The GL map's look: the same table the SVG map reads, as a whole style and as live paint changes.

describe('the maps’ look', () => {
  it('darkens only the surroundings and recolours the selection with an accent', () => {
    expect(lookPaint('background', { theme: 'light', accent: null })).toBeUndefined();
    expect(lookPaint('provinces-fill', { theme: 'dark', accent: '#c00' })).toBeUndefined();
    expect(lookPaint('background', { theme: 'dark', accent: null })).toEqual(DARK_PAINT.background);
    expect(lookPaint('selected-province-line', { theme: 'light', accent: '#c00' })).toEqual({
      'line-color': '#c00',
    });
    const dark = themedStyle(baseStyle(), { theme: 'dark', accent: null });
    expect(dark.layers.find((l) => l.id === 'background')?.paint).toMatchObject(DARK_PAINT.background!);
  });

  it('gives every paint change back to light and to our own accent, not only the new colours', () => {
    const changes = lookChanges(LAYERS, { theme: 'light', accent: null });
    expect(changes).toContainEqual({ layer: 'background', key: 'background-color', value: theme.water });
    expect(changes).toContainEqual({
      layer: 'selected-province-line',
      key: 'line-color',
      value: theme.selectedLine,
    });
    expect(changes.some((c) => c.layer === 'provinces-fill')).toBe(false);
    const accent = lookChanges(LAYERS, { theme: 'dark', accent: '#c0392b' });
    expect(accent).toContainEqual({ layer: 'selected-district-line', key: 'line-color', value: '#c0392b' });
    expect(accent).toContainEqual({
      layer: 'national-border',
      key: 'line-color',
      value: DARK_PAINT['national-border']!['line-color'],
    });
  });
});
