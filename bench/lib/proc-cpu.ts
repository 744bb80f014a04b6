/**
 * CPU time and memory of a process from /proc (Linux). schedstat gives nanoseconds per thread,
 * far finer than /proc/<pid>/stat's 10 ms ticks: 0.1 % of a core over 30 s is only 30 ms.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Nanoseconds on CPU of every thread of `pid` so far; null when the process is gone. */
export function cpuNanos(pid: number): number | null {
  try {
    let total = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        const first = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0];
        total += Number(first);
      } catch {
        // A thread that ended between the listing and the read.
      }
    }
    return total;
  } catch {
    return null;
  }
}

/** Resident set size in bytes. */
export function rssBytes(pid: number): number | null {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmRSS:'));
    return line ? Number(line.replace(/\D+/g, '')) * 1024 : null;
  } catch {
    return null;
  }
}

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces and parentheses: fields start after the last ')'.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(rest[1]);
  } catch {
    return null;
  }
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

/** Every live descendant of `root`. */
export function descendants(root: number): number[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const ppid = parentOf(Number(name));
    if (ppid !== null) parents.set(Number(name), ppid);
  }
  const out: number[] = [];
  const frontier = [root];
  while (frontier.length > 0) {
    const p = frontier.pop()!;
    for (const [child, parent] of parents) {
      if (parent === p) {
        out.push(child);
        frontier.push(child);
      }
    }
  }
  return out;
}

export interface ChromiumProcess {
  pid: number;
  type: string;
}

/** The Chromium browser process started by this process (the one without --type). */
export function browserPid(root = process.pid): number | null {
  for (const pid of descendants(root)) {
    const cmd = cmdline(pid);
    if (/chrom(e|ium)/i.test(cmd) && !cmd.includes('--type=')) return pid;
  }
  return null;
}

/** The browser's child processes by --type (renderer, gpu-process, utility, zygote). */
export function chromiumProcesses(browserPid: number): ChromiumProcess[] {
  return descendants(browserPid).map((pid) => {
    const m = /--type=([\w-]+)/.exec(cmdline(pid));
    return { pid, type: m ? m[1]! : 'other' };
  });
}
