/**
 * Decisions from scores summed in another order than the reference, with the reference's
 * outcome guaranteed.
 *
 * The reference (CompactPerceptron.scores and the row tables) adds the products w·s of a
 * feature's int8 weight and its row's float32 scale (exact in a double) one by one into a
 * Float32Array, rounding at each step. A fast path that reuses partial sums (cached per word,
 * per tag context…) adds the same products in another order, in doubles: its scores differ
 * from the reference's by rounding only. Each reference step rounds the running sum twice
 * (double, then float32), so with m steps a class's score is within m·(2^-24 + 2^-53)·A of the
 * exact sum, A being the sum of |w·s| over all its terms; the doubles are far closer. When the
 * best class beats every other by more than m·2^-21·A (four times both errors together), the
 * reference picks the same class; otherwise the caller scores the reference way.
 */

/** Relative bound per term (see above): four times the float32 steps' rounding, both sides. */
const PER_TERM = 2 ** -21;

/**
 * The class the reference would pick (the first of the highest among those with their bit set
 * in `allowed`, an argmax with strict `>`), given scores summed in any order as doubles, `abs`
 * the sum of the absolute values of all the terms and `terms` an upper bound of the number of
 * terms per class; -1 when rounding could change the outcome (then score the reference way).
 * With more than 32 classes `allowed` must be -1 (all); `except` leaves one class out.
 */
export function certainArgmax(
  scores: Float64Array,
  classes: number,
  allowed: number,
  abs: number,
  terms: number,
  except = -1,
): number {
  let best = -1;
  for (let c = 0; c < classes; c++)
    if ((allowed >>> c) & 1 && c !== except && (best < 0 || scores[c]! > scores[best]!)) best = c;
  if (best < 0) return -1;
  const margin = terms * PER_TERM * abs;
  const top = scores[best]!;
  for (let c = 0; c < classes; c++)
    if (c !== best && c !== except && (allowed >>> c) & 1 && !(top - scores[c]! > margin)) return -1;
  return best;
}
