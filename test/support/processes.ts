// What is still running: the end-to-end tests check that closing Cookie Lab leaves no process.

import { execFileSync } from 'node:child_process'

/** The command lines of running processes that mention TEXT (a scratch folder's path). */
export function processesMentioning(text: string): string[] {
  return execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(text) && !line.includes('ps -eo'))
}
