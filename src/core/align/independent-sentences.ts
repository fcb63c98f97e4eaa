// Made-up stories, each told by two outlets in their own words (all sentences are ours), for the
// alignment of independently written sentences (issue 15). Each outlet opens with a headline (no
// final stop) and a lede; `pairs` lists the gold counterparts by sentence index. Every story has
// distractors: sentences on the same topic, sharing its names and words, that state other facts,
// so they must pair with nothing. bench/compare-fixtures.ts reports precision and recall on them.

export interface IndependentStory {
  name: string;
  a: string[];
  b: string[];
  /** Gold counterparts: [index in a, index in b]. */
  pairs: Array<[number, number]>;
}

export const INDEPENDENT_STORIES: IndependentStory[] = [
  {
    name: 'a veto of a bill on lawsuits against Saudi Arabia',
    a: [
      'Senate overrides Obama veto of 9/11 lawsuit bill',
      'The Senate voted 97 to 1 on Wednesday to override President Barack Obama’s veto of a bill letting families of September 11 victims sue Saudi Arabia.',
      'Obama vetoed the bill last week, warning that it could expose American diplomats to lawsuits abroad.',
      'Fifteen of the 19 hijackers on 9/11 were Saudi citizens.',
      'The House is expected to take up the override on Thursday, and a two-thirds majority there is likely.',
      'Senator Chuck Schumer of New York, who wrote the bill with Senator John Cornyn, called the vote a victory for the families.',
      'It was the first time Congress had overridden one of Obama’s vetoes in his eight years in office.',
      'Saudi Arabia has threatened to sell up to $750 billion in American assets if the bill became law.',
      'The White House press secretary, Josh Earnest, called the vote the most embarrassing thing the Senate had done since 1983.',
    ],
    b: [
      'Congress moves to let 9/11 families sue Riyadh',
      'Lawmakers in the Senate rejected Barack Obama’s veto by 97 votes to 1 on Wednesday, clearing the way for relatives of those killed on September 11 to take Saudi Arabia to court.',
      'Obama vetoed the measure last week, saying U.S. diplomats could be hauled into foreign courts in return.',
      'Fifteen of the 19 Sept. 11 hijackers were Saudi nationals.',
      'A vote in the House is planned for Thursday.',
      'The families of the victims have pressed Congress for the right to sue Saudi Arabia since 2002.',
      'In eight years as president, Obama had never before seen Congress overturn one of his vetoes.',
      'Riyadh warned that it might sell as much as $750 billion of U.S. Treasury securities and other assets.',
      'Senator Lindsey Graham voted for the override but said the Senate should revisit the bill after the election.',
    ],
    pairs: [[0, 0], [1, 1], [2, 2], [3, 3], [4, 4], [6, 6], [7, 7]],
  },
  {
    name: 'an earthquake in a mountain province',
    a: [
      'Quake of magnitude 6.4 kills at least 38 in Valdoria',
      'An earthquake of magnitude 6.4 struck the mountain province of Valdoria early on Sunday, killing at least 38 people and injuring more than 200, officials said.',
      'The quake hit at 4:12 a.m. at a depth of 10 kilometres, the national seismology institute said.',
      'Rescue teams were still searching the rubble of a school in the town of Mirel on Sunday evening.',
      'Governor Ilse Brandauer declared three days of mourning.',
      'More than 1,500 homes were damaged, according to the Red Cross.',
      'A quake of magnitude 5.1 hit the same region in 2019, killing two people.',
      'The province has 1.2 million inhabitants.',
    ],
    b: [
      'Valdoria earthquake death toll rises to 38',
      'At least 38 people died and over 200 were hurt when a 6.4-magnitude quake shook Valdoria before dawn on Sunday.',
      'According to the seismology institute, the tremor struck at 4:12 a.m., 10 kilometres below the surface.',
      'In Mirel, rescuers dug through a collapsed school into the night.',
      'Three days of mourning were announced by Governor Ilse Brandauer.',
      'The Red Cross counted more than 1,500 damaged houses.',
      'Brandauer visited Mirel on Sunday afternoon with the interior minister.',
      'The region’s last deadly quake, in 2011, killed 14 people.',
    ],
    pairs: [[0, 0], [1, 1], [2, 2], [3, 3], [4, 4], [5, 5]],
  },
  {
    name: 'a company’s quarterly results',
    a: [
      'Norrland Steel profit falls 22% as demand slows',
      'Norrland Steel said on Tuesday that its third-quarter net profit fell 22% to 1.9 billion crowns, as weaker demand from carmakers hit prices.',
      'Revenue slipped to 14.3 billion crowns from 15.1 billion a year earlier.',
      'Chief executive Maja Lindqvist said the company would cut 450 jobs at its plant in Luleå by the end of next year.',
      'Shares in Norrland fell 6% in Stockholm trading.',
      'The company kept its dividend of 3 crowns a share.',
      'Norrland raised its full-year forecast for shipments in July.',
    ],
    b: [
      'Norrland Steel to cut 450 jobs after 22% profit drop',
      'Third-quarter profit at Norrland Steel dropped 22 percent to 1.9 billion crowns, the steelmaker reported Tuesday, blaming a slowdown in orders from the auto industry.',
      'Sales came in at 14.3 billion crowns, down from 15.1 billion.',
      'Maja Lindqvist, the chief executive, announced 450 job cuts at the Luleå works by late next year.',
      'Norrland’s stock lost 6 percent in Stockholm.',
      'Lindqvist joined Norrland in 2020 from a Finnish rival.',
      'Analysts had expected a profit of 2.1 billion crowns.',
    ],
    pairs: [[0, 0], [1, 1], [2, 2], [3, 3], [4, 4]],
  },
  {
    name: 'a sentencing for fraud',
    a: [
      'Former mayor Teodor Vance gets five years for fraud',
      'Teodor Vance, the former mayor of Castlebrook, was sentenced on Friday to five years in prison for steering $2.3 million in city contracts to a friend’s firm.',
      'Judge Helena Marsh said Vance had betrayed the trust of the city’s voters.',
      'Vance must also repay $1.1 million, the judge ordered.',
      'His lawyer, Omar Feld, said Vance would appeal.',
      'Vance served two terms as mayor, from 2012 to 2020.',
      'A second defendant, the contractor Rita Okonjo, will be sentenced in March.',
    ],
    b: [
      'Castlebrook ex-mayor jailed over $2.3 million contracts',
      'A federal judge on Friday sent Teodor Vance, who led Castlebrook as mayor, to prison for five years for handing $2.3 million of municipal work to a company run by a friend.',
      'Vance betrayed the voters who trusted him, Judge Helena Marsh said from the bench.',
      'Marsh also ordered him to pay back $1.1 million.',
      'Omar Feld, representing Vance, told reporters an appeal would be filed.',
      'Vance was first elected in 2012 on a promise to clean up city hall.',
      'Vance’s wife was not charged.',
    ],
    pairs: [[0, 0], [1, 1], [2, 2], [3, 3], [4, 4]],
  },
  {
    name: 'a national election',
    a: [
      'Liberal Alliance wins Estmark election with 41 percent',
      'The Liberal Alliance of Prime Minister Anders Holm won Sunday’s parliamentary election in Estmark with 41 percent of the vote, official results showed on Monday.',
      'The party took 78 of the 150 seats, an outright majority.',
      'Turnout was 67 percent, down from 72 percent four years ago.',
      'The opposition leader, Greta Sund, conceded defeat on Sunday night.',
      'Holm has governed Estmark since 2017.',
      'The far-right Homeland party doubled its share to 12 percent.',
      'Holm’s coalition partner, the Green List, lost 9 of its 14 seats.',
    ],
    b: [
      'Holm keeps power in Estmark with majority of 78 seats',
      'Anders Holm’s Liberal Alliance won 41% of the vote in Estmark’s general election on Sunday, according to results published Monday.',
      'With 78 seats out of 150, the Liberal Alliance can govern alone.',
      'Only 67% of voters cast a ballot, compared with 72% in the previous election.',
      'Greta Sund, who leads the opposition, admitted defeat late on Sunday.',
      'Sund had led in the polls as recently as March.',
      'The Liberal Alliance first won power in 2017 under Holm.',
      'Homeland, the far-right party, won 3 seats in the capital.',
    ],
    pairs: [[0, 0], [1, 1], [2, 2], [3, 3], [4, 4], [5, 6]],
  },
  {
    name: 'a wildfire',
    a: [
      'Wildfire forces 12,000 to flee near Pinecrest',
      'A fast-moving wildfire has burned 8,500 acres near Pinecrest and forced about 12,000 residents from their homes, fire officials said on Saturday.',
      'The Cedar Ridge fire was 15 percent contained by Saturday evening.',
      'Winds gusting to 50 miles an hour pushed the flames across Highway 9 on Friday.',
      'At least 40 homes have been destroyed.',
      'Governor Nadia Reyes declared a state of emergency in Alder County.',
      'A fire near Pinecrest in 2018 burned 3,000 acres.',
      'Some 900 firefighters are on the lines.',
    ],
    b: [
      'Cedar Ridge fire destroys 40 homes, 15% contained',
      'Around 12,000 people near Pinecrest were ordered to evacuate on Saturday as the Cedar Ridge fire grew to 8,500 acres, according to fire officials.',
      'Firefighters had 15% of the blaze contained by Saturday night.',
      'On Friday, gusts of up to 50 mph drove the fire over Highway 9.',
      'Forty homes, at least, have burned down.',
      'Alder County is under a state of emergency declared by Governor Nadia Reyes.',
      'Governor Reyes toured an evacuation centre in Alder County on Sunday.',
      'The cause of the fire is under investigation, officials said on Saturday.',
    ],
    pairs: [[0, 0], [1, 1], [2, 2], [3, 3], [4, 4], [5, 5]],
  },
  {
    name: 'an interest rate decision',
    a: [
      'Central bank of Ostria raises rates to 4.5%',
      'The Central Bank of Ostria raised its main interest rate by a quarter of a percentage point to 4.5 percent on Thursday, its fourth increase this year.',
      'Governor Pavel Kral said inflation, at 6.8 percent in September, was still far above the bank’s 2 percent target.',
      'Kral did not rule out a further increase in December.',
      'The ostrian mark rose 0.4 percent against the euro after the decision.',
      'Economists polled by the bank expect growth of 1.1 percent next year.',
      'The bank last cut rates in 2020.',
    ],
    b: [
      'Ostria lifts key rate a fourth time this year',
      'Ostria’s central bank lifted its benchmark rate to 4.5% on Thursday, up 25 basis points, in its fourth hike of the year.',
      'Inflation of 6.8% in September remains well above the 2% target, Governor Pavel Kral told reporters.',
      'Another hike in December is possible, Kral said.',
      'The mark gained 0.4% on the euro.',
      'Kral’s term as governor ends in 2026.',
      'Unemployment in Ostria stood at 5.2 percent in September.',
    ],
    pairs: [[0, 0], [1, 1], [2, 2], [3, 3], [4, 4]],
  },
  {
    name: 'a football transfer',
    a: [
      'Rovers sign striker Luka Benn for £48 million',
      'Harbour Rovers have signed the striker Luka Benn from Atlético Sur for a club record £48 million, the club announced on Monday.',
      'Benn, 24, has agreed a five-year contract.',
      'He scored 31 goals in all competitions last season.',
      'Rovers manager Ellen Drake said Benn was her first choice all summer.',
      'Benn joined Atlético Sur from Rovers’ rivals Dockside in 2021 for £9 million.',
      'Rovers finished fourth in the league last season.',
    ],
    b: [
      'Benn joins Harbour Rovers in record £48m deal',
      'Luka Benn completed a £48m move from Atlético Sur to Harbour Rovers on Monday, the most the club has ever paid for a player.',
      'The 24-year-old striker signed a deal until 2029, a five-year contract.',
      'Last season Benn found the net 31 times.',
      'Ellen Drake, the Rovers manager, said she had wanted Benn all summer.',
      'Atlético Sur paid £9 million for Benn in 2021.',
      'Benn has won 12 caps for his country.',
    ],
    pairs: [[0, 0], [1, 1], [2, 2], [3, 3], [4, 4], [5, 5]],
  },
  {
    name: 'a rocket launch',
    a: [
      'Aurora rocket puts weather satellite in orbit',
      'A Skyward Aurora rocket lifted off from the Kelso launch site at 9:47 p.m. on Wednesday, carrying the Meridian-3 weather satellite.',
      'The satellite separated from the upper stage 42 minutes after launch, the company said.',
      'Meridian-3 cost $410 million and is designed to last 15 years.',
      'It was the 11th Aurora launch this year.',
      'The first stage landed on a barge in the Atlantic eight minutes after lift-off.',
      'Skyward plans to launch Meridian-4 in 2027.',
    ],
    b: [
      'Meridian-3 weather satellite launched from Kelso',
      'Skyward launched the Meridian-3 weather satellite on an Aurora rocket from Kelso on Wednesday at 9:47 p.m.',
      'Forty-two minutes into the flight, Meridian-3 was released from the upper stage.',
      'The $410 million satellite should work for 15 years.',
      'Skyward has now flown the Aurora 11 times this year.',
      'The launch was delayed twice last week by high winds at Kelso.',
      'A previous Meridian satellite failed in orbit in 2019.',
    ],
    pairs: [[0, 0], [1, 1], [2, 2], [3, 3], [4, 4]],
  },
  {
    name: 'a train derailment',
    a: [
      'Freight train derails near Linden, spilling diesel',
      'Twenty-three cars of a freight train derailed near Linden early on Tuesday, spilling about 6,000 gallons of diesel into the Marrow River, state officials said.',
      'No one was hurt, according to the railroad, Great Plains Rail.',
      'About 300 residents within a mile of the site were told to leave their homes.',
      'The Environmental Agency said the spill had not reached Linden’s drinking water intake.',
      'Great Plains Rail said a broken rail may have caused the derailment.',
      'A Great Plains train derailed near Linden in 2016 without spilling fuel.',
    ],
    b: [
      'Diesel spills into Marrow River after derailment',
      'Some 6,000 gallons of diesel leaked into the Marrow River when 23 cars of a freight train came off the tracks near Linden on Tuesday morning.',
      'Great Plains Rail, which runs the line, reported no injuries.',
      'Authorities evacuated around 300 people living within a mile.',
      'Linden’s drinking water is safe, the Environmental Agency said, as the diesel had not reached the intake.',
      'The railroad carried 1.4 million tons of freight through Linden last year.',
      'The river was closed to boats for 20 miles downstream.',
    ],
    pairs: [[0, 0], [1, 1], [2, 2], [3, 3], [4, 4]],
  },
  {
    name: 'a hospital strike',
    a: [
      'Nurses at 14 Bayford hospitals strike over pay',
      'About 9,000 nurses at 14 hospitals in Bayford walked off the job on Monday in a two-day strike over pay and staffing.',
      'The Bayford Nurses Union is demanding a 12 percent raise over three years.',
      'Hospital managers have offered 7 percent.',
      'Union president Carla Dunne said wards were routinely run with half the nurses they need.',
      'Surgeries not deemed urgent were postponed at all 14 hospitals.',
      'Nurses in Bayford last went on strike in 1998.',
    ],
    b: [
      'Bayford nurses begin 2-day walkout',
      'Some 9,000 nurses stopped work at 14 Bayford hospitals on Monday, starting a strike of two days over wages and staff levels.',
      'Their union wants raises totalling 12% over three years.',
      'Management’s offer stands at 7%.',
      'Carla Dunne, who heads the union, said wards often had half the nurses they required.',
      'Hospital managers said 12 hospitals would keep their emergency rooms open.',
      'Dunne was a nurse in Bayford for 20 years.',
    ],
    pairs: [[0, 0], [1, 1], [2, 2], [3, 3], [4, 4]],
  },
  {
    name: 'a ferry sinking, figures written in words by one outlet',
    a: [
      'Ferry sinks off Korvale, 31 missing',
      'A passenger ferry carrying 212 people sank off the island of Korvale on Thursday night, and 31 people were still missing on Friday, the coast guard said.',
      'Rescuers pulled 181 survivors from the water, 17 of them children.',
      'The Sea Lantern was built in 1994 and was licensed to carry 250 passengers.',
      'Waves of up to four metres were reported when the ferry sent its last radio call at 11:40 p.m.',
      'About 60% of the passengers were tourists, the operator said.',
      'Korvale’s harbour master, Ines Dovran, said the ferry had left port 40 minutes late.',
      'A ferry ran aground near Korvale in 2016 with no loss of life.',
    ],
    b: [
      'Thirty-one feared lost as Korvale ferry goes down',
      'Thirty-one people are missing after the Sea Lantern, with 212 on board, went down near Korvale late on Thursday, according to the coast guard.',
      'One hundred and eighty-one survivors, seventeen of them children, were rescued.',
      'Four-metre waves hit the area around the time of the ferry’s final radio call, at 11:40 p.m.',
      'Sixty percent of those aboard were tourists, according to the ferry operator.',
      'The ferry left port forty minutes behind schedule, harbour master Ines Dovran told reporters.',
      'Relatives gathered at the harbour on Friday morning.',
      'The operator runs 14 ferries among the islands.',
    ],
    pairs: [[0, 0], [1, 1], [2, 2], [4, 3], [5, 4], [6, 5]],
  },
];

/** The gold pairs of every story. */
export const GOLD_PAIR_COUNT = INDEPENDENT_STORIES.reduce((sum, story) => sum + story.pairs.length, 0);

export interface MatchScore {
  gold: number;
  predicted: number;
  correct: number;
  /** Predicted pairs that are not gold, as "story: a-sentence ~ b-sentence" (for reading failures). */
  wrong: string[];
  /** Gold pairs not predicted, likewise. */
  missed: string[];
}

/** 'reordered': the second outlet puts its body in reverse order, so counterparts must be found
 *  by what they say, not where they stand (headline and lede stay first, as outlets keep them).
 *  A side-by-side view can only show counterparts in reading order, so it is scored as written. */
export type StoryOrder = 'as-written' | 'reordered';

const orderOfB = (story: IndependentStory, order: StoryOrder): number[] => {
  const indices = story.b.map((_, index) => index);
  return order === 'as-written' ? indices : [0, 1, ...indices.slice(2).reverse()];
};

/**
 * Runs `match` (two documents' sentences → pairs of sentence texts) on every story and scores
 * the pairs against the gold ones.
 */
export function scoreIndependentStories(match: (a: string, b: string) => Array<[string, string]>, order: StoryOrder): MatchScore {
  const score: MatchScore = { gold: 0, predicted: 0, correct: 0, wrong: [], missed: [] };
  for (const story of INDEPENDENT_STORIES) {
    const predicted = match(story.a.join('\n\n'), orderOfB(story, order).map((index) => story.b[index]!).join('\n\n'));
    const gold = new Set(story.pairs.map(([a, b]) => `${story.a[a]}\u0000${story.b[b]}`));
    score.gold += gold.size;
    score.predicted += predicted.length;
    for (const [a, b] of predicted) {
      if (gold.delete(`${a}\u0000${b}`)) score.correct += 1;
      else score.wrong.push(`${story.name}: ${a} ~ ${b}`);
    }
    for (const missing of gold) score.missed.push(`${story.name}: ${missing.replace('\u0000', ' ~ ')}`);
  }
  return score;
}
