/**
 * The leading eigenpairs of a large sparse symmetric matrix, for learning term vectors (see
 * term-vectors.ts): randomised subspace iteration (multiply a block of vectors by the matrix,
 * re-orthonormalise, repeat) reduces the problem to a small dense matrix, solved by cyclic Jacobi
 * rotations. Deterministic (a fixed pseudo-random start). It deliberately does not build the matrix.
 */

/** A sparse symmetric n×n matrix in coordinate form; each off-diagonal entry is listed in both orders. */
export interface SparseSymmetric {
  n: number
  rows: Int32Array
  cols: Int32Array
  values: Float64Array
}

/** y = M·X for a block X of `k` column vectors stored row-major (n×k). */
function multiply(m: SparseSymmetric, x: Float64Array, k: number): Float64Array {
  const y = new Float64Array(m.n * k)
  for (let e = 0; e < m.values.length; e++) {
    const r = m.rows[e] * k
    const c = m.cols[e] * k
    const v = m.values[e]
    for (let j = 0; j < k; j++) y[r + j] += v * x[c + j]
  }
  return y
}

/** Orthonormalises the k columns of the n×k block in place (modified Gram–Schmidt, twice for stability). */
function orthonormalise(x: Float64Array, n: number, k: number): void {
  for (let pass = 0; pass < 2; pass++) {
    for (let j = 0; j < k; j++) {
      for (let i = 0; i < j; i++) {
        let d = 0
        for (let r = 0; r < n; r++) d += x[r * k + i] * x[r * k + j]
        for (let r = 0; r < n; r++) x[r * k + j] -= d * x[r * k + i]
      }
      let norm = 0
      for (let r = 0; r < n; r++) norm += x[r * k + j] ** 2
      norm = Math.sqrt(norm) || 1
      for (let r = 0; r < n; r++) x[r * k + j] /= norm
    }
  }
}

/** Eigen-decomposition of a small dense symmetric k×k matrix (row-major) by cyclic Jacobi rotations. */
function jacobi(a: Float64Array, k: number): { values: Float64Array; vectors: Float64Array } {
  const v = new Float64Array(k * k)
  for (let i = 0; i < k; i++) v[i * k + i] = 1
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0
    for (let p = 0; p < k; p++) for (let q = p + 1; q < k; q++) off += a[p * k + q] ** 2
    if (off < 1e-20) break
    for (let p = 0; p < k; p++) {
      for (let q = p + 1; q < k; q++) {
        const apq = a[p * k + q]
        if (Math.abs(apq) < 1e-300) continue
        const theta = (a[q * k + q] - a[p * k + p]) / (2 * apq)
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1))
        const c = 1 / Math.sqrt(t * t + 1)
        const s = t * c
        for (let r = 0; r < k; r++) {
          const arp = a[r * k + p]
          const arq = a[r * k + q]
          a[r * k + p] = c * arp - s * arq
          a[r * k + q] = s * arp + c * arq
        }
        for (let r = 0; r < k; r++) {
          const apr = a[p * k + r]
          const aqr = a[q * k + r]
          a[p * k + r] = c * apr - s * aqr
          a[q * k + r] = s * apr + c * aqr
        }
        for (let r = 0; r < k; r++) {
          const vrp = v[r * k + p]
          const vrq = v[r * k + q]
          v[r * k + p] = c * vrp - s * vrq
          v[r * k + q] = s * vrp + c * vrq
        }
      }
    }
  }
  return { values: Float64Array.from({ length: k }, (_, i) => a[i * k + i]), vectors: v }
}

/**
 * The `rank` eigenpairs of `m` largest in value (PPMI matrices are dominated by positive ones),
 * as eigenvalues (descending) and an n×rank row-major block of unit eigenvectors. `iterations`
 * rounds of subspace iteration with `oversample` extra vectors; more of either is more exact.
 */
export function leadingEigenpairs(
  m: SparseSymmetric,
  rank: number,
  iterations = 6,
  oversample = 16,
): { values: Float64Array; vectors: Float64Array } {
  const n = m.n
  const k = Math.min(n, rank + oversample)
  let seed = 12345
  const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1
  let x: Float64Array = Float64Array.from({ length: n * k }, random)
  orthonormalise(x, n, k)
  for (let it = 0; it < iterations; it++) {
    x = multiply(m, x, k)
    orthonormalise(x, n, k)
  }
  // T = Xᵀ M X, a k×k symmetric matrix whose eigenpairs give M's in the subspace.
  const mx = multiply(m, x, k)
  const t = new Float64Array(k * k)
  for (let r = 0; r < n; r++) for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) t[i * k + j] += x[r * k + i] * mx[r * k + j]
  const { values, vectors } = jacobi(t, k)
  const order = Array.from(values.keys())
    .sort((p, q) => values[q] - values[p])
    .slice(0, Math.min(rank, k))
  const out = new Float64Array(n * order.length)
  order.forEach((col, j) => {
    for (let r = 0; r < n; r++) {
      let s = 0
      for (let i = 0; i < k; i++) s += x[r * k + i] * vectors[i * k + col]
      out[r * order.length + j] = s
    }
  })
  return { values: Float64Array.from(order, (c) => values[c]), vectors: out }
}
