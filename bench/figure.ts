/** One line of the benchmark's table, as measured on one runtime. */
export interface FigureResult {
  /** What is compared, the measured side first: `a payment error, middleware / constant sentence`. */
  readonly label: string;
  /** The raw figures behind the ratio, for the reader: `3.50 / 1.89 µs`. */
  readonly measured: string;
  /** The headline number as printed: `1.85x`, `123x faster`, `0.01 MB`. */
  readonly headline: string;
  /** The bar it must clear (`at most 1.5x`); absent for figures kept as information. */
  readonly target?: string;
  /** Whether the bar is cleared; absent for figures kept as information. */
  readonly met?: boolean;
}

/**
 * A benchmark figure: `npm run bench` measures every figure of `bench/figures/index.ts` in turn
 * and keeps each result under its key.
 */
export interface Figure {
  readonly key: string;
  measure(): Promise<FigureResult> | FigureResult;
}

export const µs = (value: number | undefined): string => `${(value ?? NaN).toFixed(2)} µs`;
export const ms = (value: number | undefined): string => `${(value ?? NaN).toFixed(1)} ms`;

/** A ratio held to a ceiling: `at most 1.05x`. */
export const atMost = (ratio: number, ceiling: number) => ({
  headline: `${ratio.toFixed(3)}x`,
  target: `at most ${ceiling}x`,
  met: ratio <= ceiling,
});
