// One load run with autocannon: requests/s, latency percentiles (exact, from every 2xx response
// time) and every kind of failure, including GraphQL errors in a 200 response.
import autocannon from 'autocannon';

const GRAPHQL_ERRORS = /"errors"\s*:/;

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Runs `request` ({ method, path, headers, body }) against `baseUrl` for `duration` seconds over
 * `connections` connections. `[<id>]` in the body becomes a fresh ID on every request.
 */
export async function runLoad(baseUrl, request, { connections, duration }) {
  let times = new Float64Array(1 << 16);
  let count = 0;
  let firstError;
  const instance = autocannon({
    url: baseUrl + request.path,
    method: request.method,
    headers: request.headers,
    body: request.body,
    idReplacement: request.body?.includes('[<id>]') ?? false,
    connections,
    duration,
    timeout: 30,
    verifyBody: (body) => !GRAPHQL_ERRORS.test(body),
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode < 200 || statusCode > 299) return;
    if (count === times.length) {
      const grown = new Float64Array(times.length * 2);
      grown.set(times);
      times = grown;
    }
    times[count++] = responseTime;
  });
  instance.on('reqMismatch', (body) => (firstError ??= body.slice(0, 300)));
  instance.on('reqError', (error) => (firstError ??= String(error)));
  const result = await instance;
  const sorted = times.subarray(0, count).sort();
  const round = (ms) => (ms === null ? null : Math.round(ms * 10) / 10);
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]));
  return {
    connections,
    duration: result.duration,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.total / result.duration),
    bytesPerResponse: result.requests.total > 0 ? Math.round(result.throughput.total / result.requests.total) : null,
    latency: {
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
      max: round(sorted[count - 1] ?? null),
    },
    statusCodes,
    errors: {
      non2xx: result.non2xx,
      graphqlErrors: result.mismatches,
      socket: result.errors - result.timeouts,
      timeouts: result.timeouts,
      total: result.non2xx + result.mismatches + result.errors,
    },
    firstError,
  };
}
