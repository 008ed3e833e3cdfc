/** jsdom's own window width: AntD's "lg", the desktop layout. */
export const desktopWidth = 1024;

/**
 * Lays the app out for a screen `width` px wide: AntD's breakpoints read it through the matchMedia
 * stand-in of setup-tests. Call it before rendering (the stand-in tells nobody about a change); every
 * test starts at the desktop width again.
 */
export function setScreenWidth(width: number): void {
  Object.defineProperty(window, 'innerWidth', { configurable: true, writable: true, value: width });
}
