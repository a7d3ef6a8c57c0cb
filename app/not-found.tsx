import Link from "next/link";

export default function NotFound() {
  return (
    <div className="page narrow">
      <h1>Not found</h1>
      <p>There is no article or claim at this address. It may have been mistyped, or the link may be old.</p>
      <p>
        <Link href="/articles">Back to the articles</Link>
      </p>
    </div>
  );
}
