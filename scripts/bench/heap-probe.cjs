// Preloaded into each benchmarked server (node -r): records the peak of the
// used JavaScript heap, sampled every 20 ms and after each garbage collection,
// and writes it to $BENCH_HEAP_FILE when the process exits.
const { writeFileSync } = require('node:fs');
const { PerformanceObserver } = require('node:perf_hooks');

let peak = 0;
const sample = () => { peak = Math.max(peak, process.memoryUsage().heapUsed); };
new PerformanceObserver(sample).observe({ entryTypes: ['gc'] });
setInterval(sample, 20).unref();
process.on('exit', () => {
    sample();
    try {
        if (process.env.BENCH_HEAP_FILE) writeFileSync(process.env.BENCH_HEAP_FILE, JSON.stringify({ peakHeapUsed: peak }));
    } catch {
        // The benchmark gave up on this server and removed its folder: nobody reads the figure.
    }
});
