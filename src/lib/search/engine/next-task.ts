/**
 * Lets the browser run what waits (input, rendering) before the caller goes on. The search
 * page's work on load (read the index, find, mark the matches, draw, count the filters) would
 * otherwise run as one task once its files are cached, and a long task is time a reader's
 * tap waits: Lighthouse counts it as blocking time.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
