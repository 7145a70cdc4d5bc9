// How nice each thread of a process is, as Linux says: the pane-priority tests read it.

import { readdirSync, readFileSync } from 'node:fs'

/** The nice value of each thread of process PID, read from Linux's /proc (its stat's field 19). */
export function threadNices(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).map((tid) => {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')
    // The command name, in parentheses, may hold spaces: count the fields after its closing one.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return Number(fields[16])
  })
}
