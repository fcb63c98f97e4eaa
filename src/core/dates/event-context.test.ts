import { describe, expect, it } from 'vitest';
import { eventAround } from './event-context';

function eventOf(sentence: string, expression: string) {
  const start = sentence.indexOf(expression);
  return eventAround(sentence, start, start + expression.length);
}

describe('eventAround', () => {
  it('recognises three phrasings of the invasion of Ukraine as one event', () => {
    const phrasings = [
      eventOf('Beijing faced criticism for not condemning Moscow’s invasion of Ukraine in February 2021.', 'February 2021'),
      eventOf('The allies’ contacts grow closer after Moscow’s invasion of Ukraine last year.', 'last year'),
      eventOf('He is the highest-level official to visit Moscow since Russia launched its full-scale military assault on Ukraine a year ago.', 'a year ago'),
    ];
    for (const event of phrasings) {
      expect(event).toMatchObject({ category: 'invasion', target: 'ukraine', label: 'Invasion of Ukraine' });
    }
  });

  it('keeps the anniversary of a war apart from the war', () => {
    const event = eventOf('Wang’s visit to Moscow just ahead of Friday’s first anniversary of the war in Ukraine drew attention.', 'Friday');
    expect(event).toMatchObject({ category: 'anniversary', target: 'ukraine' });
  });

  it('tells a resignation from the apology that came before it, whichever side of the date the verb stands', () => {
    expect(eventOf('A young aide to the mayor resigned Monday after her post about the parade.', 'Monday').category).toBe('resignation');
    expect(eventOf('The mayor’s aide on Friday apologized for a post about the parade.', 'Friday').category).toBe('apology');
    expect(eventOf('The aide had to apologise Saturday for the post.', 'Saturday').category).toBe('apology');
    expect(eventOf('Two weeks later the chairman stepped down Tuesday.', 'Tuesday').category).toBe('resignation');
  });

  it('dates the act whose verb stands before the date, not the statement after it, whether the verb ends in -ed or not', () => {
    expect(eventOf('Director Lena Okafor was fired Friday, the department said.', 'Friday').category).toBeNull();
    expect(eventOf('A fire at the Harlow flour mill broke out on June 3, the fire chief said.', 'June 3').category).toBeNull();
    expect(eventOf('The Wexford Rovers won on Sunday, the league said.', 'Sunday').category).toBeNull();
  });

  it('reads the act after a date that opens its sentence, though another date follows in the sentence', () => {
    const sentence = 'Earlier Friday, Commissioner Nadia Ostrowski revealed her plan for the harbor, which she first floated in July.';
    const start = sentence.indexOf('Friday');
    // The reader bounds each date's clause by the next date ("July"): the comma after "Friday" closes the opening phrase, not the clause.
    const event = eventAround(sentence, start, start + 'Friday'.length, { from: 0, to: sentence.indexOf('July') });
    expect([...event.words]).toEqual(expect.arrayContaining(['reveal', 'plan']));
  });

  it('dates the clause’s own act, however far before the date its verb stands, when a statement after the date only tells where it was done', () => {
    const celebrated = 'Harbor commissioner Nadia Ostrowski celebrated her narrow win over the longtime incumbent for the Democratic nomination on Tuesday night in a radio interview with a local station.';
    expect(eventOf(celebrated, 'Tuesday night').category).toBeNull();
    // Another act after the date is done that day: the meeting is dated too.
    expect(eventOf('Commissioner Nadia Ostrowski arrived in Port Adair on Wednesday, meeting with dock workers and union officials.', 'Wednesday').category).toBe('meeting');
    // An -ed word after an article is an adjective, not the clause's act.
    expect(eventOf('The embattled harbor commissioner of the eastern district on Friday gave an interview to a local station.', 'Friday').category).toBe('statement');
  });

  it('reads a statement named as a noun, a denial and a silence broken as a statement', () => {
    expect(eventOf('Brandt’s statement on Friday that he was withdrawing surprised his allies.', 'Friday').category).toBe('statement');
    expect(eventOf('In an interview on Monday, the mayor defended the plan.', 'Monday').category).toBe('statement');
    expect(eventOf('The mayor denied on Tuesday that she had read the audit.', 'Tuesday').category).toBe('statement');
    expect(eventOf('The mayor broke her silence Monday about the audit.', 'Monday').category).toBe('statement');
  });

  it('reads the occasion a date is attached to by its noun, before or after the date', () => {
    expect(eventOf('The Thursday hearing was his first public appearance.', 'Thursday').noun).toBe('hearing');
    expect(eventOf('He declined to answer questions at a council hearing on Tuesday.', 'Tuesday').noun).toBe('hearing');
    expect(eventOf('Separate from Friday’s document release, the agency reviewed its files.', 'Friday').noun).toBe('release');
    expect(eventOf('She criticised the council in a Wednesday Facebook post.', 'Wednesday').noun).toBe('post');
    expect(eventOf('Posting on Facebook on Monday evening, she wrote that the council had failed.', 'Monday').noun).toBe('post');
    expect(eventOf('Lawyers argued in court Friday that the code was ignored.', 'Friday').noun).toBe('court');
    expect(eventOf('The tenants’ union passed a resolution Tuesday urging a delay.', 'Tuesday').noun).toBe('resolution');
    expect(eventOf('The winner will be the favourite in the March 12 special general election.', 'March 12').noun).toBe('election');
    expect(eventOf('Voters choose a successor in a special election set for March 14.', 'March 14').noun).toBe('election');
    expect(eventOf('The hearing scheduled for Sept. 9, 2013 was put off.', 'Sept. 9, 2013').noun).toBe('hearing');
  });

  it('reads no occasion from a court that acts, a capitalised name or a date told of something else', () => {
    expect(eventOf('The appeals court on Monday ruled that the contracts were valid.', 'Monday').noun).toBeNull();
    expect(eventOf('The Supreme Court on Monday agreed to hear the case.', 'Monday').noun).toBeNull();
    expect(eventOf('The senator said Tuesday the vote would be delayed.', 'Tuesday').noun).toBeNull();
    expect(eventOf('The council met Tuesday to discuss the hearing schedule.', 'Tuesday').noun).toBeNull();
  });

  it('reads who acts from names, not from stop words, a sentence-first adverb or a word of a quote', () => {
    expect([...eventOf('PORTLAND — The Harbor Commission official denied on Wednesday that she had misled the board.', 'Wednesday').participants]).toEqual(['portland', 'harbor', 'commission']);
    expect([...eventOf('However, there is little time left before Thursday’s caucus election.', 'Thursday').participants]).toEqual([]);
    expect([...eventOf('“If the fee stays, I will not sign,” Mayor Ruiz said Monday.', 'Monday').participants]).toEqual(['mayor', 'ruiz']);
  });

  it('reads no one from a number word that counts who acts', () => {
    const event = eventOf('HELENA — Two mountain states filed the first federal challenge to the compact on Wednesday.', 'Wednesday');
    expect([...event.subject]).toEqual([]);
    expect([...event.participants]).toEqual(['helena']);
  });

  it('reads whom a clause is about from its first run of names, past a dateline and a group before a title', () => {
    const subject = (sentence: string, expression: string) => [...eventOf(sentence, expression).subject];
    expect(subject('PORTLAND — Representative Anna D. Ferris on Tuesday withdrew the bill.', 'Tuesday')).toEqual(['representative', 'anna', 'ferris']);
    expect(subject('Senate leader Ida Moreau broke with Governor Tomas Brandt on Monday.', 'Monday')).toEqual(['ida', 'moreau']);
    expect(subject('Harbor Workers Union organizer Carl Moody wrote on Friday that the talks had failed.', 'Friday')).toEqual(['carl', 'moody']);
    expect(subject('The Harbor Commission fined Marlow Freight on Friday.', 'Friday')).toEqual(['harbor', 'commission']);
    expect(subject('Several members said on Friday that the vote was rushed.', 'Friday')).toEqual([]);
    expect(subject('In addition to Dunmore residents, Holt spent Wednesday meeting with officials.', 'Wednesday')).toEqual(['holt']);
    expect(subject('The State House vote is "not fixing one bridge," Governor Marta Lindqvist said Thursday in a speech.', 'Thursday')).toEqual(['governor', 'marta', 'lindqvist']);
    expect(subject('Councilman Rafael Ostrow, in an interview with Harbor Radio, said Wednesday he was certain.', 'Wednesday')).toEqual(['councilman', 'rafael', 'ostrow']);
  });

  it('reads no one from a phrase in -ing that opens the sentence, and the subject after it, also for a date inside the phrase', () => {
    const event = (sentence: string, expression: string) => {
      const { participants, subject } = eventOf(sentence, expression);
      return { participants: [...participants], subject: [...subject] };
    };
    expect(event('Speaking on Channel 4 on Sunday, Senator Ada Quill said the deal was dead.', 'Sunday')).toEqual({ participants: ['channel'], subject: ['senator', 'ada', 'quill'] });
    expect(event('According to the Harbor Board, Mayor Luis Ruiz signed the lease on Monday.', 'Monday').subject).toEqual(['mayor', 'luis', 'ruiz']);
    expect(event('Opening the session of the Assembly — in which every Harbor bill must name its funds — members of the Senate began to read on Thursday.', 'Thursday').subject).toEqual(['senate']);
    expect(event('During his remarks, the governor thanked Mayor Ruiz on Friday.', 'Friday').participants).toEqual(['mayor', 'ruiz']);
    expect(event('Manning said on Friday that the port would reopen.', 'Friday').subject).toEqual(['manning']);
  });

  it('labels other events by the words around the date', () => {
    const event = eventOf('Lavrov said a March meeting between President Vladimir Putin and Xi Jinping helped.', 'March');
    expect(event.category).toBe('meeting');
    expect(event.label).toBe('“Lavrov said a March meeting between President Vladimir”');
    expect(event.words.has('putin') || event.words.has('vladimir')).toBe(true);
  });
});
