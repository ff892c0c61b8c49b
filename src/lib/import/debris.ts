/**
 * Page debris in raw article text: what a scraper picks up around an article (share and comment
 * widgets, certification footers, tweet-embed chrome, short links, reading-time and date lines,
 * picture credits, ad labels, navigation links) and that is not the article itself.
 *
 * The rules are line rules: a scraped page puts every widget on a line of its own, and a line of
 * article text is either all article or ends in glued-on embed links. One principle keeps them
 * from eating text: a line that reads like a sentence (several words ending in sentence
 * punctuation) is only ever set aside by a rule that recognises boilerplate addressed to the
 * reader or a run of links, never by a rule about short labels.
 */
import { AGENCIES } from '../content/vocabulary.ts';
import {
  AUSTRIAN_MONTHS,
  ENGLISH_MONTHS,
  ENGLISH_MONTH_ABBREVIATIONS,
  GERMAN_MONTHS,
  GERMAN_MONTH_ABBREVIATIONS,
} from '../text/months.ts';

/** A line (or the end of a line) set aside as debris. */
export interface DebrisLine {
  /** 1-based line number in the input. */
  line: number;
  /** The debris exactly as it stands in the input, without surrounding whitespace. */
  text: string;
  /** Why it is not article text, in German (as in an article's `removed:` list). */
  reason: string;
}

/** What the detector found, and the text without it. */
export interface DebrisReport {
  lines: DebrisLine[];
  /**
   * The input with every piece of debris replaced by spaces. Line breaks and the position of
   * every remaining character are unchanged, so offsets and line numbers still point into the
   * raw file.
   */
  kept: string;
}

/** Reasons, worded like the `removed:` lists of the articles. */
export const DEBRIS_REASONS = {
  tweetChrome: 'Tweet-Einbettung (Absender und Datum)',
  tweetLinks: 'Tweet-Einbettung (Kurzlinks)',
  shortLinks: 'Kurzlinks',
  bareLinks: 'Link ohne Text',
  linkList: 'Linkliste',
  share: 'Teilen-Leiste',
  comments: 'Kommentarformular',
  newsletter: 'Newsletter-Hinweis',
  certification: 'Zertifizierungshinweis',
  readingTime: 'Lesezeit-Anzeige',
  dateStub: 'Datumszeile ohne Datum',
  dateLine: 'Datumszeile',
  pictureCredit: 'Bildnachweis',
  advert: 'Werbeblock',
  navigation: 'Navigationslink',
  breadcrumb: 'Navigationspfad',
  audio: 'Vorlesefunktion',
  siteSource: 'Quellenvermerk der Website',
  technical: 'Seitenrest (technische Kennung)',
  fragment: 'Seitenrest ohne Bezug zum Text',
  repeatedLabel: 'Doppelt wiedergegebene Beschriftung',
  repeatedLine: 'Wiederholte Zeile (Seitenelement)',
  withdrawn: 'Hinweis auf nicht mehr verfügbaren Text',
  consent: 'Cookie- und Einwilligungshinweis',
  subscription: 'Abo-Hinweis',
  byline: 'Autorenzeile',
} as const;

const TOKEN = /\S+/g;
const tokens = (line: string): string[] => line.match(TOKEN) ?? [];
const WORD = /[\p{L}\p{N}]+/gu;
const wordCounts = new Map<string, number>();
/** Words in a line; asked by several rules for the same line, so counted once per line. */
const wordCount = (line: string): number => {
  let count = wordCounts.get(line);
  if (count === undefined) {
    count = line.match(WORD)?.length ?? 0;
    if (wordCounts.size > 10_000) wordCounts.clear();
    wordCounts.set(line, count);
  }
  return count;
};

/**
 * A line that reads like a sentence: at least five words and sentence punctuation at the end
 * (possibly inside closing quotes or brackets). Label rules never touch such lines.
 */
function isProse(line: string): boolean {
  return wordCount(line) >= 5 && /[.!?…]["“”»«'’)\]]*$/u.test(line);
}

// ---------------------------------------------------------------- links and handles

const URL_TOKEN = /^(?:https?:\/\/\S+|www\.\S+\.\S+|(?:[a-z0-9-]+\.)+[a-z]{2,}\/\S*)$/i;
const HANDLE_TOKEN = /^@[A-Za-z0-9_]{2,30}[:,.]?$/;
/** Where a link starts inside a token that has text glued before it ("gefunden.https://t.co/x"). */
const GLUED_URL = /(?:https?:\/\/|www\.|pic\.twitter\.com\/)/i;
/** Hosts of tweet and post embeds: their links are chrome of the embed. */
const EMBED_HOST = /^(?:https?:\/\/)?(?:www\.)?(?:t\.co|pic\.twitter\.com|twitter\.com|x\.com|pic\.x\.com)\//i;
/** Link shorteners: a short link carries no text a reader needs. */
const SHORT_HOST =
  /^(?:https?:\/\/)?(?:www\.)?(?:bit\.ly|ow\.ly|buff\.ly|tinyurl\.com|goo\.gl|dlvr\.it|trib\.al|is\.gd|fb\.me|lnkd\.in|youtu\.be|instagr\.am|spoti\.fi|amzn\.to|t\.me)\//i;

const isUrl = (token: string): boolean => URL_TOKEN.test(token);
const isLinkish = (token: string): boolean => isUrl(token) || HANDLE_TOKEN.test(token);

function linkReason(urls: readonly string[], wholeLine: boolean): string | undefined {
  if (urls.some((url) => EMBED_HOST.test(url))) return DEBRIS_REASONS.tweetLinks;
  if (urls.some((url) => SHORT_HOST.test(url))) return DEBRIS_REASONS.shortLinks;
  return wholeLine ? DEBRIS_REASONS.bareLinks : undefined;
}

/**
 * Links glued to the end of a sentence by an embed ("…gefunden.https://t.co/x pic.twitter.com/y").
 * Only short or embed links, or links glued to the text without a space, are cut: a sentence
 * that names a web address as part of what it says keeps it.
 */
function trailingLinks(line: string): { start: number; reason: string } | undefined {
  // Nearly every line ends in a word: look at the last token before cutting the line into all of them.
  const last = line.slice(line.search(/\S+\s*$/));
  if (!isUrl(last.trimEnd()) && !GLUED_URL.test(last)) return undefined;
  const found = [...line.matchAll(TOKEN)];
  let first = found.length;
  while (first > 0 && isUrl(found[first - 1]![0])) first--;
  let start: number;
  let glued = false;
  if (first > 0) {
    // The token before the run may end in a link glued onto the last word of the sentence.
    const token = found[first - 1]!;
    const at = GLUED_URL.exec(token[0]);
    if (at && at.index > 0 && /[.!?…"“”»)]$/u.test(token[0].slice(0, at.index)) && isUrl(token[0].slice(at.index))) {
      start = token.index + at.index;
      glued = true;
    } else if (first === found.length) return undefined;
    else start = found[first]!.index;
  } else return undefined;
  const urls = line.slice(start).match(TOKEN) ?? [];
  const reason = linkReason(urls, false) ?? (glued ? DEBRIS_REASONS.bareLinks : undefined);
  return reason ? { start, reason } : undefined;
}

/**
 * The archive's notice that an article's text was withdrawn ("Der Volltext dieses … Artikels
 * steht aus rechtlichen Gründen nicht mehr zur Verfügung."), at the end of a line: it says
 * nothing about the news, and the same words in many articles would read as a shared fact.
 */
const WITHDRAWN =
  /(?:^|(?<=[.!?…"“”»]\s+))(?:Der|Dieser) (?:Voll)?[Tt]ext (?:dieses|des) [^.!?]{0,80}?(?:nicht mehr|nicht länger) (?:zur Verfügung|verfügbar|abrufbar)\.?$/u;

function trailingNotice(line: string): { start: number; reason: string } | undefined {
  const match = WITHDRAWN.exec(line);
  return match ? { start: match.index, reason: DEBRIS_REASONS.withdrawn } : undefined;
}

// ---------------------------------------------------------------- label rules

/** A month name or abbreviation, German, Austrian or English ("13. Sept. 2023", "May 30, 2024"). */
const MONTH = `(?:${[
  ...new Set([
    ...GERMAN_MONTHS,
    ...AUSTRIAN_MONTHS.map((m) => m.name),
    ...ENGLISH_MONTHS,
    ...GERMAN_MONTH_ABBREVIATIONS,
    ...ENGLISH_MONTH_ABBREVIATIONS,
    'Sept',
  ]),
].join('|')})\.?`;
const TWEET_DATE = `(?:${MONTH}\\s+\\d{1,2},\\s*\\d{4}|\\d{1,2}\\.?\\s+${MONTH}\\s+\\d{4})`;
/** "— Name (@handle) May 30, 2024": the signature line under an embedded tweet. */
const TWEET_CHROME = new RegExp(`^[—–-]\\s*[^()]{1,80}\\(@[A-Za-z0-9_]{1,15}\\)\\s*${TWEET_DATE}$`, 'u');

const WEEKDAY =
  '(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Mo|Di|Mi|Do|Fr|Sa|So|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\.?,?';
const DATE =
  `(?:\\d{1,2}\\.\\s*\\d{1,2}\\.\\s*(?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\s*${MONTH}\\s+\\d{4}|${MONTH}\\s+\\d{1,2},\\s*\\d{4}` +
  `|(?:vor\\s+\\d+\\s+(?:Minuten|Stunden|Tagen))|heute|gestern)`;
const TIME = '(?:(?:um\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*Uhr)?(?:\\s*\\(?[A-Z]{2,4}\\)?)?)';
const DATE_TIME = `(?:${WEEKDAY}\\s*)?(?:${DATE}(?:\\s*[,|-]?\\s*${TIME})?|${TIME})`;
const DATE_LABEL =
  '(?:Ausgegeben|Veröffentlicht|Publiziert|Erschienen|Aktualisiert|Zuletzt aktualisiert|Erstellt|Geändert|Stand|Datum|Published|Updated|Last updated)';
const DATE_STUB = new RegExp(`^${DATE_LABEL}(?:\\s+(?:am|um|on))?\\s*:?$`, 'iu');
const DATE_LINE = new RegExp(
  `^(?:${DATE_LABEL}(?:\\s+(?:am|um|on))?\\s*:?\\s*)?${DATE_TIME}(?:\\s*[,|]\\s*${DATE_TIME})?$`,
  'iu',
);

const READING_TIME =
  /^(?:(?:Lesezeit|Lesedauer|Reading time)\s*:?\s*)?(?:ca\.\s*|etwa\s*|~\s*)?\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*(?:Minuten|Minute|Min\.?|min)(?:\s+(?:Lesezeit|Lesedauer|Lesen|zum Lesen|read|Lesezeit\.))?$/iu;

const PICTURE_LABEL =
  /^(?:Bild|Bilder|Foto|Fotos|Titelbild|Teaserbild|Symbolbild|Aufmacherbild|Headerbild|Vorschaubild|Bildquelle|Bildnachweis|Bildrechte|Fotoquelle|Fotograf|Foto\/Video|Video|Image|Photo|Picture|Credit|Credits|Copyright)\s*:\s*\S/iu;

const ADVERT = new Set(
  [
    'Anzeige',
    'Werbung',
    'Partner-Inhalte',
    'Partner-Inhalt',
    'Partnerinhalte',
    'Inhalte unserer Partner',
    'Sponsored',
    'Sponsored Content',
    'Gesponsert',
    'Advertisement',
    'Promotion',
    'Bezahlter Inhalt',
    'Werbemitteilung',
    'Ende der Werbung',
  ].map((label) => label.toLowerCase()),
);

const NAVIGATION =
  /^(?:mehr\s+(?:news|nachrichten|artikel|infos?|informationen|videos|bilder|fotos|meldungen|beiträge|themen|aus|zum\s+thema|zu\s+diesem\s+thema)\b.*|zum\s+thema\s*:.*|lesen\s+sie\s+(?:auch|mehr|hier|weiter)\b.*|auch\s+interessant\b.*|das\s+könnte\s+sie\s+(?:auch\s+)?interessieren\b.*|weiterlesen|weiter\s+lesen|mehr\s+lesen|read\s+more|zur\s+startseite|zurück\s+zur\s+(?:übersicht|startseite)|alle\s+(?:news|artikel|meldungen|beiträge|videos)\b.*|verwandte\s+(?:artikel|themen)|empfohlene\s+artikel|top-?themen|meistgelesen|meistgelesene\s+artikel|nächster\s+artikel|vorheriger\s+artikel|related\s+(?:articles|posts))\s*[:.»›>]?$/iu;

/** A label heading a list of links to other articles; the headlines below it are the list. */
const LIST_HEADING =
  /^(?:mehr\s+(?:zum\s+thema|zu\s+diesem\s+thema|aus\s+dem\s+ressort)|zum\s+thema|lesen\s+sie\s+auch|auch\s+interessant|das\s+könnte\s+sie\s+(?:auch\s+)?interessieren|verwandte\s+(?:artikel|themen)|empfohlene\s+artikel|related\s+articles)\s*:?$/iu;

/** "Startseite › Politik › Ausland": short segments joined by arrows, never a sentence. */
function isBreadcrumb(line: string): boolean {
  const segments = line.split(/\s*[›»>]\s*/u);
  return segments.length >= 3 && segments.every((segment) => wordCount(segment) >= 1 && wordCount(segment) <= 4);
}

const AUDIO =
  /^(?:artikel\s+(?:anhören|vorlesen)|(?:jetzt\s+)?anhören|vorlesen|audio\s+abspielen|artikel\s+als\s+audio|listen\s+to\s+(?:this\s+)?article)(?:\s*[:·|]?\s*\d{1,2}:\d{2}(?:\s*min\.?)?)?$/iu;

const COMMENT_LINE =
  /^(?:leave\s+a\s+(?:reply|comment)|post\s+comment|cancel\s+reply|reply|comments?(?:\s*\(\d+\))?|\d+\s+(?:kommentare?|comments?)|kommentare?(?:\s*\(\d+\))?|kommentar\s+(?:schreiben|verfassen|abschicken|absenden|hinzufügen)|(?:jetzt\s+)?kommentieren|antworten(?:\s+abbrechen)?|antwort\s+abbrechen|schreibe\s+einen\s+kommentar|hinterlasse\s+einen\s+kommentar|diskutieren\s+sie\s+mit|zu\s+den\s+kommentaren|name\s*\*|e-?mail\s*\*|website)\s*[:.!]?$/iu;
/** Fixed sentences of comment forms; they are whole sentences, so they are named word for word. */
const COMMENT_BOILERPLATE =
  /(?:e-mail-adresse\s+wird\s+nicht\s+veröffentlicht|email\s+address\s+will\s+not\s+be\s+published|erforderliche\s+felder\s+sind\s+mit|required\s+fields\s+are\s+marked|save\s+my\s+name,\s+email|meinen\s+namen,\s+meine\s+e-mail-adresse\s+und\s+meine\s+website)/iu;

const NEWSLETTER = /\bnewsletter\b/iu;
const NEWSLETTER_ACTION = /\b(?:abonnieren|abonniere|anmelden|bestellen|registrieren|subscribe|sign\s+up)\b/iu;
const READER_ADDRESS = /\b(?:Sie|Ihnen|Ihre[nmrs]?|wir|uns|unsere[nmrs]?)\b/u;

/** Cookie banners and consent dialogs: short labels, or sentences about cookies addressed to the reader. */
const CONSENT_LABEL =
  /^(?:cookie[-\s]?(?:einstellungen|hinweis|richtlinie|banner)|cookies?\s+(?:akzeptieren|ablehnen|verwalten|zulassen)|(?:alle\s+)?(?:akzeptieren|ablehnen|zustimmen)|alle\s+cookies\s+(?:akzeptieren|ablehnen)|nur\s+notwendige\s+cookies|einstellungen\s+(?:verwalten|anpassen|speichern)|datenschutz(?:einstellungen|-einstellungen|erklärung|hinweise?)?|privatsphäre(?:-einstellungen|einstellungen)?|einwilligung(?:\s+(?:widerrufen|verwalten))?|privacy\s+(?:settings|center)|cookie\s+settings|accept\s+all|reject\s+all|consent)\s*[:.!]?$/iu;
const COOKIE = /\bcookies?\b|\btracking\b|\beinwilligung\b/iu;

/** Subscription boxes around paid articles. */
const SUBSCRIPTION =
  /^(?:(?:jetzt\s+)?(?:abonnieren|abo\s+abschliessen|abo\s+abschließen|testen|weiterlesen\s+mit\s+\S+)|zum\s+abo|abo(?:nnement)?\s+(?:abschliessen|abschließen|wählen|ansehen)|(?:\S+\s*)?plus-?artikel|exklusiv\s+für\s+abonnent(?:en|innen)|(?:sie\s+haben\s+(?:bereits\s+)?ein\s+abo\??\s*)?(?:hier\s+)?(?:anmelden|einloggen)|bereits\s+abonnent(?:in)?\??\s*(?:anmelden|einloggen)?|\d+\s+(?:monat|monate|wochen?)\s+(?:gratis|kostenlos|für\s+\S+\s*(?:€|eur|chf|fr\.)?))\s*[:.!]?$/iu;

/**
 * An author line: "Von Hans Muster", "Von unserer Korrespondentin, 13. September 2023",
 * "Von Anna Beispiel und Max Muster, Moskau". Names are capitalised words; "Von Moskau nach
 * Pjöngjang" (a headline) has a lower-case word and is not taken.
 */
const BYLINE = new RegExp(
  `^(?:Von|By|Text:|Autor:|Autorin:)\\s+(?:(?:unsere[mnr]?|einem|einer)\\s+[\\p{L}-]+(?:\\s+in\\s+\\p{Lu}[\\p{L}-]+)?|\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}(?:\\s+und\\s+\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3})?)(?:\\s*[,|]\\s*(?:${DATE_TIME}|\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?))*$`,
  'u',
);

const CERTIFICATION = /\b(?:Journalism\s+Trust\s+Initiative|JTI|Trust\s+Project)\b/u;
const CERTIFIED = /\bzertifiziert\b/iu;

const SHARE_VERBS = new Set([
  'teilen',
  'share',
  'twittern',
  'tweet',
  'tweeten',
  'drucken',
  'print',
  'kopieren',
  'copy',
  'merken',
  'speichern',
  'versenden',
  'senden',
  'empfehlen',
]);
const SHARE_PLATFORMS = new Set([
  'facebook',
  'twitter',
  'x',
  'whatsapp',
  'telegram',
  'linkedin',
  'xing',
  'pinterest',
  'reddit',
  'threads',
  'mastodon',
  'bluesky',
  'flipboard',
  'messenger',
  'e-mail',
  'email',
  'mail',
]);
const SHARE_FILLERS = new Set([
  'auf',
  'per',
  'via',
  'artikel',
  'beitrag',
  'seite',
  'diesen',
  'den',
  'link',
  'on',
  'this',
]);

/** The words of a line that may be share buttons, lower-case, without the punctuation around them. */
function shareWordsOf(line: string): string[] {
  return line
    .toLowerCase()
    .split(/[\s|·•/,]+/u)
    .map((word) => word.replace(/^[^\p{L}]+|[^\p{L}-]+$/gu, ''))
    .filter((word) => word !== '');
}

/**
 * Only share words, and at least one verb or platform: a share button on a line of its own.
 * Asked of every line, paragraphs of prose included, so it stops at the first word that is
 * no share word instead of cutting the whole line into words first.
 */
function isShareWords(line: string): boolean {
  let words = 0;
  let meaningful = false;
  for (const [piece] of line.matchAll(/[^\s|·•/,]+/gu)) {
    const word = piece.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}-]+$/gu, '');
    if (word === '') continue;
    if (++words > 4) return false;
    if (SHARE_FILLERS.has(word)) continue;
    if (!SHARE_VERBS.has(word) && !SHARE_PLATFORMS.has(word)) return false;
    meaningful = true;
  }
  return meaningful;
}

/**
 * Lines of a share bar copied from a browser, one button a line ("Teilen", "Facebook",
 * "Twitter", "E-Mail"): each share-word line next to another. A lone "Facebook" stays (it may be
 * a subhead of an article about Facebook); two or more in a row are the bar.
 */
function shareBarLines(lines: readonly string[]): Set<number> {
  const bar = new Set<number>();
  const filled = lines.flatMap((line, index) => (line === '' ? [] : [index]));
  for (let k = 0; k < filled.length; k++) {
    const index = filled[k]!;
    if (!isShareWords(lines[index]!)) continue;
    const before = filled[k - 1];
    const after = filled[k + 1];
    if ((before !== undefined && isShareWords(lines[before]!)) || (after !== undefined && isShareWords(lines[after]!)))
      bar.add(index);
  }
  return bar;
}

/** A row of share buttons: only share words, with a share verb or at least two platforms. */
function isShareRow(line: string): boolean {
  const words = shareWordsOf(line);
  if (words.length === 0) return false;
  let verbs = 0;
  let platforms = 0;
  for (const word of words) {
    if (SHARE_VERBS.has(word)) verbs++;
    else if (SHARE_PLATFORMS.has(word)) platforms++;
    else if (!SHARE_FILLERS.has(word)) return false;
  }
  return verbs > 0 || platforms >= 2;
}

/** "JTI zertifiziert JTI zertifiziert": a label rendered twice (visible text plus its alt text). */
function isRepeatedPhrase(line: string): boolean {
  const parts = tokens(line);
  for (let period = 1; period <= parts.length / 2; period++) {
    if (parts.length % period !== 0) continue;
    if (parts.every((part, i) => part === parts[i % period])) return true;
  }
  return false;
}

const TECHNICAL_ID = /^[a-z]+(?:[-_][a-z0-9]+)*[-_]?\d+[a-z0-9]*$/;
const AGENCY_NAMES = new Set(AGENCIES.map((agency) => agency.toLowerCase()));

/** The reason a whole line is debris, or undefined when it may be article text. */
function lineReason(line: string, occurrences: number): string | undefined {
  const prose = isProse(line);
  const parts = tokens(line);

  // Rules that recognise boilerplate even where it is worded as sentences.
  if (CERTIFICATION.test(line) && (!prose || READER_ADDRESS.test(line))) return DEBRIS_REASONS.certification;
  if (COMMENT_BOILERPLATE.test(line)) return DEBRIS_REASONS.comments;
  if (COOKIE.test(line) && READER_ADDRESS.test(line) && wordCount(line) <= 60) return DEBRIS_REASONS.consent;
  if (parts.length > 0 && parts.every(isLinkish)) {
    return linkReason(parts.filter(isUrl), true) ?? DEBRIS_REASONS.linkList;
  }
  if (TWEET_CHROME.test(line)) return DEBRIS_REASONS.tweetChrome;
  if (prose) return undefined;

  // Label rules: short lines that are not sentences.
  if (CERTIFIED.test(line) && wordCount(line) <= 4) return DEBRIS_REASONS.certification;
  const linkChars = parts.filter(isLinkish).join('').length;
  if (linkChars > 0 && linkChars / parts.join('').length >= 0.5) return DEBRIS_REASONS.linkList;
  if (COMMENT_LINE.test(line)) return DEBRIS_REASONS.comments;
  if (isShareRow(line)) return DEBRIS_REASONS.share;
  if (CONSENT_LABEL.test(line)) return DEBRIS_REASONS.consent;
  if (SUBSCRIPTION.test(line)) return DEBRIS_REASONS.subscription;
  if (wordCount(line) <= 14 && BYLINE.test(line)) return DEBRIS_REASONS.byline;
  if (NEWSLETTER.test(line) && wordCount(line) <= 12 && (NEWSLETTER_ACTION.test(line) || wordCount(line) <= 2)) {
    return DEBRIS_REASONS.newsletter;
  }
  if (READING_TIME.test(line)) return DEBRIS_REASONS.readingTime;
  if (DATE_STUB.test(line)) return DEBRIS_REASONS.dateStub;
  if (DATE_LINE.test(line)) return DEBRIS_REASONS.dateLine;
  if (wordCount(line) <= 14 && (PICTURE_LABEL.test(line) || /^(?:©|\(c\)\s)/iu.test(line) || / © /u.test(line))) {
    return DEBRIS_REASONS.pictureCredit;
  }
  if (ADVERT.has(line.toLowerCase().replace(/[:.]$/u, ''))) return DEBRIS_REASONS.advert;
  if (wordCount(line) <= 10 && NAVIGATION.test(line)) return DEBRIS_REASONS.navigation;
  if (isBreadcrumb(line)) return DEBRIS_REASONS.breadcrumb;
  if (AUDIO.test(line)) return DEBRIS_REASONS.audio;
  if (parts.length <= 3 && parts.every((part) => /^[a-z0-9_-]+:?$/.test(part))) {
    const ids = parts.filter((part) => TECHNICAL_ID.test(part));
    if (ids.length > 0) {
      return /^(?:source|quelle|src)$/i.test(parts[0]!.replace(/:$/, ''))
        ? DEBRIS_REASONS.siteSource
        : DEBRIS_REASONS.technical;
    }
  }
  // A lone one- to three-letter token is no headline and no sentence: initials of a widget or a
  // tracking label. Agency names stand alone as credit lines and are kept.
  if (/^\p{L}{1,3}$/u.test(line) && !AGENCY_NAMES.has(line.toLowerCase())) return DEBRIS_REASONS.fragment;
  if (parts.length >= 2 && isRepeatedPhrase(line)) return DEBRIS_REASONS.repeatedLabel;
  if (occurrences >= 2) return DEBRIS_REASONS.repeatedLine;
  return undefined;
}

/**
 * Finds page debris in a raw article text, line by line, and returns it with the text that
 * remains. Never sets aside a line that reads like a sentence unless it is known boilerplate
 * (comment-form notices, newsroom certification addressed to the reader) or consists of links.
 */
export function detectDebris(text: string): DebrisReport {
  const rawLines = text.split('\n');
  const trimmed = rawLines.map((line) => line.replace(/\r$/, '').trim());
  const counts = new Map<string, number>();
  for (const line of trimmed) if (line !== '') counts.set(line, (counts.get(line) ?? 0) + 1);

  const found: DebrisLine[] = [];
  const shareBar = shareBarLines(trimmed);
  // Below "Mehr zum Thema" or "Lesen Sie auch": the headlines of other articles, up to the next
  // line that reads like a sentence. They would otherwise become subheads of the article.
  let inList = false;
  const keptLines = rawLines.map((raw, index) => {
    const line = trimmed[index]!;
    if (line === '') return raw;
    const listed = inList && !isProse(line) && wordCount(line) <= 12;
    inList = LIST_HEADING.test(line) || listed;
    const reason = shareBar.has(index)
      ? DEBRIS_REASONS.share
      : (lineReason(line, counts.get(line) ?? 0) ?? (listed ? DEBRIS_REASONS.linkList : undefined));
    if (reason) {
      found.push({ line: index + 1, text: line, reason });
      return raw.replace(/[^\r]/g, ' ');
    }
    const tail = trailingLinks(line) ?? trailingNotice(line);
    if (tail) {
      const offset = raw.indexOf(line) + tail.start;
      const cut = raw.slice(offset).replace(/\r$/, '');
      found.push({ line: index + 1, text: cut.trim(), reason: tail.reason });
      return raw.slice(0, offset) + cut.replace(/./gu, (c) => ' '.repeat(c.length)) + raw.slice(offset + cut.length);
    }
    return raw;
  });
  return { lines: found, kept: keptLines.join('\n') };
}
