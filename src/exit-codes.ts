import { BotError } from './errors.js';

/**
 * Exit statuses of every command, documented in the README. 2 is the shell-builtin convention
 * for a command line that cannot run as written; 78 is EX_CONFIG from sysexits(3), which systemd
 * and supervisors read as "do not restart until someone fixes the configuration".
 */
export const EXIT = {
  ok: 0,
  /** Something went wrong while working: a damaged store, a mail server that failed, a bug. */
  failure: 1,
  /** The command line is wrong: unknown option, bad value. Nothing was done. */
  usage: 2,
  /** Understood and declined: a second extension, opening mail that already has a case, a data directory in use. Nothing was changed. */
  refused: 3,
  /** The configuration (environment, .env) is invalid. Nothing was started and nothing is left behind. */
  config: 78,
} as const;

/** The exit status for an error that ended a command. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof BotError) {
    if (error.code === 'CONFIG_INVALID') return EXIT.config;
    if (error.code === 'USAGE_INVALID') return EXIT.usage;
    if (error.code === 'REFUSED' || error.code === 'STORE_LOCKED') return EXIT.refused;
  }
  return EXIT.failure;
}
