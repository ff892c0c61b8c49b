import { segmentArticle, type SentenceUnit } from '../text/units.ts';
import { CandidateIndex, type CandidateOptions } from './candidates.ts';
import { statesFact } from './fact-units.ts';
import { clusterSentences, type Link } from './cluster.ts';
import { findContradictions } from './contradictions.ts';
import { EditorialPlan, type Group } from './editorial-plan.ts';
import type { Editorial } from './editorial.ts';
import { pairComparer, type PairFeatureVector } from './pair-features.ts';
import { defaultPairScorer, type PairScorer } from './pair-model.ts';
import { profileSentence, type SentenceProfile } from './sentence-profile.ts';
import { reportedContent } from './reported-speech.ts';
import { DEFAULT_STORY_OPTIONS, findStories, type StoryOptions } from './stories.ts';
import { CorpusTermWeights } from './term-weights.ts';
import { CLAIMS_FORMAT_VERSION, type ClaimsResult, type EngineArticle, type Passage } from './types.ts';
import { assembleClaims, summariseEvents, wordIdentity } from './assemble.ts';
import { disagree, sameMeasure } from './quantities.ts';

/** Tuning of the whole engine. Thresholds are not here: they come with the scorer's model file. */
export interface EngineOptions extends CandidateOptions {
  /**
   * Terms in more sentences than this propose no pairs (they still count in the score).
   * A fixed number, not a share of the corpus: that keeps candidate pairs linear in its size.
   */
  maxPostings: number;
  /** The pair scorer; the committed model by default. */
  scorer?: PairScorer | undefined;
  /** Called with (done, total) while comparing, for progress display. */
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** Tuning of story grouping, for articles without an event (defaults chosen on dev data). */
  stories?: Partial<StoryOptions> | undefined;
  /** Editorial decisions to apply, and the file they came from (for messages). */
  editorial?: { data: Editorial; file: string } | undefined;
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = { maxPostings: 100 };

/** How many indexed features (stems, numbers) two sentences must share to be compared. */
export const MIN_SHARED_FEATURES = 2;

/** The features a sentence is indexed by for candidate pairs: its content stems (`w:`) and numbers (`n:`). */
export function candidateFeatures(profile: SentenceProfile): string[] {
  return [...profile.stems.map((stem) => `w:${stem}`), ...profile.numbers.map((n) => `n:${n.value}`)];
}

/** Share of identical words from which two passages are the same wire copy ("wortgleich"). */
export const VERBATIM_SHARE = 0.9;

interface Sentence {
  article: string;
  /** The article's declared event ('' when none). */
  event: string;
  /** What the sentence may be compared within: its event, or its story when no event was declared. */
  group: string;
  unit: SentenceUnit;
  passage: Passage;
  profile: SentenceProfile;
}

/** Features that the other side's numbers or negation would change: neutral values. */
const AGREEING_NUMBERS: Partial<PairFeatureVector> = { numberAgreement: 1, numberConflict: 0, numberOneSided: 0 };
const SAME_POLARITY: Partial<PairFeatureVector> = { negationMismatch: 0 };

/**
 * Finds what articles share: segments them into sentences, scores candidate pairs from an
 * inverted index with the learned pair scorer, groups them into one claim per fact, and reports
 * contradictions and the sentences only one article has. Articles of different events are never
 * compared. Pure and deterministic: the same articles in any order give the same result.
 */
export function analyseCorpus(input: readonly EngineArticle[], overrides: Partial<EngineOptions> = {}): ClaimsResult {
  const options: EngineOptions = { ...DEFAULT_ENGINE_OPTIONS, ...overrides };
  const scorer = options.scorer ?? defaultPairScorer();
  const { threshold, weakThreshold } = scorer.file;
  const articles = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const seen = new Set<string>();
  for (const article of articles) {
    if (seen.has(article.id)) throw new Error(`Two articles have the id "${article.id}"; ids must be unique.`);
    seen.add(article.id);
  }

  const units = articles.map((article) => article.units ?? segmentArticle(article));
  const sentences: Sentence[] = [];
  const weights = new CorpusTermWeights();
  const profiles = new Map<string, SentenceProfile>();
  articles.forEach((article, a) => {
    for (const unit of units[a]!) {
      const field = (unit.field === 'body' ? article.body : article[unit.field]) ?? '';
      // Agency copy repeats sentences word for word: one profile per distinct text (profiles
      // are never changed), so a corpus of much wire copy is not profiled and held many times.
      let profile = profiles.get(unit.text);
      if (!profile) profiles.set(unit.text, (profile = profileSentence(unit.text)));
      weights.addSentence(profile);
      sentences.push({
        article: article.id,
        event: article.event ?? '',
        group: article.event ?? '',
        unit,
        profile,
        passage: {
          article: article.id,
          text: field.slice(unit.start, unit.end),
          start: unit.start,
          end: unit.end,
          anchor: unit.anchor,
          field: unit.field,
        },
      });
    }
  });
  const compare = pairComparer(weights);
  const comparableUnits = sentences.map((s) => statesFact(s.unit));
  const comparable = (i: number) => comparableUnits[i]!;

  const editorial = options.editorial
    ? new EditorialPlan(
        options.editorial,
        sentences.map((s) => ({ article: s.article, text: s.unit.text })),
      )
    : undefined;
  const vectorOf = (x: number, y: number) => compare(sentences[x]!.profile, sentences[y]!.profile);
  // Probabilities by pair (a number key, not a string), kept because clustering asks again;
  // feature vectors are not kept: on 10,000 articles they filled the heap.
  const size = sentences.length;
  const pairKey = (x: number, y: number) => (x < y ? x * size + y : y * size + x);
  const scores = new Map<number, number>();
  const verbatimPairs = new Set<number>();
  const negatedPairs = new Set<string>();
  // What a sentence reports someone said, without the frame, made when first asked (null: none);
  // one per distinct text, as profiles are (wire copy repeats sentences).
  const reports = new Map<string, SentenceProfile | null>();
  const reportOf = (i: number): SentenceProfile | null => {
    const { text } = sentences[i]!.unit;
    let report = reports.get(text);
    if (report === undefined) {
      const content = reportedContent(text);
      const profile = content === undefined ? null : profileSentence(content);
      reports.set(text, (report = profile && statesEnough(profile) ? profile : null));
    }
    return report;
  };
  // Only sentences that share an act and measure no different things are scored at all.
  const mayLink = (a: SentenceProfile, b: SentenceProfile) => !differentMeasures(a, b) && sharesAct(a, b);
  const probabilityOf = (a: SentenceProfile, b: SentenceProfile) =>
    mayLink(a, b) ? scorer.probability(compare(a, b)) : 0;
  const score = (x: number, y: number): number => {
    const [a, b] = [sentences[x]!.profile, sentences[y]!.profile];
    if (!mayLink(a, b)) return 0;
    const vector = vectorOf(x, y);
    // A contradiction is a pair that states the same fact except for its numbers (measuring the
    // same thing) or its polarity: it belongs in the claim, where the reader sees the disagreement.
    const whole = Math.max(
      scorer.probability(vector),
      vector.numberConflict && measureDisagreement(a, b) ? scorer.probability({ ...vector, ...AGREEING_NUMBERS }) : 0,
      vector.negationMismatch ? scorer.probability({ ...vector, ...SAME_POLARITY }) : 0,
    );
    if (whole >= threshold || whole < weakThreshold || a.negated !== b.negated) return whole;
    // Near, not linked: a fact one report states as what someone said ("Putin verkündete …, dass
    // Russland Nordkorea beim Bau von Satelliten helfen werde") links by what was said.
    const [ra, rb] = [reportOf(x), reportOf(y)];
    const reported = Math.max(
      ra ? probabilityOf(ra, b) : 0,
      rb ? probabilityOf(a, rb) : 0,
      ra && rb ? probabilityOf(ra, rb) : 0,
    );
    return reported >= threshold ? reported : whole;
  };
  const probability = (x: number, y: number): number => {
    if (editorial?.rejected(x, y)) return 0;
    const key = pairKey(x, y);
    if (verbatimPairs.has(key)) return 1;
    let p = scores.get(key);
    if (p === undefined) scores.set(key, (p = score(x, y)));
    return p;
  };

  const index = new CandidateIndex(
    sentences.map((s, i) => (comparable(i) ? candidateFeatures(s.profile) : [])),
    MIN_SHARED_FEATURES,
    options,
  );
  const articleOf = (i: number) => sentences[i]!.article;
  const stories = groupStories(articles, sentences, options, (short) =>
    index
      .pairs(
        (i) => sentences[i]!.event,
        articleOf,
        (i) => short.has(sentences[i]!.article),
      )
      .map(([i, j]) => ({ a: sentences[i]!.article, b: sentences[j]!.article, p: probability(i, j) / threshold })),
  );
  for (const s of sentences) if (s.event === '') s.group = stories.storyOf.get(s.article)!;
  const pairs = index.pairs((i) => sentences[i]!.group, articleOf);

  const links: (Link & { verbatim: boolean })[] = [];
  // Per sentence, its best probability to a sentence of another article (candidate pairs are
  // always across articles): a sentence is "unmatched" only when nothing comes close to it.
  const closest = new Float64Array(size);
  pairs.forEach(([i, j], n) => {
    const a = sentences[i]!;
    const b = sentences[j]!;
    const verbatim = wordIdentity(a.profile.norms, b.profile.norms) >= VERBATIM_SHARE;
    if (verbatim) verbatimPairs.add(pairKey(i, j));
    const p = probability(i, j);
    if (p > closest[i]!) closest[i] = p;
    if (p > closest[j]!) closest[j] = p;
    if (p >= threshold && !editorial?.rejected(i, j)) {
      links.push({ a: i, b: j, score: round(p), verbatim });
      // Linked as the same fact, yet one denies what the other states.
      if (vectorOf(i, j).negationMismatch) negatedPairs.add(`${i}:${j}`);
    }
    if (options.onProgress && n % 5000 === 0) options.onProgress(n, pairs.length);
  });
  options.onProgress?.(pairs.length, pairs.length);
  if (editorial) {
    const proposed = new Set(pairs.map(([i, j]) => `${i}:${j}`));
    editorial.checkRejects((x, y) => {
      const key = x < y ? `${x}:${y}` : `${y}:${x}`;
      // What the engine would link without the entry: by numbers or polarity set aside, or by
      // what the sentences report, too.
      return proposed.has(key) && score(x, y) >= threshold;
    });
  }

  let groups: Group[] = clusterSentences({
    links,
    probability,
    weakThreshold,
    eventOf: (i) => sentences[i]!.group,
    articleOf: (i) => sentences[i]!.article,
  }).map((members) => ({ members, origin: 'maschinell' }));
  if (editorial) groups = editorial.reshape(groups);
  groups = groups.filter((group) => new Set(group.members.map((i) => sentences[i]!.article)).size >= 2);

  const claimGroups = assembleClaims(groups, links, (i) => ({
    passage: sentences[i]!.passage,
    text: sentences[i]!.unit.text,
    event: sentences[i]!.event === '' ? null : sentences[i]!.event,
    story: sentences[i]!.event === '' ? sentences[i]!.group : null,
  }));
  const claims = claimGroups.map((g) => g.claim);

  const contradictions = findContradictions(
    claimGroups.map((g) => ({ id: g.claim.id, members: g.members })),
    sentences,
    negatedPairs,
  );

  const membership = new Map<number, number>();
  for (const group of groups) for (const i of group.members) membership.set(i, (membership.get(i) ?? 0) + 1);
  // Outside every claim: unmatched when no sentence of another article comes close (the weak
  // threshold, which keeps 95 % of the dev set's true pairs), near when one does.
  const unique: Record<string, Passage[]> = {};
  const near: Record<string, Passage[]> = {};
  for (const article of articles) {
    unique[article.id] = [];
    near[article.id] = [];
  }
  sentences.forEach((sentence, i) => {
    if (membership.has(i) || !comparable(i)) return;
    (closest[i]! >= weakThreshold ? near : unique)[sentence.article]!.push(sentence.passage);
  });
  const sharedPerArticle = new Map<string, number>();
  for (const i of membership.keys()) {
    const article = sentences[i]!.article;
    sharedPerArticle.set(article, (sharedPerArticle.get(article) ?? 0) + 1);
  }

  return {
    version: CLAIMS_FORMAT_VERSION,
    articles: articles.map((article, a) => ({
      id: article.id,
      event: article.event ?? null,
      sentences: units[a]!.length,
      shared: sharedPerArticle.get(article.id) ?? 0,
      unique: unique[article.id]!.length,
      near: near[article.id]!.length,
    })),
    events: summariseEvents(articles, claims),
    stories: stories.stories,
    claims,
    contradictions,
    unique,
    near,
    warnings: editorial?.warnings ?? [],
    stats: {
      sentences: sentences.length,
      pairsCompared: pairs.length,
      links: links.length,
      passagesInSeveralClaims: [...membership.values()].filter((count) => count > 1).length,
    },
  };
}

/** Articles of at most this many sentences and words are short: stories link them by their sentences too. */
const SHORT_ARTICLE = { sentences: 2, words: 60 };

/**
 * Stories of the articles that declare no event (declared events always win): claims are formed
 * only inside a story. A short article (a headline, a teaser, one sentence handed around) is also
 * linked to others by its best sentence pair: `shortPairs` gives the sentence pairs that involve a
 * short article, with the scorer's probability relative to the strong threshold (1 = strong),
 * which counts on the story threshold's scale.
 */
function groupStories(
  articles: readonly EngineArticle[],
  sentences: readonly Sentence[],
  options: EngineOptions,
  shortPairs: (short: ReadonlySet<string>) => { a: string; b: string; p: number }[],
) {
  const byArticle = new Map<string, Sentence[]>();
  for (const s of sentences) {
    if (s.event !== '') continue;
    let list = byArticle.get(s.article);
    if (!list) byArticle.set(s.article, (list = []));
    list.push(s);
  }
  const undeclared = articles.filter((article) => !article.event);
  if (undeclared.length === 0) return { storyOf: new Map<string, string>(), stories: [] };
  const isShort = (own: readonly Sentence[]) =>
    own.length <= SHORT_ARTICLE.sentences && own.reduce((n, s) => n + s.profile.norms.length, 0) <= SHORT_ARTICLE.words;
  const short = new Set(undeclared.filter((a) => isShort(byArticle.get(a.id) ?? [])).map((a) => a.id));
  const threshold = { ...DEFAULT_STORY_OPTIONS, ...options.stories }.threshold;
  const links = short.size >= 2 ? shortPairs(short).map(({ a, b, p }) => ({ a, b, similarity: p * threshold })) : [];
  return findStories(
    undeclared.map((article) => {
      const own = byArticle.get(article.id) ?? [];
      return { id: article.id, profiles: own.map((s) => s.profile), texts: own.map((s) => s.unit.text) };
    }),
    options.stories,
    { shortArticles: short, sentenceLinks: links },
  );
}

/**
 * Whether two sentences measure in the same unit only different things (650 km flown out to sea,
 * 650 km from the capital): then they report different facts, however alike their words.
 */
function differentMeasures(a: SentenceProfile, b: SentenceProfile): boolean {
  let sharedUnit = false;
  for (const qa of a.quantities) {
    for (const qb of b.quantities) {
      // Counts ("zwei Frauen scheren ein Schaf") have no reference point: the words after them are
      // what the sentence goes on to say, not what is measured.
      if (qa.kind === 'anzahl' || qb.kind === 'anzahl') continue;
      if (qa.unit !== qb.unit || qa.unit === 'jahr' || qa.context.length === 0 || qb.context.length === 0) continue;
      if (sameMeasure(qa, qb)) return false;
      sharedUnit = true;
    }
  }
  return sharedUnit;
}

/** Characters two different words must share to count as forms of one word ("abgefeuert", "feuerte"). */
const SHARED_ROOT = 5;

/**
 * Whether two sentences share an act, not only actors: a word that is not a proper name (a
 * predicate or its object, nouns included) in both, or forms of one ("feuerte … ab",
 * "abgefeuert"). "Ban Ki Moon verurteilte …" across three stories, or two line-ups of one club,
 * share names and state different facts.
 */
export function sharesAct(a: SentenceProfile, b: SentenceProfile): boolean {
  // The same measure ("1.000 Kilometer … von Wladiwostok", "1500 Kilometer … von Wladiwostok") is an act.
  if (a.quantities.some((qa) => qa.unit !== 'jahr' && b.quantities.some((qb) => sameMeasure(qa, qb)))) return true;
  // Nouns that look like names count as the act's words here ("Ein Mann auf einem Bauernmarkt" /
  // "Ein Mann ist auf einem Bauernmarkt"), while the scorer counts them with the names.
  const names = new Set([...a.properNames, ...b.properNames]);
  // A word both write right before the same name is part of it ("Super Bowl"), not an act.
  for (const prefix of a.namePrefixes)
    if (b.namePrefixes.includes(prefix)) names.add(prefix.slice(0, prefix.indexOf(' ')));
  const own = a.words.filter((word) => !names.has(word.stem));
  const other = b.words.filter((word) => !names.has(word.stem));
  const stems = new Set(other.map((word) => word.stem));
  if (own.some((word) => stems.has(word.stem))) return true;
  const roots = new Set<string>();
  for (const { norm } of other)
    for (let i = 0; i + SHARED_ROOT <= norm.length; i++) roots.add(norm.slice(i, i + SHARED_ROOT));
  return own.some(({ norm }) => {
    for (let i = 0; i + SHARED_ROOT <= norm.length; i++) if (roots.has(norm.slice(i, i + SHARED_ROOT))) return true;
    return false;
  });
}

/**
 * Whether two sentences state the same measure with values that exclude each other: measured
 * against one reference ("1.000 Kilometer … von Wladiwostok", "1500 Kilometer … von
 * Wladiwostok"), or without a reference about the same named things. The Nasdaq's points against
 * the S&P's, each sentence naming what the other does not, are two facts.
 */
function measureDisagreement(a: SentenceProfile, b: SentenceProfile): boolean {
  const namesDiffer =
    a.names.some((name) => !b.names.includes(name)) && b.names.some((name) => !a.names.includes(name));
  return a.quantities.some((qa) =>
    b.quantities.some((qb) => sameMeasure(qa, qb) && disagree(qa, qb) && (qa.context.length > 0 || !namesDiffer)),
  );
}

/**
 * Content words other than names a reported statement needs to stand for a fact ("alle
 * Selbstmordattentäter Türken waren" has two; "Putin komme" none). Two, not three: on the train
 * split of STSb-de three lost a true pair and kept no false one out.
 */
const REPORT_WORDS = 2;

/** Whether a reported statement says enough to be compared on its own. */
function statesEnough(profile: SentenceProfile): boolean {
  const names = new Set(profile.properNames);
  return profile.words.filter((word) => !names.has(word.stem)).length >= REPORT_WORDS;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
