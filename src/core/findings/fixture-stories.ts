// Made-up stories, each told by two or three outlets in their own words, one per failure class
// findings met on real reporting (issue 11). All sentences are ours. Each story names the
// discrepant findings it must give (by kind and the texts of mentions they must hold) and the
// findings it must not give; bench/findings-fixtures.ts scores precision and recall on them.
import type { FindingKind, FindingVerdict } from '../model/analysis';
import type { AnalysisDocument } from '../model/document';

export interface ExpectedFinding {
  kind: FindingKind;
  verdict: FindingVerdict;
  /** Texts that must each be some mention's text (or inside it). */
  texts: string[];
  /** Documents the finding must cite, each with some mention: every source that states the fact. */
  sources?: string[];
}

export interface FixtureStory {
  name: string;
  docs: AnalysisDocument[];
  expected: ExpectedFinding[];
  /** Findings that must not appear with any verdict: facts of different slots. */
  absent: Array<{ kind: FindingKind; texts: string[] }>;
}

const doc = (id: string, published: string | null, ...sentences: string[]): AnalysisDocument => ({ id, title: id, published, text: sentences.join('\n\n') });

export const FIXTURE_STORIES: FixtureStory[] = [
  {
    name: 'different events: a resignation and a lawsuit, a nomination and a lost primary',
    docs: [
      doc('a', '2014-03-08', 'Representative Dana Morrow resigned from Congress on Friday after weeks of pressure from party leaders.', 'Morrow, the 2008 vice presidential nominee, had served eight terms.'),
      doc('b', '2014-03-08', 'Morrow left the House on Friday, his office said.', 'A lawsuit accusing Morrow of misusing staff was filed in 2011 and is still pending.', 'Morrow lost the Democratic primary for governor in 2010.'),
    ],
    expected: [],
    absent: [{ kind: 'date', texts: ['2011'] }, { kind: 'date', texts: ['2010'] }, { kind: 'date', texts: ['2008'] }],
  },
  {
    name: 'different events: the date of a statement and the date of the firing it reports',
    docs: [
      doc('a', '2013-10-08', 'Agency director Lena Okafor was fired Friday, the department said in a statement Monday.', '"I handed in my badge yesterday," Okafor told reporters.'),
      doc('b', '2013-10-08', 'The department said in a statement Monday that agency director Lena Okafor had been fired.', 'Okafor told reporters on Tuesday that she handed in her badge.'),
    ],
    expected: [],
    absent: [{ kind: 'date', texts: ['Friday'] }, { kind: 'date', texts: ['yesterday'] }],
  },
  {
    name: 'different amounts of different things',
    docs: [
      doc('a', '2013-02-20', 'Prosecutors said Whitcombe spent $750,000 in campaign cash on personal items, including furs and a watch.', 'The plan takes $600 million from the forfeiture fund and $2.5 billion from counternarcotics programs to pay for the fence.', 'Tamsin Reyes holds the No. 3 position in the Senate leadership.'),
      doc('b', '2013-02-20', 'Prosecutors said Whitcombe spent campaign cash on personal items, including a $43,000 Rolex watch.', 'The plan would pay for the fence with $2.5 billion from counternarcotics programs.', 'Gideon Marsh holds the No. 2 position in the Senate leadership.'),
    ],
    expected: [],
    absent: [{ kind: 'number', texts: ['$750,000'] }, { kind: 'number', texts: ['$600 million'] }, { kind: 'number', texts: ['No. 3'] }],
  },
  {
    name: 'identifiers are not quantities',
    docs: [
      doc('a', '2014-03-20', 'Search teams looking for Flight 370 widened their area near Route 66 markers, citing Article 5 of the treaty.'),
      doc('b', '2014-03-20', 'Search teams looking for Flight 371 widened their area near Route 67 markers, citing Article 6 of the treaty.'),
    ],
    expected: [],
    absent: [{ kind: 'number', texts: ['370'] }, { kind: 'number', texts: ['66'] }, { kind: 'number', texts: ['5'] }],
  },
  {
    name: 'scheduled and previewed dates resolve forward',
    docs: [
      doc('a', '2013-02-18', 'Judge Anna Petrakis is scheduled to sentence Whitcombe on June 28.', 'The Senate approved the measure last week, followed by the House on Thursday.'),
      doc('b', '2013-02-22', 'Whitcombe will be sentenced on June 28, the court said.', 'The House approved the measure on Thursday.'),
    ],
    expected: [
      { kind: 'date', verdict: 'consistent', texts: ['June 28'] },
      { kind: 'date', verdict: 'consistent', texts: ['Thursday'] },
    ],
    absent: [],
  },
  {
    name: 'a preview’s weekday stays ahead past an adjective, an adverb or "as soon as"',
    docs: [
      doc('a', '2013-04-01', 'Governor Rosa Feld will tour the flooded orchards of Dunmore County on Wednesday.', 'The ban on night fishing will likely be tested in court as soon as Friday.'),
      doc('b', '2013-04-06', 'Governor Rosa Feld toured the flooded orchards of Dunmore County on Wednesday.', 'Anglers tested the ban on night fishing in court on Friday.'),
    ],
    expected: [
      { kind: 'date', verdict: 'consistent', texts: ['Wednesday'] },
      { kind: 'date', verdict: 'consistent', texts: ['Friday'] },
    ],
    absent: [],
  },
  {
    name: 'one actor’s acts on consecutive days, each its paper’s news, are two events',
    docs: [
      doc('a', '2013-05-08', 'Mayor Ines Calder on Tuesday vetoed the city budget, saying it spent too much on roads.'),
      doc('b', '2013-05-09', 'Mayor Ines Calder on Wednesday dismissed the planning council, a day after her veto.'),
    ],
    expected: [],
    absent: [{ kind: 'date', texts: ['Tuesday', 'Wednesday'] }],
  },
  {
    name: 'named events are names, not dates; a number before a date phrase is a count',
    docs: [
      doc('a', '2011-09-12', 'Fifteen of the 19 Sept. 11 hijackers were Saudi citizens, the report on 9/11 found.', 'Veterans of D-Day gathered in Normandy.'),
      doc('b', '2011-09-12', 'Of the 19 hijackers on 9/11, fifteen were Saudi nationals, according to the commission.', 'The Sept. 11 attacks killed nearly 3,000 people.'),
    ],
    expected: [],
    absent: [{ kind: 'date', texts: ['Sept. 11'] }, { kind: 'date', texts: ['9/11'] }, { kind: 'number', texts: ['19'] }],
  },
  {
    name: 'a publication date a day off does not move a weekday a week',
    docs: [
      doc('a', '2010-11-18', 'The inspector general released a report Friday morning faulting the agency.'),
      doc('b', '2010-11-19', 'The inspector general released a report on Friday faulting the agency.'),
    ],
    expected: [{ kind: 'date', verdict: 'consistent', texts: ['Friday'] }],
    absent: [],
  },
  {
    name: 'a quote is its speaker’s, not the name beside it',
    docs: [
      doc('a', '2014-02-10', 'Attorney General Ray Suthers said the suit is "without merit and should be thrown out" and will fight it.'),
      doc('b', '2014-02-10', 'Mason Tvert, the campaign director, said he agrees with Suthers\' opinion that the suit is "without merit and should be thrown out."'),
    ],
    expected: [],
    absent: [],
  },
  {
    name: 'name noise: first names, surnames and common words are not variants',
    docs: [
      doc('a', '2013-05-02', 'Senate Minority Leader Mitch McConnell met party donors.', 'McConnell said the bill would fail.', 'Truth be told, Marking the anniversary, Martin Luther spoke.'),
      doc('b', '2013-05-02', 'McConnell met donors in Louisville.', 'Mitch said the bill would fail.', 'Luther spoke at the anniversary.'),
    ],
    expected: [],
    absent: [{ kind: 'name', texts: ['Mitch'] }, { kind: 'name', texts: ['Truth'] }, { kind: 'name', texts: ['Marking'] }],
  },
  {
    name: 'name noise: the name of an organisation is no person, and its words alone do not refer to it',
    docs: [
      doc('a', '2012-02-20', '"We owe every family the truth," Governor Lena Vasquez told the Ohio Baptist Alliance meeting on Saturday.', 'Vasquez, a Baptist, grew up on a farm.'),
      doc('b', '2012-02-20', 'On Saturday Governor Lena Vasquez told a church meeting that every family is owed the truth.', 'Vasquez said she has been a Baptist all her life.'),
      doc('c', '2012-02-20', 'Governor Lena Vasquez spoke to a church meeting in Columbus, Ohio, on Saturday, saying every family is owed the truth.'),
    ],
    expected: [],
    absent: [{ kind: 'name', texts: ['Ohio'] }, { kind: 'name', texts: ['Baptist'] }],
  },
  {
    name: 'real name variants: a misspelt surname, a nickname',
    docs: [
      doc('a', '2013-05-02', 'Party chairman Reince Priebus said the rules would change.', 'Senator Chuck Schumer of New York opposed the plan.'),
      doc('b', '2013-05-02', 'Party chairman Reince Preibus said the rules would change.', 'Senator Charles Schumer of New York opposed the plan.'),
    ],
    expected: [
      { kind: 'name', verdict: 'variant', texts: ['Priebus', 'Preibus'] },
      { kind: 'name', verdict: 'variant', texts: ['Chuck Schumer', 'Charles Schumer'] },
    ],
    absent: [],
  },
  {
    name: 'a surname misspelt in one outlet: short, beside a nickname, or where the others use it alone',
    docs: [
      doc('a', '2013-05-02', 'Senate leader Harry Reid said the vote would wait.', 'The commentator Bill Kristol called for a new chairman.', 'Mayor Dana Whitlock signed the order.', 'Republican Pat Toomey backed the plan.', 'Former president Bill Clinton spoke first.'),
      doc('b', '2013-05-02', 'Senate leader Harry Riid said the vote would wait.', 'The commentator William Krestol called for a new chairman.', 'Whitlok said more orders would follow.', 'Toomey, a Republican, backed the plan.', 'The Clintons attended the dinner.'),
    ],
    expected: [
      { kind: 'name', verdict: 'variant', texts: ['Harry Reid', 'Harry Riid'] },
      { kind: 'name', verdict: 'variant', texts: ['Bill Kristol', 'William Krestol'] },
      { kind: 'name', verdict: 'variant', texts: ['Whitlock', 'Whitlok'] },
    ],
    absent: [{ kind: 'name', texts: ['Republican'] }, { kind: 'name', texts: ['Clintons'] }],
  },
  {
    name: 'real disagreements: figures, a rounding, a weekday',
    docs: [
      doc('a', '2012-05-17', 'Whitcombe bought a gold Rolex watch for $43,350 with campaign funds, prosecutors said.', 'The retreat in Aspen cost the campaign $5,687.75, according to the filing.', 'The committee voted 12 to 9 on Wednesday to approve the Whitcombe measure.'),
      doc('b', '2012-05-15', 'Whitcombe used campaign funds for a Rolex watch worth about $43,000, according to prosecutors.', 'According to the filing, the campaign paid $5,587.75 for the Aspen retreat.', 'The committee will vote Thursday on the Whitcombe measure.'),
    ],
    expected: [
      { kind: 'number', verdict: 'variant', texts: ['$43,350', '$43,000'] },
      { kind: 'number', verdict: 'discrepant', texts: ['$5,687.75', '$5,587.75'] },
      { kind: 'date', verdict: 'discrepant', texts: ['Wednesday', 'Thursday'] },
    ],
    absent: [],
  },
  {
    name: 'a changed fact is the one term two reworded sentences shared: a figure, a weekday, two equally precise round figures',
    docs: [
      doc('a', '2013-02-21', 'Delgado pleaded guilty to charges that he spent $760,000 in campaign cash on furs, watches and personal items.', 'The coalition of tenant groups held its first rally outside City Hall on Tuesday to demand rent limits.', 'Organisers counted 30 districts where no tenant union exists yet.'),
      doc('b', '2013-02-21', 'Prosecutors said Delgado used $750,000 of campaign money on personal items including furs and watches.', 'Tenant groups in the coalition rallied outside City Hall for the first time on Saturday, demanding rent limits.', 'There are 32 districts where no tenant union exists yet, organisers said.'),
    ],
    expected: [
      { kind: 'number', verdict: 'discrepant', texts: ['$760,000', '$750,000'] },
      { kind: 'date', verdict: 'discrepant', texts: ['Tuesday', 'Saturday'] },
      { kind: 'number', verdict: 'discrepant', texts: ['30 districts', '32 districts'] },
    ],
    absent: [],
  },
  {
    name: 'a figure or a weekday in sentences worded too far apart to pair: the clause around the fact decides',
    docs: [
      doc('a', '2014-06-11', 'Ortega, who had been expected to win easily, was beaten Tuesday night by a retired schoolteacher in the district primary.', 'Court papers filed by the defence describe how the mayor spent $758,000 from the campaign account on personal items over six years.', 'Among the purchases were a $41,000 diamond bracelet, $9,400 of garden furniture and a $3,900 holiday at a ski resort.'),
      doc('b', '2014-06-11', 'Mayor Luis Ortega was soundly defeated on Saturday by a retired schoolteacher in the district primary, one of the biggest upsets in state history.', 'Prosecutors say the mayor drew $750,000 from the campaign account for personal items, among them a bracelet worth $41,000.', 'His wife, who kept the books, pleaded guilty last month to a separate tax charge involving $700,000 in undeclared income.'),
    ],
    expected: [
      { kind: 'date', verdict: 'discrepant', texts: ['Tuesday', 'Saturday'] },
      { kind: 'number', verdict: 'discrepant', texts: ['$758,000', '$750,000'] },
    ],
    absent: [{ kind: 'number', texts: ['$9,400'] }, { kind: 'number', texts: ['$3,900'] }, { kind: 'number', texts: ['$700,000'] }],
  },
  {
    name: 'one quote with curly and straight apostrophes is worded the same',
    docs: [
      doc('a', '2012-05-10', 'Senator Ada Koss said: "We don\'t have the votes, and we won\'t pretend we do."'),
      doc('b', '2012-05-10', 'Senator Ada Koss said: “We don’t have the votes, and we won’t pretend we do.”'),
    ],
    expected: [{ kind: 'quote', verdict: 'consistent', texts: ['don\'t have the votes', 'don’t have the votes'] }],
    absent: [],
  },
  {
    name: 'surnames written otherwise: a given name that is a month, a middle name left out, Jr., a surname heading a run',
    docs: [
      doc('a', '2014-02-26', 'Governor Jan Pettigrew will veto the bill, her aides said on Wednesday.', 'The president will nominate Acting Director Todd Lassard to lead the bureau.', 'Director of National Intelligence Walter Brannock issued a statement late Thursday.', 'Culpepper said Barack Obema had lost touch with the country.', 'Obama has not replied.'),
      doc('b', '2014-02-26', 'Jan Pettigrow announced on Wednesday that she would veto the bill.', 'The president will nominate Byron Todd Lessard, the acting director of the bureau.', 'Lessard has led the bureau since 2011.', 'Walter R. Brannick Jr., the director of national intelligence, conceded that the program existed.', 'Brannick called the leak harmful.', 'Obama dismissed the criticism on Tuesday, and Obama Cabinet members were briefed.'),
    ],
    expected: [
      { kind: 'name', verdict: 'variant', texts: ['Jan Pettigrew', 'Jan Pettigrow'] },
      { kind: 'name', verdict: 'variant', texts: ['Todd Lassard', 'Byron Todd Lessard'] },
      { kind: 'name', verdict: 'variant', texts: ['Walter Brannock', 'Brannick'] },
      { kind: 'name', verdict: 'variant', texts: ['Barack Obema', 'Obama'] },
    ],
    absent: [{ kind: 'name', texts: ['Brannick Jr'] }],
  },
  {
    name: 'a weekday in a sentence dating several things, or not paired: the same actor and much of the event’s wording decide',
    docs: [
      doc('a', '2011-12-13', 'Rosa Quint announced Tuesday that she is pulling out of her own forum.', 'The forum was meant to give voters in the northern valley towns a look at the contenders before the caucus in January.', 'The city council adopted a resolution Tuesday condemning the tower plan downtown.'),
      doc('b', '2011-12-14', 'Television personality Rosa Quint has announced Friday that she is bowing out as the moderator of a candidates debate later this month, after most of the field opted not to attend.', 'Mayor Ruiz defended the tower plan downtown on Monday, when the resolution was first proposed.'),
    ],
    expected: [{ kind: 'date', verdict: 'discrepant', texts: ['Tuesday', 'Friday'] }],
    absent: [{ kind: 'date', texts: ['Monday'] }],
  },
  {
    name: 'figures of one thing in other words: shares by candidate, ages by person, ranges, a rounding too close to be one',
    docs: [
      doc('a', '2014-05-06', 'Senator Marla Quist leads the field with 24 percent of likely voters, ahead of Dean Forsyth at 15 percent.', 'Priya Natarajan, 52, announced her candidacy on Monday.', 'The plan calls for a 30-45 hour training course for every volunteer.', 'Ruiz represents a district that is roughly 38 percent Latino.'),
      doc('b', '2014-05-06', 'A new poll puts Dean Forsyth in second place at 18 percent (Marla Quist leads the field at 24 percent).', 'Natarajan, who is 54, said she would run for the open seat.', 'Volunteers would take a 30- to 40-hour training course under the plan.', 'Ruiz represents a district that is 35 percent Latino, census figures show.'),
    ],
    expected: [
      { kind: 'number', verdict: 'discrepant', texts: ['15 percent', '18 percent'] },
      { kind: 'number', verdict: 'discrepant', texts: ['52', '54'] },
      { kind: 'number', verdict: 'discrepant', texts: ['45 hour', '40-hour'] },
      { kind: 'number', verdict: 'discrepant', texts: ['38 percent', '35 percent'] },
    ],
    absent: [{ kind: 'number', texts: ['24 percent', '18 percent'] }, { kind: 'number', texts: ['24 percent', '15 percent'] }],
  },
  {
    name: 'one fact in clauses worded apart: close figures sharing words few figures are told with',
    docs: [
      doc('a', '2012-06-05', 'Treasurer Helen Marsh presented the pension plan to the county board on Monday.', 'Under the proposal, the county pension trust would remain solvent for the next 68 years, the actuaries wrote in their review.', 'Backers pointed out that 19 provinces have enacted cannabis laws for medical use and that none has been struck down.', 'The county employs 2,300 people and runs 41 clinics.'),
      doc('b', '2012-06-05', 'On Monday, Treasurer Helen Marsh put her pension plan before the county board.', '"Those two changes would keep our pension system solvent for 64 years with hardly any pain," the treasurer told a radio host on Thursday.', 'So far 17 provinces and one territory have legalized cannabis for medical patients.', 'Its 44 libraries lend more books than any other system in the region.'),
    ],
    expected: [
      { kind: 'number', verdict: 'discrepant', texts: ['68 years', '64 years'] },
      { kind: 'number', verdict: 'discrepant', texts: ['19 provinces', '17 provinces'] },
    ],
    absent: [{ kind: 'number', texts: ['41 clinics'] }, { kind: 'number', texts: ['44 libraries'] }],
  },
  {
    name: 'an election still to come, dated "next Thursday" in one outlet and "on Tuesday" after "were hoping that" in another',
    docs: [
      doc('a', '2014-06-13', 'However, there is little time left to organise before next Thursday’s caucus election, and such contests are usually settled by old loyalties.', 'Council leader Imogen Tate, who has led the chamber since 2009, said she would not run again.'),
      doc('b', '2014-06-14', 'Several newer councillors were hoping that the council leadership elections on Tuesday would give them a voice at City Hall.', 'Imogen Tate, the council leader since 2009, will not seek another term.'),
    ],
    expected: [{ kind: 'date', verdict: 'discrepant', texts: ['next Thursday', 'Tuesday'] }],
    absent: [],
  },
  {
    name: 'an act one actor rarely does twice in a week, told in few shared words: a refusal to step down',
    docs: [
      doc('a', '2012-08-22', 'Ortiz, however, kept up her refusal to step down Tuesday in a later interview on a Tulsa radio show.', 'The mayor has led the city since 2006.'),
      doc('b', '2012-08-22', 'Mayor Ortiz on Monday refused to step down from the race despite loud calls from the party’s elders to quit.', 'Ortiz, the city’s mayor since 2006, faces a recall vote in the fall.'),
    ],
    expected: [{ kind: 'date', verdict: 'discrepant', texts: ['Tuesday', 'Monday'] }],
    absent: [],
  },
  {
    name: 'an age limit written two ways: "anyone 19 or older" / "adults over 18"',
    docs: [
      doc('a', '2013-07-03', 'The city council voted on Tuesday to let vendors sell fireworks at licensed stands.', 'Under the new ordinance, anyone 19 or older may buy fireworks at licensed stands.'),
      doc('b', '2013-07-03', 'On Tuesday the city council voted to allow fireworks sales at licensed stands.', 'The ordinance lets adults over 18 buy fireworks from licensed stands.'),
    ],
    expected: [{ kind: 'number', verdict: 'discrepant', texts: ['19 or older', '18'] }],
    absent: [],
  },
  {
    name: 'one group under other nouns in sentences that do not pair; a finer estimate rounds to the rougher or disagrees',
    docs: [
      doc('a', '2012-04-26', 'Governor Alan Brice defended his budget in Dunmore on Wednesday.', 'A group of nearly 130 professors and administrators tied to the Marist college in Dunmore has sent Brice a letter faulting his spending plan.', 'The union said about 60 janitors walked off the job.'),
      doc('b', '2012-04-26', 'On Wednesday Governor Alan Brice defended his budget in Dunmore.', 'Joining a chorus of clergy and union leaders, nearly 136 Dunmore College faculty and administrators have rebuked Brice over cuts to student aid.', 'About 62 janitors walked off the job, the union said.'),
    ],
    expected: [{ kind: 'number', verdict: 'discrepant', texts: ['130 professors', '136 Dunmore College faculty'] }],
    absent: [],
  },
  {
    name: 'a sum named in full and in short: "the full $318 billion package" / "the $312 billion transport package"; "worth" names nothing',
    docs: [
      doc('a', '2011-10-14', 'Senate leader Carla Dunne scheduled the vote for Thursday.', 'Democrats could not muster the votes for either the full $318 billion package or a $22 billion piece for bridges.', 'Aides said the senator spent $8,412.50 worth of campaign cash on furniture.'),
      doc('b', '2011-10-14', 'Carla Dunne, the Senate leader, scheduled Thursday for the vote.', 'Attention turns to the bridge money after the $312 billion transport package failed when offered as a whole.', 'Records show $9,377.20 worth of television sets bought by the campaign.'),
    ],
    expected: [{ kind: 'number', verdict: 'discrepant', texts: ['$318 billion', '$312 billion'] }],
    absent: [{ kind: 'number', texts: ['$8,412.50', '$9,377.20'] }],
  },
  {
    name: 'figures of different things side by side: a package and a piece of it, arrests on two nights',
    docs: [
      doc('a', '2011-10-21', 'Senators blocked both the full $512 billion package and a $41 billion piece for road repairs.', 'Police chief Omar Haddad said there were five arrests Thursday, compared to 38 the night before.'),
      doc('b', '2011-10-21', 'The $512 billion jobs package failed in the Senate on Thursday.', 'Police made 38 arrests overnight, the chief said.'),
    ],
    expected: [],
    absent: [{ kind: 'number', texts: ['$41 billion'] }, { kind: 'number', texts: ['five arrests'] }],
  },
  {
    name: 'one group of people counted under other nouns in counterpart sentences; other groups in one sentence stay apart',
    docs: [
      doc('a', '2013-09-12', 'The trustees received a letter signed by nearly 140 Harwick College faculty and staff urging them to divest from coal.', 'The union said at least 412 nurses who work as ward supervisors had joined the strike by Friday.', 'Police said 14 officers were hurt outside the parliament and 230 protesters were detained.'),
      doc('b', '2013-09-12', 'A letter signed by nearly 170 professors and staff at Harwick College urges the trustees to divest from coal.', 'By Friday at least 421 ward supervisors had joined the strike, according to the union.', 'Outside the parliament, 230 demonstrators were detained, police said.'),
    ],
    expected: [
      { kind: 'number', verdict: 'discrepant', texts: ['140 Harwick College faculty', '170 professors'] },
      { kind: 'number', verdict: 'discrepant', texts: ['412 nurses', '421 ward supervisors'] },
    ],
    absent: [{ kind: 'number', texts: ['14 officers'] }],
  },
  {
    name: 'people counted as "people" by one outlet and under their own noun by another',
    docs: [
      doc('a', '2015-05-06', 'The ferry Marisol capsized near Calder Point on Tuesday with 412 people aboard, the coast guard said.', 'Rescue crews pulled survivors from the water through the night.'),
      doc('b', '2015-05-06', 'The Marisol, carrying 421 passengers, overturned off Calder Point on Tuesday, according to the coast guard.', 'Helicopters searched the area until dawn.'),
    ],
    expected: [{ kind: 'number', verdict: 'discrepant', texts: ['412 people', '421 passengers'] }],
    absent: [],
  },
  {
    name: 'everyone aboard counted as "people" against a count of only some of them',
    docs: [
      doc('a', '2015-05-06', 'The ferry Marisol capsized near Calder Point on Tuesday with 412 people aboard, the coast guard said.'),
      doc('b', '2015-05-06', 'The Marisol, carrying 380 passengers and 32 crew members, overturned off Calder Point on Tuesday, according to the coast guard.'),
    ],
    expected: [],
    absent: [{ kind: 'number', texts: ['412 people'] }],
  },
  {
    name: 'counts of different groups of people: other nouns with none in common, or a part of the group counted',
    docs: [
      doc('a', '2012-04-26', 'Over a dozen Jesuit priests at Carrow University signed the letter to Governor Tom Ellis on Tuesday.', 'At least 14 nurses walked out of the county hospital, the union said.'),
      doc('b', '2012-04-26', 'Nearly 90 professors and administrators at Carrow University signed the letter to Governor Tom Ellis on Tuesday.', 'At least 41 nurses and doctors walked out of the county hospital, the union said.'),
      doc('c', '2012-04-26', 'The letter to Governor Tom Ellis was signed on Tuesday by nearly 90 faculty members and priests at Carrow University.'),
    ],
    expected: [],
    absent: [{ kind: 'number', texts: ['dozen Jesuit priests'] }, { kind: 'number', texts: ['14 nurses'] }],
  },
  {
    name: 'people counted under a party’s name or as members of it, and a count of what a possessive names: "27 of our members"',
    docs: [
      doc('a', '2013-02-12', 'On Monday Senator Ruth Calder received a letter signed by all 38 Senate Republicans, which vowed to block every bill.', '"We have 27 of our members in close races this fall," the whip said.'),
      doc('b', '2013-02-12', 'All 34 members of the Republican caucus signed the letter to Senator Ruth Calder, vowing to block every bill.', '"We have 29 of our members in close races," the whip told reporters.'),
    ],
    expected: [
      { kind: 'number', verdict: 'discrepant', texts: ['38 Senate Republicans', '34 members'] },
      { kind: 'number', verdict: 'discrepant', texts: ['27 of our members', '29 of our members'] },
    ],
    absent: [],
  },
  {
    name: 'a figure both outlets quote as a phrase: the “53 percent”',
    docs: [
      doc('a', '2012-09-20', 'Governor Lena Park mocked Senator Hal Brandt over his recorded remark about the “53 percent,” the campaign said.', 'About 40 percent of the state’s teachers backed Park in the spring.', 'Park and Brandt will debate in Tulsa on Thursday.'),
      doc('b', '2012-09-20', 'Brandt was caught on tape saying he does not care about the "58 percent" of voters who rent their homes.', 'Brandt and Park meet for a debate in Tulsa on Thursday.'),
    ],
    expected: [{ kind: 'number', verdict: 'discrepant', texts: ['53 percent', '58 percent'] }],
    absent: [{ kind: 'number', texts: ['40 percent'] }],
  },
  {
    name: 'a count of what the sentence named before: "18 of them"',
    docs: [
      doc('a', '2012-11-02', 'The mayor said the county runs 212 storm shelters and that 18 of them were already full on Thursday night.'),
      doc('b', '2012-11-02', '"We run 212 storm shelters in this county, and 15 of them were full by Thursday night," the mayor said.'),
    ],
    expected: [{ kind: 'number', verdict: 'discrepant', texts: ['18 of them', '15 of them'] }],
    absent: [],
  },
  {
    name: 'a count written in words: "Forty-five firefighters" against "54 firefighters", not "one day" or "the two sides"',
    docs: [
      doc('a', '2012-07-11', 'Forty-five firefighters fought the warehouse blaze on Tuesday, and one day later the roof gave way.', 'One of the crews stayed overnight while the two sides argued over the insurance.'),
      doc('b', '2012-07-11', 'The county sent 54 firefighters to the warehouse blaze on Tuesday, a spokesman said.', 'The two sides in the insurance dispute met on Wednesday.'),
      doc('c', '2012-07-12', 'Officials said 45 firefighters fought the warehouse blaze on Tuesday.', 'Two firefighters were treated for smoke.'),
    ],
    expected: [{ kind: 'number', verdict: 'discrepant', texts: ['Forty-five firefighters', '54 firefighters', '45 firefighters'] }],
    absent: [{ kind: 'number', texts: ['one day'] }, { kind: 'number', texts: ['two sides'] }, { kind: 'number', texts: ['One of'] }],
  },
  {
    name: 'a surname misspelt in one of the two full names that relate two articles: "Nora Whitlack" / "Nora Whitlock"',
    docs: [
      doc('a', '2013-06-07', 'Deputy Harbour Commissioner Nora Whitlock said the old ferry pier would close for good.', 'Mayor Tom Brandt, who faces voters in the fall, agreed with the decision.'),
      doc('b', '2013-06-07', 'Divers will inspect every piling before winter, said Nora Whitlack, the deputy harbour commissioner.', 'Residents packed a meeting where Tom Brandt defended the budget.'),
    ],
    expected: [{ kind: 'name', verdict: 'variant', texts: ['Nora Whitlock', 'Nora Whitlack'] }],
    absent: [],
  },
  {
    name: 'one person named alike and two sentences saying the same in other words, no figure or date in common: "Greta Kellermen" / "Greta Kellerman"',
    docs: [
      doc('a', '2013-06-07', 'The water board director, Greta Kellerman, condemned the leak of the inspection files late in the evening.', '"Controls at Dunmore station have never been open to direct access by any outside contractor," the utility said in a letter sent to every customer.'),
      doc('b', '2013-06-07', 'She seemed to be answering earlier claims that outside contractors had direct access to the computer controls of the pumps at Dunmore, Eastfield and two smaller stations.', 'Greta Kellermen, the water board director, told a packed meeting that whoever handed the files to the newspaper had broken the trust of every employee.'),
    ],
    expected: [{ kind: 'name', verdict: 'variant', texts: ['Greta Kellerman', 'Greta Kellermen'] }],
    absent: [],
  },
  {
    name: '"just over" a figure is close to it: "just over $200,000" is not $270,000',
    docs: [
      doc('a', '2014-06-11', 'The challenger, a chemistry teacher, beat the incumbent with just over $200,000 in campaign money, state filings show.'),
      doc('b', '2014-06-11', 'State filings show the chemistry teacher raised $270,000 in campaign money before he beat the incumbent.'),
    ],
    expected: [{ kind: 'number', verdict: 'discrepant', texts: ['$200,000', '$270,000'] }],
    absent: [],
  },
  {
    name: 'one name in unrelated documents is not one person',
    docs: [
      doc('a', '2012-04-03', 'The river rose 4 metres on Tuesday, Mayor Alan Pryce said, and 300 homes were cleared.', 'David Smith, who runs the shelter, said beds were short.'),
      doc('b', '2012-04-03', 'Coach Alan Price named 23 players for the spring tour on Tuesday.', 'David Smyth returns at fullback after injury.'),
      doc('c', '2012-04-04', 'Mayor Alan Pryce said the river had risen 4 metres by Tuesday evening, forcing 300 households out.', 'The shelter is run by David Smith.'),
    ],
    expected: [
      { kind: 'name', verdict: 'consistent', texts: ['Alan Pryce'] },
      { kind: 'name', verdict: 'consistent', texts: ['David Smith'] },
    ],
    absent: [{ kind: 'name', texts: ['Alan Price'] }, { kind: 'name', texts: ['David Smyth'] }],
  },
  {
    name: 'the actor at the head of a long clause: both outlets name who pleaded guilty',
    docs: [
      doc('a', '2013-02-20', 'Whitcombe, the former Democratic state senator from Illinois, pleaded guilty on Wednesday to one count of wire fraud.'),
      doc('b', '2013-02-20', 'Former state senator Whitcombe pleaded guilty to wire fraud in a Chicago federal courtroom Monday morning.'),
    ],
    expected: [{ kind: 'date', verdict: 'discrepant', texts: ['Wednesday', 'Monday'] }],
    absent: [],
  },
  {
    name: 'different events: a resignation after a post and the apology for the same post',
    docs: [
      doc('a', '2015-03-14', 'A Senate press aide on Friday apologized for an online post that mocked the governor’s twin sons at the county fair.'),
      doc('b', '2015-03-15', 'The press aide to a Senate committee had to apologize Friday for an online post mocking the governor’s twin sons at the fair.'),
      doc('c', '2015-03-17', 'A young Senate press aide resigned Monday after her online post mocking the governor’s twin sons at the county fair drew wide anger.'),
    ],
    expected: [],
    absent: [{ kind: 'date', texts: ['Friday', 'Monday'] }],
  },
  {
    name: 'one act told in other words by the same actor, and the same actors meeting again days later',
    docs: [
      doc('a', '2016-02-21', 'Radio host Vera Lindqvist closed the three-day conservative conference on Saturday by telling the party to put its own house in order.', 'Lindqvist met the organisers for an hour on Sunday at the hotel.'),
      doc('b', '2016-02-20', 'Vera Lindqvist shook a packed hotel ballroom Thursday with an attack on progressive policy, closing the annual conservative conference.'),
      doc('c', '2016-02-25', 'Lindqvist and the organisers met at the hotel for nearly an hour on Thursday evening.'),
    ],
    expected: [{ kind: 'date', verdict: 'discrepant', texts: ['Saturday', 'Thursday'] }],
    absent: [{ kind: 'date', texts: ['Sunday', 'Thursday evening'] }],
  },
  {
    name: 'a statement named as a noun is the statement another outlet reports with a verb',
    docs: [
      doc('a', '2012-03-13', 'Senator Hal Brandt announced Tuesday that he is withdrawing as host of the charity gala in Dayton.'),
      doc('b', '2012-03-16', 'Brandt’s statement on Monday that he was withdrawing as host of the charity gala surprised his allies.'),
    ],
    expected: [{ kind: 'date', verdict: 'discrepant', texts: ['Tuesday', 'Monday'] }],
    absent: [],
  },
  {
    name: 'one occasion named by its noun in clauses worded apart: a hearing, a Facebook post, arguments in court',
    docs: [
      doc('a', '2016-05-13', 'The Thursday hearing was Harlan Vose’s first public appearance since the warehouse fire.', 'Greta Vose criticised the council in a Wednesday Facebook post about her brother.', 'Lawyers for the tenants argued in court Friday that the landlord had ignored the fire code for years.'),
      doc('b', '2016-05-13', 'Harlan Vose declined to answer questions at a council hearing Tuesday.', 'Posting on Facebook on Monday evening, Greta Vose wrote that the council had failed him.', 'The landlord’s record, described in court Wednesday as “a decade of neglect,” is now before a jury.'),
    ],
    expected: [
      { kind: 'date', verdict: 'discrepant', texts: ['Thursday', 'Tuesday'] },
      { kind: 'date', verdict: 'discrepant', texts: ['Wednesday', 'Monday'] },
      { kind: 'date', verdict: 'discrepant', texts: ['Friday', 'Wednesday'] },
    ],
    absent: [],
  },
  {
    name: 'one resolution told with other verbs, the group that passed it named in one outlet only',
    docs: [
      doc('a', '2016-05-13', 'One of the city’s oldest tenant groups passed a resolution Tuesday urging the council to shut the Dock Street warehouse.'),
      doc('b', '2016-05-13', 'The Riverside Tenants Union adopted a resolution Thursday demanding that the council close the warehouse on Dock Street before winter.'),
    ],
    expected: [{ kind: 'date', verdict: 'discrepant', texts: ['Tuesday', 'Thursday'] }],
    absent: [],
  },
  {
    name: 'one fire dated by three outlets, one wording the act otherwise and one giving another day: the finding cites all three',
    docs: [
      doc('a', '2013-09-16', 'A fire at the Harlow flour mill broke out on September 12, the fire chief said.', 'Nobody was hurt, according to the mill’s owner.'),
      doc('b', '2013-09-16', 'Flames tore through the Harlow flour mill on September 12, sending smoke over the river town.', 'Nobody was hurt.'),
      doc('c', '2013-09-16', 'A fire at the Harlow flour mill broke out on September 13, the county said.', 'The mill’s owner said nobody was hurt.'),
    ],
    expected: [{ kind: 'date', verdict: 'discrepant', texts: ['September 12', 'September 13'], sources: ['a', 'b', 'c'] }],
    absent: [],
  },
  {
    name: 'one election dated by its day in clauses worded apart; a primary and another race\'s election stay apart',
    docs: [
      doc('a', '2019-02-06', 'The winner of the party primary will be the favourite in the March 12 special general election for the seat Paul Anand left to join the cabinet of Lena Ortiz.', 'The party primary is set for January 29.', 'Voters in Dorset County will pick a new sheriff in a special election set for May 7.'),
      doc('b', '2019-02-06', 'Governor Ines Calder named a placeholder to the seat until voters choose a successor in a special election set for March 14.', 'Paul Anand gave up the seat when Lena Ortiz asked him to run the treasury.', 'Harwick City will hold its special election on May 9 to fill a council seat.'),
    ],
    expected: [{ kind: 'date', verdict: 'discrepant', texts: ['March 12', 'March 14'] }],
    absent: [{ kind: 'date', texts: ['January 29', 'March 14'] }, { kind: 'date', texts: ['March 12', 'May 9'] }, { kind: 'date', texts: ['May 7', 'May 9'] }],
  },
  {
    name: 'different occasions of one kind: hearings of two chambers, a debate held and one to come, courts that rule',
    docs: [
      doc('a', '2012-10-12', 'A Senate committee hearing Tuesday questioned the agency’s chief about the contracts.', 'The candidates meet again at next Tuesday’s debate in Hempstead.', 'The appeals court on Monday ruled that the contracts were valid.', 'The House adopted a resolution Saturday honouring the ferry crew.'),
      doc('b', '2012-10-12', 'At a House hearing on Thursday, members questioned the agency’s chief about the contracts.', 'Ortega sharpened his attacks at the debate on Thursday in Danville.', 'A district court on Wednesday blocked the contracts.', 'The Senate passed a resolution Sunday honouring the ferry crew.'),
    ],
    expected: [],
    absent: [{ kind: 'date', texts: ['Tuesday', 'Thursday'] }, { kind: 'date', texts: ['Monday', 'Wednesday'] }, { kind: 'date', texts: ['Saturday', 'Sunday'] }],
  },
  {
    name: 'a weekday beside a period in one sentence: the period is no rival act, so close counterparts still date one act',
    docs: [
      doc('a', '2013-04-03', 'With the council set to vote on the plan this month, the Harbor Safety Board released a 90-page report on Tuesday that called for armed guards at every ferry terminal.'),
      doc('b', '2013-04-03', 'Its task force called Thursday for armed guards at every ferry terminal and for trained deckhands to carry weapons, the Harbor Safety Board said.'),
    ],
    expected: [{ kind: 'date', verdict: 'discrepant', texts: ['Tuesday', 'Thursday'] }],
    absent: [],
  },
  {
    name: 'a son and his father of one name: "Jr." where the same article names both',
    docs: [
      doc('a', '2013-02-21', 'Former Rep. Amos T. Whitlock Jr. pleaded guilty on Wednesday to spending campaign money on furs and a guitar.', 'His father, the Rev. Amos Whitlock, sat behind him in the courtroom.'),
      doc('b', '2013-02-21', 'Amos T. Whitlock Jr., the former congressman, pleaded guilty Wednesday to misusing campaign funds.', 'Whitlock Jr. once wrote a book on debt with his father, the Rev. Amos Whitlok.'),
    ],
    expected: [{ kind: 'name', verdict: 'variant', texts: ['Amos Whitlock', 'Amos Whitlok'] }],
    absent: [{ kind: 'name', texts: ['Amos T. Whitlock', 'Amos Whitlok'] }],
  },
  {
    name: 'one figure\'s words in two different quoted statements: a senator\'s plan and a report\'s',
    docs: [
      doc('a', '2011-04-08', 'Senator Ruth Calloway unveiled her own plan for the county pension fund on Thursday.', '"Those two steps would keep our pension fund solvent for 75 years with really minor pain," Calloway told a radio host.'),
      doc('b', '2011-04-08', 'Senator Ruth Calloway unveiled a plan for the county pension fund on Thursday.', '"If all wages were taxed, the pension fund would remain solvent for the next 72 years," said a report by the county auditors.'),
    ],
    expected: [],
    absent: [{ kind: 'number', texts: ['75 years', '72 years'] }],
  },
  {
    name: 'a letter received one day and mentioned in a speech another: two acts around one letter',
    docs: [
      doc('a', '2010-12-02', 'On Wednesday, State House Speaker Ana Ruiz (D-Tucson) received a letter signed by all 30 county sheriffs, which stated, "We will not enforce any new gun law until the legislature has funded the county jails and we have hired the deputies that every county is still waiting for."'),
      doc('b', '2010-12-02', 'In a letter signed by the 30 county sheriffs, delivered to the state House speaker, Ana Ruiz of Tucson, and mentioned Thursday on the House floor by the minority leader, Tom Beale of Flagstaff, the sheriffs told the speaker that they would not enforce “any new gun law until the legislature has funded the county jails and we have hired the deputies that every county is still waiting for.”'),
    ],
    expected: [],
    absent: [{ kind: 'date', texts: ['Wednesday', 'Thursday'] }],
  },
  {
    name: 'an organizer\'s post and his group\'s resolution: the group\'s name is all their clauses share',
    docs: [
      doc('a', '2010-07-14', 'St. Paul Dock Union organizer Carl Moody wrote on the union’s website Friday that dock workers have waited for years, and accused the Harbor Shipping Board of abandoning working families to rising rents.'),
      doc('b', '2010-07-14', 'St. Paul Dock Union issued its own resolution Tuesday calling on members to march next month, and accused the Harbor Shipping Board of abandoning working families to rising rents.'),
    ],
    expected: [],
    absent: [{ kind: 'date', texts: ['Friday', 'Tuesday'] }],
  },
  {
    name: 'one quote in three wordings',
    docs: [
      doc('a', '2012-08-21', 'Romney said: "What he said is offensive and wrong, and he should step aside."'),
      doc('b', '2012-08-21', 'Romney said: "What he said is insulting and wrong, and he should step aside."'),
      doc('c', '2012-08-21', 'Romney said: "What he said is offensive and wrong, and he should get out of the race."'),
    ],
    expected: [{ kind: 'quote', verdict: 'variant', texts: ['offensive and wrong, and he should step aside', 'insulting and wrong', 'get out of the race'] }],
    absent: [],
  },
  {
    name: 'a name in a title-case headline ends where the name another outlet writes ends: "Dana Whitmoore Criticized Over Harbor Remarks"',
    docs: [
      doc('a', '2010-07-03', 'Dana Whitmoore Criticized Over Harbor Remarks', 'Dana Whitmore, the party chairman, drew criticism on Friday for his remarks about the harbor project.', 'Kemp Denies Sending Harbor Memo'),
      doc('b', '2010-07-03', 'Dana Whitmore’s Harbor Remarks Stir Up Anger Among Party Donors', 'Party chairman Dana Whitmore said on Friday that his remarks about the harbor project had been misread.', 'Kemp Denies Sending Harbor Memo, Aides Say'),
    ],
    expected: [{ kind: 'name', verdict: 'variant', texts: ['Dana Whitmoore', 'Dana Whitmore'] }],
    absent: [{ kind: 'name', texts: ['Criticized'] }, { kind: 'name', texts: ['Kemp Denies'] }],
  },
  {
    name: 'a headline run of two names and a verb, longer than any name: "Sheriff Ada Quill Backs Tom Vargo"',
    docs: [
      doc('a', '2011-09-20', 'Sheriff Ada Quill Backs Tom Vargo', 'The sheriff, Ada Quill, said on Monday that she would vote for Tom Varga in the mayoral race.'),
      doc('b', '2011-09-20', 'Tom Varga, who is running for mayor, won the support of the county sheriff, Ada Quill, on Monday.'),
    ],
    expected: [{ kind: 'name', verdict: 'variant', texts: ['Tom Vargo', 'Tom Varga'] }],
    absent: [{ kind: 'name', texts: ['Backs'] }],
  },
  {
    name: 'one outlet states a figure twice with the same noun, changed the second time: both are compared with the other outlet’s; a one-word noun ("arrests") restates nothing',
    docs: [
      doc('a', '2013-02-21', 'Prosecutors said Corwin Hale spent $420,000 in campaign money on jewelry and travel.', 'The bill offers a path to legal status for the 11 million undocumented immigrants in the country.', 'Police made 38 arrests on Friday night.', 'Court papers described how Hale and his wife used the $480,000 in campaign money to pay for a lavish lifestyle.', 'Deporting all 14 million undocumented immigrants is not a realistic option, the senator argued.', 'By the end of the weekend, officers had made 47 arrests in all.'),
      doc('b', '2013-02-21', 'The former congressman was accused of spending $420,000 in campaign funds on personal items.', 'Many of the 11 million undocumented immigrants in the country would gain legal status under the bill.', 'Police made 38 arrests Friday night.'),
    ],
    expected: [
      { kind: 'number', verdict: 'discrepant', texts: ['$480,000', '$420,000'] },
      { kind: 'number', verdict: 'discrepant', texts: ['14 million undocumented immigrants', '11 million undocumented immigrants'] },
    ],
    absent: [{ kind: 'number', texts: ['47 arrests', '38 arrests'] }],
  },
  {
    name: 'one-sided estimates: "nearly 70" is under 70, so not the "nearly 74" of another outlet; "more than 1,200" is not 1,150',
    docs: [
      doc('a', '2012-03-14', 'A letter signed by nearly 70 nurses at Halbrook General urged the hospital board to reverse the staffing cuts.', 'Organizers said more than 1,200 volunteers cleaned the riverbank on Saturday.'),
      doc('b', '2012-03-14', 'Nearly 74 nurses at Halbrook General signed a letter urging the hospital board to reverse the staffing cuts.', 'Organizers said 1,150 volunteers cleaned the riverbank on Saturday.'),
    ],
    expected: [
      { kind: 'number', verdict: 'discrepant', texts: ['70 nurses', '74 nurses'] },
      { kind: 'number', verdict: 'discrepant', texts: ['1,200 volunteers', '1,150 volunteers'] },
    ],
    absent: [],
  },
  {
    name: 'the ledes of one day\'s articles date their subject\'s act in other words; an actor named later is no subject',
    docs: [
      doc('a', '2013-03-14', 'WASHINGTON — Governor Marta Lindqvist on Wednesday unveiled the broadest overhaul of the state’s water rules in a generation.', 'The plan follows three dry summers.'),
      doc('b', '2013-03-14', 'Governor Marta Lindqvist called Thursday for tighter limits on farm wells and a fee on bottled water, as part of a plan to end the drought.', 'Farm groups were cool to the idea.'),
      doc('c', '2013-03-18', 'Governor Tomas Brandt’s veto of the transit bill during a speech on Friday night surprised his allies.', 'Brandt and Moreau have clashed over transit money since the governor took office.'),
      doc('d', '2013-03-18', 'Senate leader Ida Moreau broke with Governor Tomas Brandt on Monday, saying his budget would cost the state its federal match.', 'Brandt and Moreau have clashed over transit money since the governor took office.'),
    ],
    expected: [{ kind: 'date', verdict: 'discrepant', texts: ['Wednesday', 'Thursday'] }],
    absent: [{ kind: 'date', texts: ['Friday', 'Monday'] }],
  },
  {
    name: 'a lede that describes who acts without a name tells the same act as a lede naming them in the same words; one in other words does not',
    docs: [
      doc('a', '2015-06-11', 'HELENA — Two mountain states filed the first federal challenge to the river compact on Wednesday, saying that Idaho’s new dams were draining water owed to farms downstream.', 'The compact dates from 1952.'),
      doc('b', '2015-06-11', 'Montana and Wyoming filed a federal lawsuit Tuesday, claiming that Idaho’s new dams on the river break the compact and drain water owed to farms downstream.', 'The compact dates from 1952.'),
      doc('c', '2016-02-04', 'BOISE — Three county boards approved a new levy for school buses on Monday, citing rising fuel costs.', 'The levy vote split the valley.'),
      doc('d', '2016-02-04', 'Ada and Canyon counties filed suit against the state Tuesday over its new rules for charter schools.', 'The levy vote split the valley.'),
    ],
    expected: [{ kind: 'date', verdict: 'discrepant', texts: ['Wednesday', 'Tuesday'] }],
    absent: [{ kind: 'date', texts: ['Monday', 'Tuesday'] }],
  },
  {
    name: 'a lede opened by a phrase in -ing names its subject after the phrase, also for a date inside the phrase; two ledes opened by "Speaking" share no subject',
    docs: [
      doc('a', '2012-01-06', 'Opening the spring session of the Assembly — in which every Harbor District bill must now name its source of funds — members of the Assembly began to recite the state charter from the chamber’s floor on Thursday morning.', 'The charter was last amended in 1994.'),
      doc('b', '2012-01-06', 'Newly sworn members of the Assembly reading the founding charter aloud on Friday skipped the articles that later amendments repealed.', 'The charter was last amended in 1994.'),
      doc('c', '2012-03-09', 'Speaking at a rally in the port on Tuesday, Governor Ana Pike promised to rebuild the coastal road within two years.', 'The coastal road washed out in the winter storms.'),
      doc('d', '2012-03-09', 'Speaking to reporters at city hall on Wednesday, Mayor Luis Ruiz defended the cuts to the bus budget.', 'The coastal road washed out in the winter storms.'),
      doc('e', '2012-05-17', 'Speaking to farmers in Dalton on Monday, Senator Ida Moreau promised a vote on the water bill before the summer recess.', 'The drought has cut the valley’s harvest by a third.'),
      doc('f', '2012-05-17', 'Senator Ida Moreau vowed on Tuesday to bring the drought relief measure to the floor by June.', 'The drought has cut the valley’s harvest by a third.'),
    ],
    expected: [
      { kind: 'date', verdict: 'discrepant', texts: ['Thursday', 'Friday'] },
      { kind: 'date', verdict: 'discrepant', texts: ['Monday', 'Tuesday'] },
    ],
    absent: [{ kind: 'date', texts: ['Tuesday', 'Wednesday'] }],
  },
  {
    name: 'a denial and the statement that made it, in the ledes of one day: one news',
    docs: [
      doc('a', '2016-09-14', 'Councilman Rafael Ostrow denied on Tuesday that he had taken money from the towing firm, in his first interviews since the audit.', 'The audit named six council members.'),
      doc('b', '2016-09-14', 'Councilman Rafael Ostrow, in an interview with a local radio station, said Wednesday he is certain he never took money from the towing firm.', 'The audit named six council members.'),
      doc('c', '2016-09-14', 'Mayor Lidia Brandt broke her silence Monday about the audit of the towing contracts.'),
      doc('d', '2016-09-14', 'Mayor Lidia Brandt, asked about the audit of the towing contracts, said Thursday that she had not read it.'),
    ],
    expected: [
      { kind: 'date', verdict: 'discrepant', texts: ['Tuesday', 'Wednesday'] },
      { kind: 'date', verdict: 'discrepant', texts: ['Monday', 'Thursday'] },
    ],
    absent: [],
  },
  {
    name: 'the ledes of one day about two acts of one person: an article that dates the other lede\'s act itself leads with another act',
    docs: [
      doc('a', '2013-03-20', 'Governor Tomas Brandt on Tuesday vetoed the transit bill that lawmakers had sent him in February.', 'Brandt is expected to sign the budget this week.'),
      doc('b', '2013-03-20', 'Governor Tomas Brandt ordered two state prisons closed on Wednesday, citing a shrinking inmate population and a $40 million shortfall.', 'The order came a day after Brandt vetoed the transit bill on Tuesday.'),
    ],
    expected: [],
    absent: [{ kind: 'date', texts: ['Tuesday', 'Wednesday'] }],
  },
  {
    name: 'the ledes of two previews of one subject tell things still to come, not one news',
    docs: [
      doc('a', '2013-03-25', 'Governor Ana Pike will tour farms along the river valley with relief workers and county engineers on Wednesday.', 'Pike took office in January after a close race.'),
      doc('b', '2013-03-25', 'Governor Ana Pike will open the state fair on Friday.', 'Pike took office in January after a close race.'),
    ],
    expected: [],
    absent: [{ kind: 'date', texts: ['Wednesday', 'Friday'] }],
  },
  {
    name: 'one speech still to come, worded apart and its day given differently: the day one outlet alone gives does not keep the sentences from pairing',
    docs: [
      doc('a', '2012-04-24', 'Senator Ilse Marwick is heading to Dunmore College for a speech Thursday morning, but not before a Presbyterian scolding from its faculty.', 'The college said Monday that the event would go ahead.', 'Marwick has led the budget committee since 2011.', 'Senator Marwick voted against the spending bill in March.'),
      doc('b', '2012-04-24', 'The letter went to Senator Marwick ahead of her appearance on the Presbyterian campus on Friday morning to give the annual Calloway Lecture on public debt.', 'Nearly 60 professors signed the letter, which was released on Tuesday.', 'Marwick has led the budget committee since 2011.', 'Senator Marwick spoke at two other colleges in 2010.'),
    ],
    expected: [{ kind: 'date', verdict: 'discrepant', texts: ['Thursday', 'Friday'] }],
    absent: [{ kind: 'date', texts: ['Monday', 'Tuesday'] }],
  },
  {
    name: 'the day of a hearing a forecast rests on: "may soon be thrown out, considering the tenor of oral arguments … Wednesday" dates arguments already heard',
    docs: [
      doc('a', '2016-05-05', 'A class-action lawsuit against Harlow Foods that would be the largest in the state’s history may soon be thrown out, considering the tenor of oral arguments before the state Supreme Court Wednesday.', 'The plaintiffs are 3,000 former warehouse workers.'),
      doc('b', '2016-05-05', 'ALBANY — The state Supreme Court appeared sharply split on Tuesday during arguments over the theory put forward by the plaintiffs in a huge class-action case against Harlow Foods.', 'The plaintiffs are 3,000 former warehouse workers.'),
    ],
    expected: [{ kind: 'date', verdict: 'discrepant', texts: ['Wednesday', 'Tuesday'] }],
    absent: [],
  },
  {
    name: 'what a figure counts is the last noun of its compound ("14 delivery trucks", "three close aides"), singular the way the word makes it ("boxes" is box, "houses" house); "two more hearings" counts beyond the first, not all of them',
    docs: [
      doc('a', '2012-11-14', 'Election workers loaded 40 boxes of ballots into 14 delivery trucks at the county warehouse on Tuesday.', 'The governor met three close aides on Wednesday to plan the recount.', 'There are two more public hearings on the recount before the vote.'),
      doc('b', '2012-11-14', 'At the county warehouse on Tuesday, election workers packed the ballots in a 42-box load carried by 15 trucks.', 'The governor met four aides on Wednesday to plan the recount.', 'The recount will be argued at three public hearings before the vote, the first of them on Monday.'),
    ],
    expected: [
      { kind: 'number', verdict: 'discrepant', texts: ['14 delivery trucks', '15 trucks'] },
      { kind: 'number', verdict: 'discrepant', texts: ['40 boxes', '42-box'] },
      { kind: 'number', verdict: 'discrepant', texts: ['three close aides', 'four aides'] },
    ],
    absent: [{ kind: 'number', texts: ['two more public hearings', 'three public hearings'] }],
  },
  {
    name: 'a statement made in a speech and what the speaker urged in it, the speaker named after a quote: one speech',
    docs: [
      doc('a', '2013-04-12', 'Governor Marta Lindqvist urged lawmakers to pass the bridge repair money in her roads bill Tuesday, while mocking them for the hours spent on a new state motto.', 'She spoke at the Pell Street bridge, closed since March.'),
      doc('b', '2013-04-12', 'The State House vote on a new motto is "not fixing one bridge," Governor Marta Lindqvist said Thursday in a speech pushing her roads bill.', 'Her aides said the bridge would reopen in May.'),
    ],
    expected: [{ kind: 'date', verdict: 'discrepant', texts: ['Tuesday', 'Thursday'], sources: ['a', 'b'] }],
    absent: [],
  },
];

/** A finding holds a text when one of its mentions' texts contains it. */
function holds(finding: { mentions: ReadonlyArray<{ text: string }> }, text: string): boolean {
  return finding.mentions.some((mention) => mention.text.includes(text));
}

export interface FindingShape {
  kind: FindingKind;
  verdict: FindingVerdict;
  summary: string;
  mentions: ReadonlyArray<{ doc: string; text: string }>;
}

export interface StoryCheck {
  /** Expected findings not given. */
  missing: ExpectedFinding[];
  /** Findings given that the story says must not exist. */
  unwanted: FindingShape[];
  /** Discrepant findings given that no expectation names. */
  falseDiscrepant: FindingShape[];
}

/** How a story's findings meet its expectations. */
export function checkStory(story: FixtureStory, findings: readonly FindingShape[]): StoryCheck {
  const matches = (expected: ExpectedFinding, finding: FindingShape): boolean =>
    finding.kind === expected.kind &&
    finding.verdict === expected.verdict &&
    expected.texts.every((text) => holds(finding, text)) &&
    (expected.sources ?? []).every((source) => finding.mentions.some((mention) => mention.doc === source));
  return {
    missing: story.expected.filter((expected) => !findings.some((finding) => matches(expected, finding))),
    unwanted: findings.filter((finding) => story.absent.some((absent) => finding.kind === absent.kind && absent.texts.every((text) => holds(finding, text)))),
    falseDiscrepant: findings.filter((finding) => finding.verdict === 'discrepant' && !story.expected.some((expected) => matches(expected, finding))),
  };
}
