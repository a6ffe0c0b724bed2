/**
 * Admission control for chat turns: how many may run at once in this instance. A turn over the
 * limit is refused at once (503 with `Retry-After`, nothing of its conversation touched) instead of
 * joining a queue that would keep every user waiting for seconds.
 *
 * The limit adapts to how long turns take (additive increase, multiplicative decrease, as TCP and
 * Netflix's concurrency-limits do): each turn that takes longer than `targetMs` lowers the limit
 * by a twentieth, each one within it raises it by half a turn, between `minInFlight` and
 * `maxInFlight`. On a server with room to spare turns stay far under the target and nothing is
 * refused; on a saturated one the limit settles where turns take about `targetMs`, so the turns
 * admitted are answered in about that time (Little's law) and the rest are told to come back.
 */

/** Seconds a refused turn is asked to wait before it is sent again (`Retry-After`). */
export const BUSY_RETRY_AFTER_SECONDS = 1;

/** Options of an `Admission`. */
export type AdmissionOptions = {
  /** Most turns at once, however fast they run. */
  maxInFlight: number;
  /** Fewest turns at once the limit may fall to (it never refuses below this). */
  minInFlight?: number;
  /** How long a turn may take before the limit goes down, in ms. */
  targetMs?: number;
  /** The clock, in ms (tests). */
  now?: () => number;
};

/** Counts the turns under way and decides whether one more may start. */
export class Admission {
  private inFlight = 0;
  private limitNow: number;
  private readonly max: number;
  private readonly min: number;
  private readonly targetMs: number;
  private readonly now: () => number;

  constructor(options: AdmissionOptions) {
    this.max = Math.max(1, options.maxInFlight);
    this.min = Math.min(this.max, Math.max(1, options.minInFlight ?? 4));
    this.targetMs = options.targetMs ?? 100;
    this.now = options.now ?? (() => performance.now());
    this.limitNow = this.max;
  }

  /** Turns under way now. */
  get running(): number {
    return this.inFlight;
  }

  /** The limit now (whole turns). */
  get limit(): number {
    return Math.floor(this.limitNow);
  }

  /**
   * Start a turn if there is room: returns the function to call when it has finished (whether it
   * succeeded or not), or undefined when the turn is refused.
   */
  enter(): (() => void) | undefined {
    if (this.inFlight >= this.limit) return undefined;
    this.inFlight += 1;
    const started = this.now();
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.inFlight -= 1;
      const took = this.now() - started;
      this.limitNow =
        took > this.targetMs ? Math.max(this.min, this.limitNow * 0.95) : Math.min(this.max, this.limitNow + 0.5);
    };
  }
}
