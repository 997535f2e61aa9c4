/**
 * Returns the props for the box around a wide table, which scrolls sideways on narrow screens.
 * The box takes keyboard focus so that people without a pointer can scroll it too, and is a
 * named region so that screen readers announce what received focus.
 */
export function scrollRegion(label: string) {
  return { role: 'region', 'aria-label': label, tabIndex: 0 } as const;
}
