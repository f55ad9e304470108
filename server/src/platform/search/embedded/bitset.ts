/** Minimal fixed-size bitsets over document numbers, built for tight loops without allocation. */
export type Bitset = Uint32Array;

export function createBitset(bits: number): Bitset {
  return new Uint32Array((bits + 31) >>> 5);
}

export function setBit(b: Bitset, i: number): void {
  b[i >>> 5] = (b[i >>> 5] ?? 0) | (1 << (i & 31));
}

export function clearBit(b: Bitset, i: number): void {
  b[i >>> 5] = (b[i >>> 5] ?? 0) & ~(1 << (i & 31));
}

export function hasBit(b: Bitset, i: number): boolean {
  return ((b[i >>> 5] ?? 0) & (1 << (i & 31))) !== 0;
}

/** `target &= other` */
export function andInto(target: Bitset, other: Bitset): void {
  const n = Math.min(target.length, other.length);
  for (let w = 0; w < n; w++) target[w] = (target[w] ?? 0) & (other[w] ?? 0);
  target.fill(0, n);
}

/** `target |= other` */
export function orInto(target: Bitset, other: Bitset): void {
  const n = Math.min(target.length, other.length);
  for (let w = 0; w < n; w++) target[w] = (target[w] ?? 0) | (other[w] ?? 0);
}

/** `target &= ~other` */
export function andNotInto(target: Bitset, other: Bitset): void {
  const n = Math.min(target.length, other.length);
  for (let w = 0; w < n; w++) target[w] = (target[w] ?? 0) & ~(other[w] ?? 0);
}

function popcount(v: number): number {
  let x = v - ((v >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

export function countBits(b: Bitset): number {
  let count = 0;
  for (let w = 0; w < b.length; w++) {
    const v = b[w] ?? 0;
    if (v !== 0) count += popcount(v);
  }
  return count;
}

/** |a ∩ b| without building the intersection. */
export function countAnd(a: Bitset, b: Bitset): number {
  let count = 0;
  const n = Math.min(a.length, b.length);
  for (let w = 0; w < n; w++) {
    const v = (a[w] ?? 0) & (b[w] ?? 0);
    if (v !== 0) count += popcount(v);
  }
  return count;
}

/** Calls `fn` for each set bit in increasing order. */
export function forEachBit(b: Bitset, fn: (i: number) => void): void {
  for (let w = 0; w < b.length; w++) {
    let v = b[w] ?? 0;
    while (v !== 0) {
      const t = v & -v;
      fn((w << 5) + (31 - Math.clz32(t)));
      v ^= t;
    }
  }
}
