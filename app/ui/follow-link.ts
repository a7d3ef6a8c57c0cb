"use client";

import type { MouseEvent } from "react";
import { useRouter } from "next/navigation";

/**
 * A click handler for a region of plain links (`selector` names them): following one is a client-side navigation,
 * as a Next.js Link's is, and a modified click (new tab, new window) is left to the browser. One handler for many
 * links costs a page far less than a Link component each: an article's claim list and its text carry dozens.
 */
export function useFollowLink<T extends Element>(selector: string): (event: MouseEvent<T>) => void {
  const router = useRouter();
  return (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest<HTMLAnchorElement>(selector);
    const href = link?.getAttribute("href");
    if (!href) return;
    event.preventDefault();
    router.push(href);
  };
}
