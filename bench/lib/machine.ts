import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';

export interface MachineInfo {
  nproc: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  chromium: string;
  kernel: string;
}

/** 1-, 5- and 15-minute load averages: other work on the machine skews every figure. */
export const loadAverage = (): number[] => loadavg().map((x) => Number(x.toFixed(2)));

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    return line ? line.split(':').slice(1).join(':').trim() : 'unknown';
  } catch {
    return 'unknown';
  }
}

function run(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

export function machineInfo(chromiumPath: string): MachineInfo {
  return {
    nproc: Number(run('nproc', [])) || availableParallelism(),
    cpuModel: cpuModel(),
    memoryGiB: Number((totalmem() / 1024 ** 3).toFixed(1)),
    node: process.version,
    chromium: run(chromiumPath, ['--version']),
    kernel: run('uname', ['-sr']),
  };
}
