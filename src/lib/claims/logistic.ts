/**
 * Logistic regression, fitted by Newton's method (iteratively reweighted least squares) with an
 * L2 penalty on standardised inputs. Small and exact rather than a library: with a dozen
 * features Newton converges in a handful of steps, and the result is the same to the last bit
 * on every run, which the committed model file needs (`npm run train` must reproduce it).
 */

/** A fitted model: inputs are standardised with `mean` and `scale` before the weights apply. */
export interface LogisticModel {
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

/** Options of {@link fitLogistic}. */
export interface FitOptions {
  /** L2 penalty on the weights (not on the bias), on standardised inputs. */
  l2: number;
  /** Newton steps at most; it stops earlier once a step changes nothing. */
  maxIterations?: number;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Solves `a · x = b` by Gaussian elimination with partial pivoting (a is small and symmetric positive definite). */
export function solveLinear(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(m[row]![col]!) > Math.abs(m[pivot]![col]!)) pivot = row;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const head = m[col]!;
    if (Math.abs(head[col]!) < 1e-300) throw new Error('solveLinear: the system is singular');
    for (let row = col + 1; row < n; row++) {
      const factor = m[row]![col]! / head[col]!;
      if (factor === 0) continue;
      for (let k = col; k <= n; k++) m[row]![k]! -= factor * head[k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = m[row]![n]!;
    for (let k = row + 1; k < n; k++) sum -= m[row]![k]! * x[k]!;
    x[row] = sum / m[row]![row]!;
  }
  return x;
}

/** Fits a logistic regression to rows `x` with labels `y` (1 = same claim). Deterministic. */
export function fitLogistic(x: readonly number[][], y: readonly number[], options: FitOptions): LogisticModel {
  const rows = x.length;
  if (rows === 0 || rows !== y.length)
    throw new Error('fitLogistic: expected as many labels as rows, and at least one');
  const d = x[0]!.length;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const row of x) row.forEach((v, j) => (mean[j]! += v / rows));
  for (const row of x) row.forEach((v, j) => (scale[j]! += (v - mean[j]!) ** 2 / rows));
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]!) || 1;
  const z = x.map((row) => [...row.map((v, j) => (v - mean[j]!) / scale[j]!), 1]);

  const w = new Array<number>(d + 1).fill(0);
  for (let iteration = 0; iteration < (options.maxIterations ?? 50); iteration++) {
    const gradient = new Array<number>(d + 1).fill(0);
    const hessian = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < rows; i++) {
      const row = z[i]!;
      let s = 0;
      for (let j = 0; j <= d; j++) s += row[j]! * w[j]!;
      const p = sigmoid(s);
      const r = p - y[i]!;
      const v = p * (1 - p);
      for (let j = 0; j <= d; j++) {
        gradient[j]! += r * row[j]!;
        const vj = v * row[j]!;
        for (let k = 0; k <= j; k++) hessian[j]![k]! += vj * row[k]!;
      }
    }
    for (let j = 0; j <= d; j++) for (let k = 0; k < j; k++) hessian[k]![j] = hessian[j]![k]!;
    for (let j = 0; j < d; j++) {
      gradient[j]! += options.l2 * w[j]!;
      hessian[j]![j]! += options.l2;
    }
    const step = solveLinear(hessian, gradient);
    let change = 0;
    for (let j = 0; j <= d; j++) {
      w[j]! -= step[j]!;
      change = Math.max(change, Math.abs(step[j]!));
    }
    if (change < 1e-10) break;
  }
  return { mean, scale, weights: w.slice(0, d), bias: w[d]! };
}

/** The model's probability that a feature row is a positive. */
export function predictLogistic(model: LogisticModel, row: readonly number[]): number {
  let s = model.bias;
  for (let j = 0; j < model.weights.length; j++)
    s += (model.weights[j]! * (row[j]! - model.mean[j]!)) / model.scale[j]!;
  return sigmoid(s);
}
