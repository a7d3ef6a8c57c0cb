import autocannon from "autocannon";

export interface LoadFigures {
  route: string;
  p50: number;
  p95: number;
  p975: number;
  rps: number;
  requests: number;
  errors: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/**
 * Drives one URL with autocannon (16 connections by default) and measures every response's
 * latency itself: autocannon's own summary has no 95th percentile.
 */
export async function loadRoute(route: string, url: string, options: { connections: number; seconds: number; cookie?: string; method?: "GET" | "POST"; json?: unknown }): Promise<LoadFigures> {
  const latencies: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: options.connections,
        duration: options.seconds,
        method: options.method ?? "GET",
        headers: { ...(options.cookie ? { cookie: options.cookie } : {}), ...(options.json === undefined ? {} : { "content-type": "application/json" }) },
        ...(options.json === undefined ? {} : { body: JSON.stringify(options.json) }),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      else errors++;
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    route,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p975: percentile(latencies, 97.5),
    rps: latencies.length / options.seconds,
    requests: latencies.length,
    errors: errors + result.errors + result.timeouts,
  };
}

/** A short unmeasured run first, so the measured one sees warm code and caches. */
export async function warmUp(url: string, cookie: string | undefined, seconds = 2): Promise<void> {
  await autocannon({ url, connections: 4, duration: seconds, headers: cookie ? { cookie } : {} });
}
