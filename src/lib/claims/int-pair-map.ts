/**
 * Dense ids for pairs of non-negative 31-bit integers, in the order the pairs are first met.
 *
 * The engine keys millions of things by two numbers (a gram by its character codes, a candidate
 * by two word ids). A `Map` keyed by one number made of both boxes every key above 2^31 and was
 * a large share of the engine's time; this open-addressing table over typed arrays is not.
 */
export class IntPairMap {
  private count = 0;
  private firsts = new Int32Array(1 << 12);
  /** Second numbers plus one: 0 marks an empty slot. */
  private seconds = new Int32Array(1 << 12);
  private ids = new Int32Array(1 << 12);

  /** How many distinct pairs have ids. */
  get size(): number {
    return this.count;
  }

  /** The id of the pair (`first`, `second`), given the next free id if the pair is new. */
  idOf(first: number, second: number): number {
    const key = second + 1;
    const mask = this.seconds.length - 1;
    let slot = (Math.imul(first, 0x9e3779b1) ^ Math.imul(key, 0x85ebca77)) >>> 0;
    slot = (slot ^ (slot >>> 15)) & mask;
    for (;;) {
      const stored = this.seconds[slot]!;
      if (stored === 0) break;
      if (stored === key && this.firsts[slot] === first) return this.ids[slot]!;
      slot = (slot + 1) & mask;
    }
    const id = this.count++;
    this.firsts[slot] = first;
    this.seconds[slot] = key;
    this.ids[slot] = id;
    if (this.count * 2 > this.seconds.length) this.grow();
    return id;
  }

  private grow(): void {
    const { firsts, seconds, ids } = this;
    this.firsts = new Int32Array(seconds.length * 2);
    this.seconds = new Int32Array(seconds.length * 2);
    this.ids = new Int32Array(seconds.length * 2);
    const mask = this.seconds.length - 1;
    for (let old = 0; old < seconds.length; old++) {
      const key = seconds[old]!;
      if (key === 0) continue;
      let slot = (Math.imul(firsts[old]!, 0x9e3779b1) ^ Math.imul(key, 0x85ebca77)) >>> 0;
      slot = (slot ^ (slot >>> 15)) & mask;
      while (this.seconds[slot] !== 0) slot = (slot + 1) & mask;
      this.firsts[slot] = firsts[old]!;
      this.seconds[slot] = key;
      this.ids[slot] = ids[old]!;
    }
  }
}
