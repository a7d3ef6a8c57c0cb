// The finder's shortlist: the k best passages by the cheap score, kept while the inverted lists are read.

export interface Candidate {
  id: number;
  coverage: number;
  pre: number;
}

/**
 * The k best candidates by cheap score, as a min-heap over parallel arrays: a desk-wide query touches tens of
 * thousands of passages, and one object per touched passage made the garbage collector the slowest part.
 */
export class Shortlist {
  private readonly ids: number[] = [];
  private readonly pres: number[] = [];
  private readonly coverages: number[] = [];
  constructor(private readonly k: number) {}

  offer(id: number, coverage: number, pre: number): void {
    if (this.ids.length < this.k) {
      this.ids.push(id);
      this.pres.push(pre);
      this.coverages.push(coverage);
      this.up(this.ids.length - 1);
    } else if (pre > this.pres[0]) {
      this.ids[0] = id;
      this.pres[0] = pre;
      this.coverages[0] = coverage;
      this.down(0);
    }
  }

  candidates(): Candidate[] {
    return this.ids.map((id, i) => ({ id, coverage: this.coverages[i], pre: this.pres[i] }));
  }

  private swap(i: number, j: number) {
    [this.ids[i], this.ids[j]] = [this.ids[j], this.ids[i]];
    [this.pres[i], this.pres[j]] = [this.pres[j], this.pres[i]];
    [this.coverages[i], this.coverages[j]] = [this.coverages[j], this.coverages[i]];
  }

  private up(i: number) {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.pres[parent] <= this.pres[i]) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number) {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.ids.length && this.pres[l] < this.pres[m]) m = l;
      if (r < this.ids.length && this.pres[r] < this.pres[m]) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
}
