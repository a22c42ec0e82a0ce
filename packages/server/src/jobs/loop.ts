/**
 * The worker loop of a server process: every few seconds (WORKER_INTERVAL_MS) it reloads the working-day
 * calendar when another process saved a year, applies due scheduled tasks and drains the notice outbox. One
 * round at a time: a round still running when the next is due lets that one pass. `stop()` waits for the round
 * in progress, so the database can close after it. Tests do not start it: they move the clock and call
 * runDueTasks and drainOutbox themselves.
 */
import type { Deps } from '../deps.js';
import { drainOutbox } from '../notices/drain-outbox.js';
import { runDueTasks } from './worker.js';

export type WorkerLoop = { stop(): Promise<void>; round(): Promise<void> };

export function startWorkerLoop(
  deps: Deps,
  opts: { intervalMs: number; onError?: (where: string, e: unknown) => void },
): WorkerLoop {
  let running: Promise<void> | undefined;
  let stopped = false;
  const report = opts.onError ?? ((where, e) => console.error(`worker ${where}:`, e));

  const step = async (where: string, fn: () => Promise<unknown>) => {
    try {
      await fn();
    } catch (e) {
      report(where, e);
    }
  };

  const round = (): Promise<void> => {
    if (running) return running;
    running = (async () => {
      await step('calendar', () => deps.calendar.refresh(deps.db));
      if (!stopped) await step('tasks', () => runDueTasks(deps));
      if (!stopped) await step('outbox', () => drainOutbox(deps));
    })().finally(() => {
      running = undefined;
    });
    return running;
  };

  const timer = setInterval(() => {
    if (!stopped && !running) void round();
  }, opts.intervalMs);
  timer.unref();

  return {
    round,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
