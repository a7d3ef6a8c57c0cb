import { FORMAT_INFO, REPORT_FORMATS } from "@/lib/reports/formats";

interface ReportMenuProps {
  /** An article's report: one download link per format. Without it, a date-range form across articles. */
  slug?: string;
  /** The range form's initial dates (YYYY-MM-DD); by default the last 30 days up to today (UTC). */
  from?: string;
  to?: string;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The corrections report's download menu: a button opening a native popover (HTML `popover`, no script: it
 * opens before the page hydrates, closes on Escape or a click elsewhere, and the browser keeps aria-expanded).
 * The popover sits in the top layer anchored under its button, so opening it never pushes the page around and
 * a table cell's scroll box never clips it. Inside: plain links, or a GET form for a date range.
 */
export function ReportMenu({ slug, from, to }: ReportMenuProps) {
  if (slug) {
    const base = `/api/articles/${encodeURIComponent(slug)}/report`;
    const id = `report-menu-${slug}`;
    return (
      <div className="report-menu">
        <button type="button" className="button-secondary menu-button" popoverTarget={id}>
          Download corrections report
        </button>
        <div id={id} popover="auto" className="menu-popover">
        <ul aria-label="Report formats" className="report-formats">
          {REPORT_FORMATS.map((format) => (
            <li key={format}>
              <a href={`${base}?format=${format}`} download>
                {FORMAT_INFO[format].label}
              </a>
            </li>
          ))}
        </ul>
        </div>
      </div>
    );
  }
  const today = new Date();
  const monthAgo = new Date(today.getTime() - 30 * 24 * 60 * 60 * 1000);
  return (
    <div className="report-menu">
      <button type="button" className="button-secondary menu-button" popoverTarget="report-menu-range">
        Download corrections report for a date range
      </button>
      <div id="report-menu-range" popover="auto" className="menu-popover">
      <form method="get" action="/api/reports" className="stack">
        <div className="field-row">
          <div className="field">
            <label htmlFor="report-from">Published from</label>
            <input id="report-from" name="from" type="date" required defaultValue={from ?? day(monthAgo)} />
          </div>
          <div className="field">
            <label htmlFor="report-to">Published to</label>
            <input id="report-to" name="to" type="date" required defaultValue={to ?? day(today)} />
          </div>
        </div>
        <div className="field">
          <label htmlFor="report-format">Format</label>
          <select id="report-format" name="format" defaultValue="md">
            {REPORT_FORMATS.map((format) => (
              <option key={format} value={format}>
                {FORMAT_INFO[format].label}
              </option>
            ))}
          </select>
        </div>
        <div className="button-row">
          <button type="submit" className="button-secondary">
            Download report
          </button>
        </div>
      </form>
      </div>
    </div>
  );
}
