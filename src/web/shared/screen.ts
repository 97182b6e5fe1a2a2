import { useSyncExternalStore } from 'react';

/**
 * Whether the window matches a media query, following it as the window is resized or turned.
 * Read synchronously on the first render, so a page laid out for a phone never flashes the desk
 * layout first (antd's Grid.useBreakpoint knows the screen only after mounting).
 */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
  );
}

/** A desk (antd's `lg`, 992 px and wider): a side menu; below, a drawer (app/shell.css). */
export function useWideScreen(): boolean {
  return useMediaQuery('(min-width: 992px)');
}

/** A phone (below antd's `sm`, 576 px): the narrowest layouts (simple paging, stacked filters). */
export function usePhone(): boolean {
  return useMediaQuery('(max-width: 575.98px)');
}

/** Whether the person asked their system for less motion: dialogs and menus then appear at once. */
export function useReducedMotion(): boolean {
  return useMediaQuery('(prefers-reduced-motion: reduce)');
}
