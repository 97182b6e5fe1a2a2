import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import type { Permission } from './session.tsx';

/** One item of the navigation: a page (its path is its key) or a group of pages. */
export interface MenuEntry {
  /** The page's path, or the group's key. */
  key: string;
  /** A translation key: `nav.zones` (common) or `namespace:key`. */
  label: string;
  icon?: ComponentType;
  /** Offered only to users who hold it (the server refuses anyway). */
  permission?: Permission;
  /** Staff (the default) or an enterprise account, which sees only its own filing. */
  audience?: 'staff' | 'enterprise';
  /** A group's pages; a group with none left to offer is not shown. */
  children?: MenuEntry[];
}

/**
 * What a web module declares in its face (`modules/<name>/index.ts`): modules/index.ts lists the
 * modules, and the router (app/routes.tsx), the navigation (app/Shell.tsx) and the translations
 * (app/i18n.ts) are built from that list.
 */
/** One namespace's strings. */
export type Translations = Record<string, unknown>;

export interface WebModule {
  name: string;
  /** Pages inside the signed-in shell, each loaded when first visited (`lazy`). */
  routes?: RouteObject[];
  /** Pages outside it (signing in). */
  publicRoutes?: RouteObject[];
  menu?: MenuEntry[];
  /**
   * The module's translations, namespace `name`: src/locales/<lang>/<name>.json — Vietnamese with
   * the app, English loaded when a user first switches to it (app/i18n.ts), so that the first load
   * does not carry a language most users never open.
   */
  locales?: { vi: Translations; en: () => Promise<{ default: Translations }> };
}
