// Dates of the same event compared across documents. Two date mentions are about the same event
// when the lexicon gives them the same invasion/anniversary and place, or when they lie in
// counterpart sentences with the same event category (or none) and share the event's words, or
// when two weekdays of articles a few days apart date one actor's act in much the same words, or
// one occasion named by the same noun ("the Wednesday hearing" / "at a House hearing Wednesday",
// "the June 25 special election" / "an election set for June 25"),
// or when each is the weekday of its article's lede and the ledes, published the same day, tell
// one subject's act (or, when one names no subject, the act in much the same words).
// A date inside a quotation is the speaker's, relative to a day the article may not give: left out.
import type { Fact, Finding } from '../model/analysis';
import { daysBetween, parseIsoDate, type CalendarDay } from '../util/calendar';
import { clusterAcrossDocuments, documentsOf, groupBy, listSources, type ClusterRules } from './clusters';
import type { Counterparts } from './counterparts';
import { dateValue, dateWords, documentsDisagree, writtenAlike, splitMajority, type DateMention, type ResolvedDate } from '../dates';
import { makeFinding, type ComparedMention } from './finding-id';
import { jaccard, stemWord } from '../text/text-units';


/** A weekday alone ("Tuesday", "Tuesday night"), read from the publication date; not a full date that names one. */
const WEEKDAY = /^(?:(?:next|this|last)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?$/iu;
/**
 * Counterpart sentences this close, each dating one thing by its weekday, date the same thing even
 * when the clauses name it in other words ("was beaten Tuesday night" / "was soundly defeated on
 * Tuesday") — provided they share this share of the event's words.
 */
const CLOSE_PAIR_SCORE = 0.3;
const CLOSE_PAIR_EVENT_WORDS = 0.1;
/** … or this close when both clauses are about the same actor (sameActor: "Glenn Beck closed …" / "Glenn Beck … ripped …"). */
const CLOSE_PAIR_SCORE_SAME_ACTOR = 0.25;

/**
 * Weekdays in sentences the correspondence does not pair, or in sentences dating several things,
 * still date one event when the outlets
 * tell it alike: the same actor and this share of the event's words ("Trump announced Tuesday
 * that he is bowing out" / "Trump has announced Tuesday that he is pulling out"), in articles
 * published within a week of each other — a weekday points into its article's own week, so
 * articles further apart tell other weeks.
 */
const SAME_WEEK_EVENT_WORDS = 0.25;
/**
 * … or this share when both name an act one actor rarely does twice in a week ("refused to step
 * down Tuesday" / "continued his refusal to step down Tuesday"); a statement or a meeting is not such an act.
 */
const SAME_WEEK_RARE_ACT_WORDS = 0.15;
const RARE_ACTS: ReadonlySet<string> = new Set(['resignation', 'apology', 'election', 'agreement', 'founding']);
const SAME_WEEK_PUBLICATION_DAYS = 7;
/** Days of a month attached to one occasion noun are one occasion only this close (sameOccasion). */
const OCCASION_DAYS_APART = 7;

/**
 * An article's first date, when a weekday, dates its news: a lede tells what happened and when. The
 * ledes of two related articles published the same day, telling what one subject did, date one
 * event however differently they word it ("Governor Marta Lindqvist on Wednesday unveiled the
 * broadest overhaul of the state's water rules" / "Governor Marta Lindqvist called Wednesday for
 * tighter limits on farm wells"). An actor named later is no subject: "Senate leader Ida Moreau
 * broke with Governor Tomas Brandt on Monday" is not "Governor Tomas Brandt's veto … during a
 * speech on Friday night". The next day's paper may lead with the subject's next act, and a
 * preview is no such news: one subject has many things still to come ("will meet Lavrov on
 * Wednesday", "will take part in a summit meeting Friday").
 */
const LEDE_PUBLICATION_DAYS = 0;

/** Share of nearby words two dates in counterpart sentences need to date the same event. */
const SAME_EVENT_WORDS = 0.34;
/** … and when either sentence holds other dates too. */
const SAME_EVENT_WORDS_CROWDED = 0.5;

function isStrong(mention: DateMention): boolean {
  return mention.event.category === 'invasion' || mention.event.category === 'anniversary';
}

/**
 * One slot: a named event of the lexicon with the same place (the invasion of Ukraine), or the
 * same kind of event in counterpart sentences sharing the event's words, or weekdays of one week
 * with the same actor and wording. A statement's date and the date of what it reports are
 * different kinds ("fired Friday, … said Monday").
 */
function sameEvent(groupA: readonly DateMention[], groupB: readonly DateMention[], context: DateContext): boolean {
  const a = groupA[0]!;
  const b = groupB[0]!;
  if (isStrong(a) || isStrong(b)) {
    return a.event.category === b.event.category && a.event.target !== null && a.event.target === b.event.target;
  }
  // One occasion named by its noun is one event whatever verbs the clauses use (so whatever category they give).
  const occasion = sameOccasion(a, b, context);
  if (a.event.category !== b.event.category && !occasion && !spokenAtTheAct(a, b) && !spokenAtTheAct(b, a)) return false;
  if (!occasion && (nextDaysAct(a, b, context.published) || (!sameEventInCounterparts(groupA, groupB, context) && !sameWeekEvent(a, b, context.published))) && !sameNews(groupA, groupB, context)) return false;
  // The same relative wording is one statement read from two publication dates (oneReadingPerWording), never two acts.
  return a.text.toLowerCase() === b.text.toLowerCase() || (!doneAfterPublished(a, b, context.published) && !doneAfterPublished(b, a, context.published));
}

const OCCASIONS_OF_SPEECH: ReadonlySet<string> = new Set(['speech', 'interview', 'brief', 'remark', 'address']);

/**
 * A statement made at an occasion of speech ("President Obama said Wednesday in a speech pushing
 * his jobs bill") and an act of the same subject that has no category of its own ("President
 * Barack Obama urged lawmakers to move on his jobs bill Wednesday"): what was said there may be
 * the act; the close-pair rules still decide.
 */
function spokenAtTheAct(statement: DateMention, act: DateMention): boolean {
  return (
    statement.event.category === 'statement' &&
    act.event.category === null &&
    [...statement.event.words].some((word) => OCCASIONS_OF_SPEECH.has(word)) &&
    statement.event.subject.size > 0 &&
    sharesAny(statement.event.subject, act.event.subject)
  );
}

function sameEventInCounterparts(groupA: readonly DateMention[], groupB: readonly DateMention[], context: DateContext): boolean {
  const { counterparts, crowded } = context;
  const a = groupA[0]!;
  const b = groupB[0]!;
  if (!counterparts.meet(groupA, groupB)) return false;
  // Named participants on both sides and none shared: another actor's event ("the Senate … last week", "the House on Thursday").
  if (a.event.participants.size > 0 && b.event.participants.size > 0 && !sharesAny(a.event.participants, b.event.participants)) return false;
  // Counterparts tell one story: the same expression in both ("Friday", "last week") dates the same thing.
  if (a.text.toLowerCase() === b.text.toLowerCase()) return true;
  // A sentence dating several things needs its clause's own words to match, not the sentence's topic.
  const isCrowded = crowded.has(a) || crowded.has(b);
  const shared = jaccard(a.event.words, b.event.words);
  if (shared >= (isCrowded ? SAME_EVENT_WORDS_CROWDED : SAME_EVENT_WORDS)) return true;
  return (
    !isCrowded &&
    shared >= CLOSE_PAIR_EVENT_WORDS &&
    sharesWordBesidesActors(a, b) &&
    WEEKDAY.test(a.text) &&
    WEEKDAY.test(b.text) &&
    !tensesConflict(a, b) &&
    counterparts.closeness(groupA, groupB) >= (sameActor(a, b) ? CLOSE_PAIR_SCORE_SAME_ACTOR : CLOSE_PAIR_SCORE)
  );
}

/**
 * Both clauses about one actor: their subjects share a name, or, when either names none up front,
 * their participants do. "Senate leader Ida Moreau broke with Governor Tomas Brandt on Monday over
 * the toll road" and "Governor Tomas Brandt's endorsement of the toll road during a speech on
 * Friday" both name Brandt, but only one is about him.
 */
function sameActor(a: DateMention, b: DateMention): boolean {
  if (a.event.subject.size > 0 && b.event.subject.size > 0) return sharesAny(a.event.subject, b.event.subject);
  return sharesAny(a.event.participants, b.event.participants);
}

/**
 * Clauses naming different actors share a word besides those actors: a group's name alone ("St.
 * Paul Dock Union organizer Carl Moody wrote on the union's website" / "St. Paul Dock Union issued
 * its own resolution") does not make an organizer's post his group's resolution. The same actors
 * ("Glenn Beck closed …" / "Glenn Beck … ripped …"), or a clause naming none, need no such word.
 */
function sharesWordBesidesActors(a: DateMention, b: DateMention): boolean {
  const [left, right] = [a.event.participants, b.event.participants];
  if (left.size === 0 || right.size === 0 || (left.size === right.size && [...left].every((actor) => right.has(actor)))) return true;
  return wordBesidesActors(a, b);
}

function wordBesidesActors(a: DateMention, b: DateMention): boolean {
  const actors = new Set([...a.event.participants, ...b.event.participants].map(stemWord));
  for (const word of a.event.words) if (b.event.words.has(word) && !actors.has(word)) return true;
  return false;
}

/**
 * Weekdays of acts done, each as far before its own article as the articles lie apart, in clauses that share
 * nothing besides their actors ("The mayor on Tuesday vetoed the budget" in Wednesday's paper /
 * "The mayor on Wednesday dismissed the council" in Thursday's): each paper tells the actor's latest
 * act, however close its sentence stands to the other's.
 */
function nextDaysAct(a: DateMention, b: DateMention, published: ReadonlyMap<string, string | null>): boolean {
  if (!WEEKDAY.test(a.text) || !WEEKDAY.test(b.text) || a.tense !== 'past' || b.tense !== 'past' || a.event.participants.size === 0 || b.event.participants.size === 0) return false;
  const [publishedA, publishedB] = [parseIsoDate(published.get(a.doc) ?? ''), parseIsoDate(published.get(b.doc) ?? '')];
  const [dayA, dayB] = [dayOf(a), dayOf(b)];
  if (!publishedA || !publishedB || !dayA || !dayB) return false;
  const gap = daysBetween(publishedA, publishedB);
  return gap !== 0 && daysBetween(dayA, dayB) === gap && !wordBesidesActors(a, b);
}

/** One act done and one still to come ("sent an e-mail Saturday" / "will hold a call on Monday"). */
function tensesConflict(a: DateMention, b: DateMention): boolean {
  return a.tense !== b.tense && a.tense !== 'unknown' && b.tense !== 'unknown';
}

/**
 * An act done more than a day (time zones) after the other article appeared, which that article
 * tells as done too: not the same act — a meeting "on Thursday" in Thursday's paper is not the one
 * Sunday's paper reported. (A preview, "followed by the House on Thursday", may be.)
 */
function doneAfterPublished(act: DateMention, other: DateMention, published: ReadonlyMap<string, string | null>): boolean {
  const otherDay = parseIsoDate(published.get(other.doc) ?? '');
  const actDay = dayOf(act);
  return act.tense === 'past' && other.tense === 'past' && otherDay !== null && actDay !== null && daysBetween(otherDay, actDay) > 1;
}

/**
 * Two weekdays of articles published within a week, with a shared actor, much of the event's
 * wording and one tense: without paired sentences, an act done ("sent an e-mail to committee
 * members Saturday") is not taken for one still to come ("a call with committee members on Monday").
 */
function sameWeekEvent(a: DateMention, b: DateMention, published: ReadonlyMap<string, string | null>): boolean {
  if (!WEEKDAY.test(a.text) || !WEEKDAY.test(b.text) || a.tense !== b.tense || !sharesAny(a.event.participants, b.event.participants)) return false;
  const words = a.event.category !== null && a.event.category === b.event.category && RARE_ACTS.has(a.event.category) ? SAME_WEEK_RARE_ACT_WORDS : SAME_WEEK_EVENT_WORDS;
  return publishedWithinAWeek(a, b, published) && jaccard(a.event.words, b.event.words) >= words;
}

/**
 * Two days attached to the same occasion noun ("The Wednesday hearing would have been …" / "at
 * a House hearing Wednesday"; "the June 25 special election" / "an election set for June 26"), in
 * one tense, in articles published within a week: one occasion,
 * unless both name who acts and share no name on either side of the date ("a Senate hearing" / "a
 * House hearing"). A day of a month may lie anywhere in the year, and one story tells of several
 * elections or hearings weeks apart (a primary, a special election, a runoff): such a day is the
 * other's occasion only within a week of it, like two weekdays.
 */
function sameOccasion(a: DateMention, b: DateMention, context: DateContext): boolean {
  if (context.related(a.doc) !== context.related(b.doc)) return false;
  if (a.event.noun === null || a.event.noun !== b.event.noun || tensesConflict(a, b)) return false;
  if (a.event.participants.size > 0 && b.event.participants.size > 0 && !sharesAny(a.event.names, b.event.names)) return false;
  if (!(WEEKDAY.test(a.text) && WEEKDAY.test(b.text)) && !daysWithin(a, b, OCCASION_DAYS_APART)) return false;
  return publishedWithinAWeek(a, b, context.published);
}

function daysWithin(a: DateMention, b: DateMention, days: number): boolean {
  const [dayA, dayB] = [dayOf(a), dayOf(b)];
  return dayA !== null && dayB !== null && Math.abs(daysBetween(dayA, dayB)) <= days;
}

/** The first day a resolved mention dates. */
function dayOf(mention: DateMention): CalendarDay | null {
  return mention.resolution.kind === 'interval' ? parseIsoDate(mention.resolution.start) : null;
}

/**
 * The ledes of two related articles published the same day, telling one subject's act done; or,
 * when one lede describes who acts without a name ("Two mountain states filed the first federal
 * challenge to the river compact on Wednesday, saying that Idaho’s new dams …" / "Montana and
 * Wyoming filed a federal lawsuit Tuesday, claiming that Idaho’s new dams …"), telling the act in
 * much the same words. Two named subjects that differ are two acts, whatever the words.
 */
function sameNews(groupA: readonly DateMention[], groupB: readonly DateMention[], context: DateContext): boolean {
  const a = groupA.find((mention) => context.ledes.has(mention));
  const b = groupB.find((mention) => context.ledes.has(mention));
  if (!a || !b || a.tense !== 'past' || b.tense !== 'past' || context.related(a.doc) !== context.related(b.doc)) return false;
  const described = (a.event.subject.size === 0 || b.event.subject.size === 0) && jaccard(a.event.words, b.event.words) >= SAME_WEEK_EVENT_WORDS;
  if (!described && !sharesAny(a.event.subject, b.event.subject)) return false;
  return publishedWithin(a, b, context.published, LEDE_PUBLICATION_DAYS) && !datesAnotherAct(a, b, context) && !datesAnotherAct(b, a, context);
}

/**
 * Whether the lede `own`'s article itself dates, on `other`'s day (not `own`'s), an act of
 * `other`'s actors told in words closer to `other`'s than `own`'s are: then `own` tells another act
 * ("Governor Tomas Brandt ordered two state prisons closed on Wednesday", whose article adds "a day
 * after Brandt vetoed the transit bill on Tuesday", against another paper's "Governor Tomas Brandt
 * on Tuesday vetoed the transit bill"). In a large corpus about one person the same day's ledes
 * tell many of that person's acts. Only ledes are guarded so: sentences that pair or share the
 * act's words are evidence of their own, and an article that restates its lede's date below (as
 * the bench's changed copies do) would hide a changed weekday from them.
 */
function datesAnotherAct(own: DateMention, other: DateMention, context: DateContext): boolean {
  const [ownDay, otherDay] = [dayOf(own), dayOf(other)];
  if (!ownDay || !otherDay || !isDayDate(own) || !isDayDate(other) || daysBetween(ownDay, otherDay) === 0) return false;
  const ownWords = jaccard(own.event.words, other.event.words);
  return context.mentionsOf(own.doc).some((mention) => {
    const day = dayOf(mention);
    return (
      mention !== own &&
      day !== null &&
      isDayDate(mention) &&
      daysBetween(day, otherDay) === 0 &&
      sharesAny(mention.event.participants, other.event.participants) &&
      jaccard(mention.event.words, other.event.words) > ownWords
    );
  });
}

function publishedWithinAWeek(a: DateMention, b: DateMention, published: ReadonlyMap<string, string | null>): boolean {
  return publishedWithin(a, b, published, SAME_WEEK_PUBLICATION_DAYS);
}

function publishedWithin(a: DateMention, b: DateMention, published: ReadonlyMap<string, string | null>, days: number): boolean {
  const dayA = parseIsoDate(published.get(a.doc) ?? '');
  const dayB = parseIsoDate(published.get(b.doc) ?? '');
  return dayA !== null && dayB !== null && Math.abs(daysBetween(dayA, dayB)) <= days;
}

/** Each document's first date when it is a weekday alone (see LEDE_PUBLICATION_DAYS). */
function ledeWeekdays(mentions: readonly DateMention[]): Set<DateMention> {
  const first = new Map<string, DateMention>();
  for (const mention of mentions) {
    const known = first.get(mention.doc);
    if (!known || mention.start < known.start) first.set(mention.doc, mention);
  }
  return new Set([...first.values()].filter((mention) => WEEKDAY.test(mention.text)));
}

function sharesAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const item of a) if (b.has(item)) return true;
  return false;
}

/** Mentions whose sentence dates something else to the day as well ("this month" around it names a period, not a rival act). */
function crowdedMentions(mentions: readonly DateMention[], counterparts: Counterparts): Set<DateMention> {
  const bySentence = groupBy(mentions.filter(isDayDate), (mention) => `${mention.doc}\u0000${counterparts.sentenceOf(mention)}`);
  const crowded = new Set<DateMention>();
  for (const group of bySentence.values()) {
    if (new Set(group.map((mention) => mention.text.toLowerCase())).size > 1) for (const mention of group) crowded.add(mention);
  }
  return crowded;
}

interface DateContext {
  counterparts: Counterparts;
  /** Equal for documents reporting on the same thing: an occasion's noun joins dates within such a set only. */
  related: (doc: string) => number;
  crowded: ReadonlySet<DateMention>;
  /** Each document's lede weekday (ledeWeekdays). */
  ledes: ReadonlySet<DateMention>;
  published: ReadonlyMap<string, string | null>;
  /** A document's comparable date mentions. */
  mentionsOf: (doc: string) => readonly DateMention[];
}

function dateRules(context: DateContext): ClusterRules<DateMention> {
  const { counterparts, related, ledes, published } = context;
  return {
    signature: (mention) =>
      [mention.text.toLowerCase(), JSON.stringify(mention.resolution), mention.event.category, mention.event.target, [...mention.event.words].sort().join(' ')].join('|'),
    blocks: (mention) => {
      if (isStrong(mention)) return [`event:${mention.event.category}:${mention.event.target}`];
      const category = mention.event.category ?? 'none';
      const keys = counterparts.keysOf(mention).map((key) => `${category}:${key}`);
      // Only a day, a weekday or a day of a month, has an occasion noun (eventAround).
      if (mention.event.noun) keys.push(`occasion:${mention.event.noun}:${related(mention.doc)}`);
      if (WEEKDAY.test(mention.text)) {
        for (const actor of mention.event.participants) keys.push(`${category}:actor:${actor}`);
        if (ledes.has(mention)) {
          for (const actor of mention.event.subject) keys.push(`lede:${related(mention.doc)}:${actor}`);
          // A lede naming no one is compared with every lede of that day (sameNews).
          keys.push(`lede-day:${related(mention.doc)}:${published.get(mention.doc) ?? ''}`);
        }
      }
      return keys;
    },
    linked: (a, b) => sameEvent(a, b, context),
  };
}

function isDayDate(mention: DateMention): boolean {
  return mention.resolution.kind === 'interval' ? mention.resolution.granularity === 'day' : WEEKDAY.test(mention.text);
}

function isResolved(mention: DateMention): mention is ResolvedDate {
  return mention.resolution.kind === 'interval';
}

function isRelative(mention: DateMention): boolean {
  return !/\d{4}/.test(mention.text);
}

/** “001 (“last year”, published 2023-07-13 → 2022)”, one entry per wording and reading, however many sources share it. */
function describe(mentions: ResolvedDate[], published: ReadonlyMap<string, string | null>, join: string): string {
  const readings = groupBy(mentions, (mention) => `${mention.text.toLowerCase()}|${published.get(mention.doc) ?? ''}|${dateValue(mention.resolution)}`);
  return [...readings.values()]
    .map((group) => {
      const [mention] = group as [ResolvedDate];
      const docs = listSources(documentsOf(group));
      if (!isRelative(mention)) return `${docs} (“${mention.text}”)`;
      return `${docs} (“${mention.text}”, published ${published.get(mention.doc) ?? 'undated'} → ${dateWords(mention.resolution)})`;
    })
    .join(join);
}

/** “002 says February 2021”, for sources that wrote the date out. */
function describeStated(mentions: ResolvedDate[], published: ReadonlyMap<string, string | null>): string {
  const relative = mentions.filter(isRelative);
  const stated = groupBy(mentions.filter((mention) => !isRelative(mention)), (mention) => dateValue(mention.resolution));
  const parts = [...stated.values()].map((group) => {
    const docs = documentsOf(group);
    return `${listSources(docs)} ${docs.length > 1 ? 'say' : 'says'} ${dateWords(group[0]!.resolution)}`;
  });
  if (relative.length > 0) parts.push(describe(relative, published, ' and '));
  return parts.join(' and ');
}

function toMention(mention: DateMention): ComparedMention {
  const { resolution } = mention;
  const value = resolution.kind === 'interval' ? dateValue(resolution) : `unresolved: ${resolution.message}`;
  const fact: Fact =
    resolution.kind === 'interval'
      ? { kind: 'date', from: resolution.start, to: resolution.end, granularity: resolution.granularity, approximate: resolution.approximate }
      : { kind: 'unplaced-date', reason: resolution.message };
  return { doc: mention.doc, start: mention.start, end: mention.end, text: mention.text, value, fact };
}

function lengthInDays(mention: ResolvedDate): number {
  return daysBetween(parseIsoDate(mention.resolution.start)!, parseIsoDate(mention.resolution.end)!);
}

/** The least precise agreeing date, which states what they all agree on ("2022"). */
function widest(mentions: ResolvedDate[]): ResolvedDate {
  return mentions.reduce((best, mention) => (lengthInDays(mention) > lengthInDays(best) ? mention : best));
}

/**
 * The same relative wording in two sources ("Monday", "June 25") is one statement: read apart only
 * because the publication dates or the tense cues differ, so it takes one reading (the latest
 * source's) before agreement is tested, and cannot make a disagreement by itself.
 */
function oneReadingPerWording(mentions: ResolvedDate[]): ResolvedDate[] {
  const latest = new Map<string, ResolvedDate>();
  for (const mention of mentions) {
    if (!isRelative(mention)) continue;
    const key = mention.text.toLowerCase();
    const known = latest.get(key);
    if (!known || mention.resolution.start > known.resolution.start) latest.set(key, mention);
  }
  return mentions.map((mention) => (isRelative(mention) ? { ...mention, resolution: latest.get(mention.text.toLowerCase())!.resolution } : mention));
}

function summarise(label: string, resolved: ResolvedDate[], unresolved: DateMention[], published: ReadonlyMap<string, string | null>): { verdict: Finding['verdict']; summary: string } {
  const undated = unresolved.length > 0 ? `; ${listSources(documentsOf(unresolved))} cannot be placed (no publication date)` : '';
  if (!documentsDisagree(oneReadingPerWording(resolved))) {
    const values = new Set(resolved.map((mention) => dateValue(mention.resolution)));
    const list = describe(resolved, published, ', ');
    if (values.size === 1) return { verdict: 'consistent', summary: `${label}: ${list} agree on ${dateWords(resolved[0]!.resolution)}${undated}` };
    // One wording in every source is taken for one statement however differently each source's date and tense place it (oneReadingPerWording).
    if (writtenAlike(resolved.map((mention) => mention.text))) return { verdict: 'variant', summary: `${label}: ${list} write the same words, read from their own publication dates and tenses${undated}` };
    return { verdict: 'variant', summary: `${label}: ${list} are compatible but differently precise${undated}` };
  }
  const { majority, outliers } = splitMajority(resolved);
  const outlierText = describeStated(outliers, published);
  const majorityText = describe(majority, published, ' and ');
  const verb = documentsOf(majority).length > 1 ? 'put' : 'puts';
  return { verdict: 'discrepant', summary: `${label}: ${outlierText}, but ${majorityText} ${verb} it in ${dateWords({ ...widest(majority).resolution, approximate: false })}${undated}` };
}

export function compareDates(mentions: DateMention[], counterparts: Counterparts, published: ReadonlyMap<string, string | null>, related: (doc: string) => number): Finding[] {
  const comparable = mentions.filter((mention) => !mention.quoted && (mention.resolution.kind === 'interval' || mention.resolution.reason === 'undated-document'));
  const findings: Finding[] = [];
  const byDocument = groupBy(comparable, (mention) => mention.doc);
  const mentionsOf = (doc: string): readonly DateMention[] => byDocument.get(doc) ?? [];
  for (const cluster of clusterAcrossDocuments(comparable, dateRules({ counterparts, related, crowded: crowdedMentions(comparable, counterparts), ledes: ledeWeekdays(comparable), published, mentionsOf }))) {
    const resolved = cluster.filter(isResolved);
    if (documentsOf(resolved).length < 2) continue;
    const unresolved = cluster.filter((mention) => !isResolved(mention));
    const named = cluster.find((mention) => mention.event.category === 'invasion') ?? cluster.find(isStrong);
    const label = named?.event.label ?? cluster[0]!.event.label;
    const { verdict, summary } = summarise(label, resolved, unresolved, published);
    const reason = named ? 'named-event' : counterparts.reasonFor(cluster);
    findings.push(makeFinding({ kind: 'date', verdict, subject: label, reason, summary }, cluster.map(toMention)));
  }
  return findings;
}
