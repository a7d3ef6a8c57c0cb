import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/current-user";
import { searchQuerySchema, SEARCH_TYPES } from "@/lib/search/query";
import { searchDesk } from "@/lib/search/search";
import { HighlightedText } from "../ui/highlighted-text";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Search" };

const TYPE_LABEL = { claim: "Claims", article: "Articles", source: "Sources", comment: "Comments" } as const;

type Props = { searchParams: Promise<{ q?: string; type?: string }> };

export default async function SearchPage({ searchParams }: Props) {
  const { q = "", type } = await searchParams;
  await requirePageUser(`/search?q=${encodeURIComponent(q)}`);
  const parsed = searchQuerySchema.safeParse({ q, type: type || undefined, limit: 50 });
  const found = parsed.success ? await searchDesk(parsed.data) : null;
  const href = (t?: string) => `/search?q=${encodeURIComponent(q)}${t ? `&type=${t}` : ""}`;
  return (
    <div className="page">
      <h1>Search</h1>
      <form role="search" action="/search" method="get">
        <label htmlFor="search-page-q">Search for</label>{" "}
        <input id="search-page-q" name="q" type="search" defaultValue={q} maxLength={200} />{" "}
        {type && <input type="hidden" name="type" value={type} />}
        <button type="submit">Search</button>
      </form>
      <nav aria-label="Result types">
        <ul className="search-filters">
          <li><Link href={href()} aria-current={!type ? "page" : undefined}>All</Link></li>
          {SEARCH_TYPES.map((t) => (
            <li key={t}><Link href={href(t)} aria-current={type === t ? "page" : undefined}>{TYPE_LABEL[t]}</Link></li>
          ))}
        </ul>
      </nav>
      {!parsed.success && q !== "" && <p role="alert">{parsed.error.issues[0]?.message}</p>}
      {found && (
        <>
          <p aria-live="polite">{found.total === 0 ? "Nothing found." : `${found.total} found${found.total > found.results.length ? `, the best ${found.results.length} shown` : ""}.`}</p>
          <ol className="search-results">
            {found.results.map((r) => (
              <li key={`${r.type}-${r.id}`}>
                <span className="role-badge">{TYPE_LABEL[r.type].slice(0, -1)}</span>{" "}
                {r.url.startsWith("/") ? <Link href={r.url}>{r.title}</Link> : <a href={r.url} rel="noreferrer noopener">{r.title}</a>}
                <p><HighlightedText text={r.snippet} highlights={r.highlights} /></p>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
