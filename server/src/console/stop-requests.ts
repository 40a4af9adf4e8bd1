import fs from 'node:fs';

/** Ctrl-C, as a key read from a terminal in raw mode. */
const CTRL_C = 0x03;

/**
 * Whether this process is in the foreground of its terminal: changing the terminal's mode from the
 * background (`pnpm start &`) would stop the process (SIGTTOU). Linux says so in /proc; Windows has
 * no background jobs; elsewhere we do not know, and leave the terminal alone.
 */
function inForeground(): boolean {
  if (process.platform === 'win32') return true;
  try {
    // "pid (command) state ppid pgrp session tty_nr tpgid …": the command may hold spaces and parentheses.
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const [, , pgrp, , , tpgid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return pgrp !== undefined && pgrp === tpgid;
  } catch {
    return false;
  }
}

/**
 * Calls `stop` once, on the first of SIGTERM, SIGINT or Ctrl-C typed in the terminal; later ones are
 * ignored, as the first stop is already under way.
 *
 * Typed in a terminal, Ctrl-C is read as a key instead of being left to raise SIGINT. A terminal
 * sends SIGINT to every process of the foreground job: under `npx pnpm start` that is npm, two
 * `sh -c` shells, pnpm and node. pnpm and npm pass it on once more, and Debian's sh (dash) ends
 * itself by SIGINT once its child has exited, however cleanly: pnpm then prints "Command failed"
 * and the exit code is 130 although the server stopped cleanly. Read as a key, Ctrl-C reaches this
 * process alone, and every process above it exits with its code, 0. Node puts the terminal back as
 * it found it when the process exits.
 */
export function onStopRequest(stop: (reason: string) => void): void {
  let stopping = false;
  const request = (reason: string) => {
    if (stopping) return;
    stopping = true;
    stop(reason);
  };
  process.on('SIGTERM', () => request('SIGTERM'));
  process.on('SIGINT', () => request('SIGINT'));
  if (process.stdin.isTTY && inForeground()) {
    process.stdin.setRawMode(true);
    process.stdin.on('data', (keys: Buffer) => keys.includes(CTRL_C) && request('Ctrl-C'));
  }
}
