"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";

// The article's text changes only with a revision, so a tab keeps the texts it was sent and a client-side
// navigation is sent the highlights alone (lib/http/client-navigation.ts). A few texts are kept: a desk moves
// between a handful of articles, and an imported report can weigh 2 MB.
const MAX_TEXTS = 3;
const texts = new Map<string, string>();

/** The name of one revision's text, in this tab and in the markup kept from it (app/ui/article-html.ts). */
export const textKeyOf = (slug: string, version: number) => `${slug}@${version}`;

function keep(key: string, body: string) {
  texts.delete(key);
  texts.set(key, body);
  while (texts.size > MAX_TEXTS) texts.delete(texts.keys().next().value!);
}

/**
 * The text of one revision of an article: the one the page was sent (a full page load), else the one this tab
 * kept, else read from the JSON API once. When the article was revised in between, the page is read again, so the
 * highlights always sit on the text they were anchored to.
 */
export function useArticleBody(slug: string, version: number, sent: string | undefined): string | null {
  const key = textKeyOf(slug, version);
  if (sent !== undefined) keep(key, sent);
  const [fetched, setFetched] = useState<{ key: string; body: string } | null>(null);
  const known = sent ?? texts.get(key) ?? (fetched?.key === key ? fetched.body : undefined);
  const router = useRouter();
  useEffect(() => {
    if (known !== undefined) return;
    let cancelled = false;
    fetch(`/api/articles/${encodeURIComponent(slug)}`, { headers: { accept: "application/json" } })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then(({ article }: { article: { body: string; version: number } }) => {
        if (cancelled) return;
        if (article.version !== version) return router.refresh();
        keep(key, article.body);
        setFetched({ key, body: article.body });
      })
      .catch(() => {
        // The text stays "loading"; a reload shows it whole (the server sends it with every full page load).
      });
    return () => {
      cancelled = true;
    };
  }, [key, known, slug, version, router]);
  return known ?? null;
}
