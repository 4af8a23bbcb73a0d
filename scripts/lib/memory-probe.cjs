// Preloaded into a server by scripts/bench-lsp-memory.mjs (node --require): writes the process's memory figures to
// stderr every second, so the benchmark can show the live heap next to RSS without the server knowing about it.
const { getHeapStatistics } = require('node:v8');
const timer = setInterval(() => {
  const m = process.memoryUsage();
  const h = getHeapStatistics();
  const mb = (n) => (n / 1048576).toFixed(1);
  process.stderr.write(
    `copydesk-memory ${JSON.stringify({ rss: mb(m.rss), heapUsed: mb(m.heapUsed), heapTotal: mb(m.heapTotal), external: mb(m.external), arrayBuffers: mb(m.arrayBuffers), malloced: mb(h.malloced_memory), peakMalloced: mb(h.peak_malloced_memory) })}\n`,
  );
}, 1000);
timer.unref();
