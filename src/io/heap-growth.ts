import v8 from 'node:v8';

/**
 * How far V8 lets the heap grow past what survived the last full collection, in percent. V8's own
 * factor goes up to 4x when collections are fast, so a run of large messages (each parsed, decoded
 * and dropped) left the process at 320 MB for 60 MB of live data, over issue 10's 300 MB cap for
 * 5,000 hostile messages. 20 % kept the same run at about 240 MB for about 18 % more CPU in that
 * (allocation-heavy) run; ordinary mail allocates little and barely notices.
 */
export const HEAP_GROWING_PERCENT = 20;

/**
 * Applied once at start, before mail is read. The flag is read by V8's heap controller at each
 * collection, so setting it at run time works (bench/fuzz.ts measures it), and it is process-wide:
 * bree's worker threads inherit it. Unlike --max-old-space-size it is no cap: a large store still
 * fits, it only costs more frequent collections.
 */
export function boundHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
