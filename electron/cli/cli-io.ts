/** Where a command writes. Tests pass arrays; the entry point passes process.stdout/stderr. */
export interface CliIo {
  /** One block of output for stdout; a newline is added. */
  out(s: string): void;
  /** One block for stderr; a newline is added. */
  err(s: string): void;
  /** Colour markers (only for a terminal that has not asked for NO_COLOR). */
  color?: boolean;
}

/** The CLI's exit codes (docs/schedule-format.md, README). */
export const EXIT = {
  /** Checked: no error finding. */
  ok: 0,
  /** Checked: at least one error finding. */
  findings: 1,
  /** The input could not be read, or the command line is wrong. */
  input: 2,
} as const;

export const memoryIo = (color = false): CliIo & { stdout: string[]; stderr: string[] } => {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, color, out: (s) => void stdout.push(s), err: (s) => void stderr.push(s) };
};
