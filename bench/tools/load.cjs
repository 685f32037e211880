// One autocannon run in a process of its own (bench/compare.ts): POSTs the same GraphQL body at a
// fixed concurrency for a fixed time and prints one JSON line with exact p50/p95 (from every
// response's time), requests/s and failures.
//   node bench/tools/load.cjs '{"url":"…","body":"…","headers":{},"connections":32,"duration":10}'
const autocannon = require('autocannon');

const { url, body, headers = {}, connections, duration } = JSON.parse(process.argv[2]);
const times = [];
const instance = autocannon(
  {
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    connections,
    pipelining: 1,
    duration,
  },
  (error, result) => {
    if (error) {
      console.error(error);
      process.exit(1);
    }
    times.sort((a, b) => a - b);
    const at = (q) => (times.length === 0 ? null : times[Math.min(times.length - 1, Math.floor(q * times.length))]);
    console.log(
      JSON.stringify({
        requests: times.length,
        perSecond: times.length / duration,
        p50: at(0.5),
        p95: at(0.95),
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
      }),
    );
  },
);
instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
