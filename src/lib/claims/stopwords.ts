/**
 * German function words that carry no claim. Deliberately without negations ("nicht", "kein",
 * "nie", ...): those are kept as evidence, or "wird liefern" would match "wird nicht liefern".
 */
export const STOP_WORDS = new Set(
  `aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes
  auch auf aus bei beide beiden beider beim bereits bin bis bisher bist da dabei dadurch dafür
  dagegen daher damit dann daran darauf darum das dass dem demnach den denen denn der deren des
  dessen deshalb dich die dies diese diesem diesen dieser dieses dir doch dort du durch ein eine
  einem einen einer eines er es etwa euch euer eure für gegen gegenüber habe haben hat hatte hätte
  hatten hätten hier hin ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in indem ins ist
  ja jede jedem jeden jeder jedes jedoch jene jetzt kann können könnte könnten man mehr mein
  meine mit muss müssen nach nachdem nun nur ob oder ohne per schon sehr sei seien sein seine
  seinem seinen seiner seines seit selbst sich sie sind so soll sollen sollte sollten sondern
  sowie über um und uns unser unsere unter vom von vor während war wäre waren was weil weiter
  weitere welche welchem welchen welcher welches wenn wer werde werden wie wieder will wir wird
  wo wobei wurde würde wurden würden zu zum zur zwar zwischen sagte sagt sagten teilte mit
  zufolge laut demnach dabei wiederum eigentlich derzeit zuvor`.split(/\s+/),
);

/** Words that negate a statement. Kept as features so a claim never matches its opposite. */
export const NEGATIONS = new Set([
  'nicht',
  'kein',
  'keine',
  'keinen',
  'keinem',
  'keiner',
  'keines',
  'nie',
  'niemals',
  'nirgends',
  'weder',
  'niemand',
  'nichts',
  // Denying states the opposite: "Pjöngjang bestritt, Waffen zu liefern" is no report of a delivery.
  'bestreiten',
  'bestreitet',
  'bestritt',
  'bestritten',
  'dementiert',
  'dementierte',
  'dementierten',
  'dementieren',
  'leugnet',
  'leugnete',
  'leugneten',
  'leugnen',
]);

/**
 * How a word before a number bends it ("etwa 1000", "knapp 1000", "mehr als 1000"):
 * - `approx`: about, either side;
 * - `almost`: a little below, never above ("knapp 1000", "fast 1000");
 * - `justOver`: a little above, never below ("gut 1000", "knapp über 1000");
 * - `above`: a lower bound ("mehr als", "über", "mindestens");
 * - `below`: an upper bound ("weniger als", "unter", "höchstens", "bis zu").
 * How far "about" and "a little" reach is decided in quantities.ts.
 */
export type Qualifier = 'approx' | 'almost' | 'justOver' | 'above' | 'below';

/** Words before a number that make it approximate or a bound, up to three words, normalised. */
export const QUALIFIERS: Record<string, Qualifier> = {
  etwa: 'approx',
  rund: 'approx',
  ca: 'approx',
  circa: 'approx',
  zirka: 'approx',
  ungefähr: 'approx',
  annähernd: 'approx',
  schätzungsweise: 'approx',
  'um die': 'approx',
  gut: 'justOver',
  'knapp über': 'justOver',
  'knapp mehr als': 'justOver',
  'etwas mehr als': 'justOver',
  'etwas über': 'justOver',
  knapp: 'almost',
  fast: 'almost',
  beinahe: 'almost',
  nahezu: 'almost',
  'knapp unter': 'almost',
  'knapp weniger als': 'almost',
  'etwas weniger als': 'almost',
  'etwas unter': 'almost',
  über: 'above',
  mindestens: 'above',
  wenigstens: 'above',
  'mehr als': 'above',
  'nicht weniger als': 'above',
  'weit über': 'above',
  unter: 'below',
  höchstens: 'below',
  maximal: 'below',
  'weniger als': 'below',
  'bis zu': 'below',
  'nicht mehr als': 'below',
};

/**
 * Number forms the grammar of src/lib/text/numbers.ts does not read: inflected counts
 * ("zweier Kurzstreckenraketen") and multiplicatives ("zweimal", "doppelt"). Number words
 * ("zwei", "dreizehn", "fünfundzwanzigtausend") are read there.
 */
export const NUMBER_WORDS: Record<string, number> = {
  zweier: 2,
  dreier: 3,
  zweimal: 2,
  dreimal: 3,
  doppelt: 2,
};
