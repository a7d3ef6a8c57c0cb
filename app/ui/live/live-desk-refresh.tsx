"use client";

import { useLiveRefresh } from "./use-live-refresh";

/**
 * Keeps a page over the whole desk (the dashboard, the claims table) current: it follows
 * /api/stream?scope=desk and re-renders its server data when any claim changes. Renders nothing.
 */
export function LiveDeskRefresh() {
  useLiveRefresh("/api/stream?scope=desk", 400);
  return null;
}
