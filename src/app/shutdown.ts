/*
 * Kept apart from service.ts, which loads the scheduler and the store: the CLI installs these
 * handlers before it loads anything else.
 */

/** The signals that stop the service: the first asks for a clean stop, a second one cuts the grace period short. */
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export interface Shutdown {
  /** Resolves with the reason on the first stop request. */
  requested: Promise<string>;
  /** Resolves on a second request: stop now, without waiting for running jobs. */
  forced: Promise<string>;
  /** Removes the signal handlers. */
  dispose(): void;
}

/**
 * Listens for SIGINT/SIGTERM/SIGHUP on `emitter` (the process). Installed before anything else
 * starts, so a signal during start-up still ends in a clean stop, not in node's default exit that
 * would leave the lock behind.
 */
export function listenForShutdown(emitter: Pick<NodeJS.Process, 'on' | 'off'> = process): Shutdown {
  let count = 0;
  let request: (reason: string) => void = () => undefined;
  let force: (reason: string) => void = () => undefined;
  const requested = new Promise<string>((resolve) => (request = resolve));
  const forced = new Promise<string>((resolve) => (force = resolve));
  const handler = (signal: NodeJS.Signals): void => {
    count += 1;
    if (count === 1) request(signal);
    else force(signal);
  };
  for (const signal of STOP_SIGNALS) emitter.on(signal, handler);
  return { requested, forced, dispose: () => STOP_SIGNALS.forEach((signal) => emitter.off(signal, handler)) };
}
