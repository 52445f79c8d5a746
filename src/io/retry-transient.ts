import pRetry, { AbortError } from 'p-retry';
import { isRetryable } from '../errors.js';

export interface RetryOptions {
  /** Total attempts, the first one included. */
  attempts?: number;
  minDelayMs?: number;
  maxDelayMs?: number;
  /** Called before each new attempt, e.g. to drop a broken connection. */
  onRetry?: (error: unknown, attempt: number) => void | Promise<void>;
}

/**
 * Runs `operation` and retries it only when it fails with a retryable BotError (style guide §4:
 * only io/ retries, only transient errors, 3 attempts, capped exponential backoff). Anything else
 * is rethrown unchanged on the first failure.
 */
export async function retryTransient<T>(operation: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 3;
  return pRetry(
    async (attempt) => {
      try {
        return await operation();
      } catch (error) {
        if (!isRetryable(error) || attempt >= attempts) throw new AbortError(error instanceof Error ? error : new Error(String(error)));
        throw error;
      }
    },
    {
      retries: attempts - 1,
      factor: 2,
      minTimeout: options.minDelayMs ?? 200,
      maxTimeout: options.maxDelayMs ?? 2_000,
      randomize: true,
      onFailedAttempt: async (error) => {
        await options.onRetry?.(error, error.attemptNumber);
      },
    },
  );
}
