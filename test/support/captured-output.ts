import type { Output } from '../../src/check';

/** An output for the check command that keeps what it prints, line by line, per stream. */
export function captureOutput(): { out: string[]; err: string[]; output: Output } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    output: { out: (text) => void out.push(text), err: (text) => void err.push(text) },
  };
}
