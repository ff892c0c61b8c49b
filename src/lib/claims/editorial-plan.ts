import { EditorialError } from './editorial-error.ts';
import type { Editorial, EditorialQuote } from './editorial.ts';

/** A group of sentences that becomes a claim, and who decided it. */
export interface Group {
  members: number[];
  origin: 'maschinell' | 'redaktionell';
  label?: string | undefined;
}

/** A sentence as the plan sees it: where it stands and what it says. */
export interface PlanSentence {
  article: string;
  text: string;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const pairKey = (x: number, y: number) => (x < y ? `${x}:${y}` : `${y}:${x}`);

/**
 * Applies an editorial file: rejected pairs are never put into one claim; then splits, merges
 * and names. An entry whose quoted words are gone from the article throws, naming entry,
 * article and quote. An entry whose words still stand but whose decision no longer changes
 * anything (more articles moved the machine's results) is only a warning: adding articles must
 * never break the build through the editorial file. A merge that quotes two passages another
 * entry rejects throws, naming both entries: one would silently undo the other. Two names for
 * one claim are a warning naming both: whether two quoted passages share a claim depends on the
 * machine's results, which more articles may change.
 */
export class EditorialPlan {
  /** Entries that no longer change anything, worded for the editor. */
  readonly warnings: string[] = [];
  private readonly file: string;
  private readonly entries: Editorial['entries'];
  private readonly sentences: readonly PlanSentence[];
  /** Rejected sentence pairs, each with the entry that rejects it. */
  private readonly rejectedPairs = new Map<string, number>();

  constructor(editorial: { data: Editorial; file: string }, sentences: readonly PlanSentence[]) {
    this.file = editorial.file;
    this.entries = editorial.data.entries;
    this.sentences = sentences;
    this.entries.forEach((entry, n) => {
      if (entry.action !== 'reject') return;
      const [x, y] = entry.quotes.map((quote) => this.locate(quote, n)) as [number, number];
      this.rejectedPairs.set(pairKey(x, y), n);
    });
  }

  /** Whether an editor ruled that these two sentences do not state the same thing. */
  rejected(x: number, y: number): boolean {
    return this.rejectedPairs.has(pairKey(x, y));
  }

  /** Warns about reject entries for pairs the machine would not have linked anyway. */
  checkRejects(linked: (x: number, y: number) => boolean): void {
    this.entries.forEach((entry, n) => {
      if (entry.action !== 'reject') return;
      const [x, y] = entry.quotes.map((quote) => this.locate(quote, n)) as [number, number];
      if (!linked(x, y)) this.moot(n, 'the machine no longer links these two passages, so there is nothing to reject');
    });
  }

  private locate(quote: EditorialQuote, entry: number): number {
    const wanted = squash(quote.text);
    let inArticle = false;
    const found: number[] = [];
    for (let i = 0; i < this.sentences.length; i++) {
      const sentence = this.sentences[i]!;
      if (sentence.article !== quote.article) continue;
      inArticle = true;
      if (squash(sentence.text).includes(wanted)) found.push(i);
    }
    // A quote in two sentences ("sagte Putin") used to apply to the first without a word.
    if (found.length > 1) {
      const listed = found.map((i) => `"${squash(this.sentences[i]!.text)}"`).join('; ');
      throw new EditorialError(
        this.file,
        entry,
        `field "text": "${quote.text}" occurs in ${found.length} sentences of "${quote.article}": ${listed}. Quote more words, so that only the sentence you mean contains them.`,
      );
    }
    if (found.length === 1) return found[0]!;
    if (!inArticle) {
      throw new EditorialError(
        this.file,
        entry,
        `field "article": no article "${quote.article}". Expected an article slug.`,
      );
    }
    throw new EditorialError(
      this.file,
      entry,
      `field "text": "${quote.text}" does not occur in one sentence of "${quote.article}". Quote the article's current wording or remove the entry.`,
    );
  }

  /**
   * Throws when a merge (entry `n`) quotes two passages that another entry rejects. Only the
   * quoted passages count, not the rest of the claims they join: those come from the machine.
   */
  private refuseRejected(members: readonly number[], n: number): void {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const rejecting = this.rejectedPairs.get(pairKey(members[i]!, members[j]!));
        if (rejecting === undefined) continue;
        const [x, y] = [members[i]!, members[j]!].map((m) => this.sentences[m]!);
        throw new EditorialError(
          this.file,
          n,
          `merges "${squash(x!.text)}" (${x!.article}) with "${squash(y!.text)}" (${y!.article}), which entry ${rejecting + 1} rejects as different statements. Keep one of the two entries.`,
        );
      }
    }
  }

  private moot(entry: number, why: string): void {
    this.warnings.push(`${this.file}, entry ${entry + 1}: ${why} (moot entry; it changes nothing and can be removed).`);
  }

  /** Splits, merges and names groups as the file says. */
  reshape(groups: readonly Group[]): Group[] {
    let result = groups.map((g) => ({ ...g, members: [...g.members] }));
    /** Which entry gave a group its label. */
    const labelledBy = new Map<Group, number>();
    this.entries.forEach((entry, n) => {
      if (entry.action !== 'split') return;
      const sentence = this.locate(entry.quote, n);
      const owners = result.filter((g) => g.members.includes(sentence));
      if (owners.length === 0) this.moot(n, 'this passage is in no claim, so there is nothing to split');
      for (const group of owners) {
        group.members = group.members.filter((m) => m !== sentence);
        group.origin = 'redaktionell';
      }
    });
    this.entries.forEach((entry, n) => {
      if (entry.action !== 'merge') return;
      const quoted = entry.quotes.map((quote) => this.locate(quote, n));
      const owners = new Set(quoted.flatMap((s) => result.filter((g) => g.members.includes(s))));
      if (owners.size === 1 && quoted.every((s) => [...owners][0]!.members.includes(s))) {
        this.moot(n, 'these passages are already one claim');
        return;
      }
      this.refuseRejected(quoted, n);
      const members = [...new Set([...quoted, ...[...owners].flatMap((g) => g.members)])].sort((x, y) => x - y);
      result = result.filter((g) => !owners.has(g));
      const merged: Group = { members, origin: 'redaktionell', label: entry.label };
      if (entry.label !== undefined) labelledBy.set(merged, n);
      result.push(merged);
    });
    this.entries.forEach((entry, n) => {
      if (entry.action !== 'name') return;
      const sentence = this.locate(entry.quote, n);
      const owners = result.filter((g) => g.members.includes(sentence));
      if (owners.length === 0) this.moot(n, 'this passage is in no claim, so there is nothing to name');
      for (const group of owners) {
        const earlier = labelledBy.get(group);
        if (earlier !== undefined && group.label !== entry.label) {
          this.warnings.push(
            `${this.file}, entry ${n + 1}: names the claim "${entry.label}", which entry ${earlier + 1} already names "${group.label}"; the later entry wins. Keep one of the two entries.`,
          );
        }
        group.label = entry.label;
        labelledBy.set(group, n);
      }
    });
    return result.sort((x, y) => x.members[0]! - y.members[0]!);
  }
}
