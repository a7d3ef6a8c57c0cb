import type { ArticleProgress } from "@/lib/dashboard/article-progress";
import { VERDICT_KEYS } from "@/lib/dashboard/figures";
import { SEVERITIES } from "@/lib/dashboard/vocabulary";
import { CLAIM_STATES } from "@/lib/review/rules";
import { STATE_LABEL, VERDICT_LABEL } from "../ui/labels";
import { ReportMenu } from "../ui/report-menu";
import { claimsTableHref } from "./query-href";
import { formatCount } from "./format";
import styles from "./dashboard.module.css";
import { TableScroll } from "../ui/table-scroll";

const VERDICT_WORDS: Record<string, string> = { ...VERDICT_LABEL, NONE: "No verdict" };
const SEVERITY_WORDS: Record<string, string> = { HIGH: "High", MEDIUM: "Medium", LOW: "Low" };

function Counts({ keys, counts, words }: { keys: readonly string[]; counts: Record<string, number>; words: Record<string, string> }) {
  return (
    <ul className={styles.counts}>
      {keys.map((key) => (
        <li key={key} className={counts[key] ? undefined : styles.zero}>
          {`${words[key]} ${counts[key]}`}
        </li>
      ))}
    </ul>
  );
}

export function ArticleTable({ rows, total, page, pageSize }: { rows: ArticleProgress[]; total: number; page: number; pageSize: number }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <section className={styles.section} aria-labelledby="articles-title">
      <h2 id="articles-title">Articles ({formatCount(total)})</h2>
      {rows.length === 0 ? (
        <p>No articles in your slice yet.</p>
      ) : (
        <TableScroll label="Articles progress table">
        <table className="table">
          <caption className="visually-hidden">Each article&rsquo;s progress, claims by state and verdict, open flags and pending corrections</caption>
          <thead>
            <tr>
              <th scope="col">Article</th>
              <th scope="col">Signed off</th>
              <th scope="col">By state</th>
              <th scope="col">By verdict</th>
              <th scope="col">Open flags</th>
              <th scope="col">Corrections pending</th>
              <th scope="col">Suggestions</th>
              <th scope="col">Report</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.slug}>
                <th scope="row" className={styles.articleCell}>
                  <a href={`/articles/${row.slug}`}>{row.title}</a>
                  <br />
                  <a className="small" href={claimsTableHref({ article: row.slug })} aria-label={`Claims of ${row.title} in the table`}>
                    Claims in the table
                  </a>
                </th>
                <td>
                  <div className="progress-cell">
                    <progress max={row.total || 1} value={row.signedOff} aria-label={`${row.title}: ${row.signedOff} of ${row.total} claims signed off`}>
                      {`${row.signedOff}/${row.total}`}
                    </progress>
                    <span className={styles.nowrap}>
                      {`${row.signedOff}/${row.total}`}
                    </span>
                  </div>
                </td>
                <td>
                  <Counts keys={CLAIM_STATES} counts={row.byState} words={STATE_LABEL} />
                </td>
                <td>
                  <Counts keys={VERDICT_KEYS} counts={row.byVerdict} words={VERDICT_WORDS} />
                </td>
                <td>
                  <Counts keys={SEVERITIES} counts={row.openFlagsBySeverity} words={SEVERITY_WORDS} />
                </td>
                <td>{row.correctionsPending}</td>
                <td>{row.suggestions}</td>
                <td>
                  <ReportMenu slug={row.slug} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      )}
      {pages > 1 && (
        <nav className={styles.pager} aria-label="Article pages">
          {page > 1 && <a href={`/dashboard?apage=${page - 1}#articles-title`}>Previous articles</a>}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages && <a href={`/dashboard?apage=${page + 1}#articles-title`}>Next articles</a>}
        </nav>
      )}
    </section>
  );
}
