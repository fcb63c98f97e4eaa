import { describe, expect, it } from 'vitest';
import { clauseTense } from './tense';

function tenseOf(sentence: string, expression: string): string {
  const start = sentence.indexOf(expression);
  return clauseTense(sentence, start, start + expression.length);
}

describe('clauseTense', () => {
  it.each([
    ['The head of Chinese diplomacy, Wang Yi, said Thursday in Jakarta that China would act.', 'Thursday', 'past'],
    ['Both will take part in an 18-nation East Asia Summit ministerial meeting Friday.', 'Friday', 'future'],
    ['The Chinese top diplomat, who will be in Russia until Thursday, plans talks.', 'Thursday', 'future'],
    ['Foreign Minister Qin Gang was ill, the foreign ministry said on Tuesday.', 'Tuesday', 'past'],
    ['Wang met with Lavrov in Jakarta, before a meeting on Friday of officials.', 'Friday', 'future'],
    ['Russia’s foreign ministry said Wang will meet Sergey Lavrov on Wednesday.', 'Wednesday', 'future'],
    ['On Friday, Wang landed in Moscow.', 'Friday', 'past'],
    ['Friday.', 'Friday', 'unknown'],
    ['The mayor, in an interview with a local station to air Tuesday morning, gave his party even odds.', 'Tuesday', 'future'],
    ['In a radio interview, to be shown on Sunday, the mayor defended the plan.', 'Sunday', 'future'],
    ['Treasurer Helen Marsh presented the pension plan to the county board on Monday.', 'Monday', 'past'],
    ['The harbour master testified before the port commission on Tuesday about the dredging.', 'Tuesday', 'past'],
    ['On Monday, Treasurer Helen Marsh put her pension plan before the county board.', 'Monday', 'unknown'],
    ['The mayor plans to present the budget on Monday.', 'Monday', 'future'],
    ['The clerk filed the appeal before a hearing on Friday.', 'Friday', 'future'],
    ['Before a larger meeting at the Harbor Community College on Wednesday, the commissioner met with several students.', 'Wednesday', 'past'],
    ['Before a vote on Thursday, the senator will meet donors.', 'Thursday', 'future'],
    ['Parents sent a letter to the principal in advance of her visit to the campus on Thursday morning.', 'Thursday morning', 'future'],
    ['Younger councillors were hoping that the caucus vote on Thursday would give them a voice.', 'Thursday', 'future'],
    ['The ferry operator said that its crews went back to work on Wednesday.', 'Wednesday', 'past'],
    ['The governor said she would sign the bill on Friday.', 'Friday', 'future'],
    ['There is little time left before next Monday’s caucus vote, which was called hastily.', 'next Monday', 'future'],
    ['The council will review what the mayor said last Friday.', 'last Friday', 'past'],
    ['Anyone wondering whether the recount would be quick found out on Friday as clerks worked through the night.', 'Friday', 'past'],
    ['With a month to go before the county fair, the mayor is courting farmers: On Tuesday he won the backing of the growers’ union.', 'Tuesday', 'past'],
    ['The coach said on Monday that the team won’t travel.', 'Monday', 'past'],
    ['The Friday vote would have been the first since the flood, the clerk said.', 'Friday', 'past'],
    ['Governor Ana Pike will tour the flooded farms on Wednesday.', 'Wednesday', 'future'],
    ['The ban on night fishing will likely be tested as soon as Friday.', 'Friday', 'future'],
    ['The senator will visit her embattled district and its shuttered mills on Monday.', 'Monday', 'future'],
    ['The flooded farms were toured by Governor Ana Pike on Wednesday.', 'Wednesday', 'past'],
    ['The harbour has been dredged on Tuesday.', 'Tuesday', 'past'],
    ['Officials said the council could close the pier as soon as Wednesday to repair the deck.', 'Wednesday', 'future'],
    ['The new poster follows the mayor’s speech on Tuesday attacking the claim that the county would raise taxes.', 'Tuesday', 'past'],
    ['The county vote follows on Thursday.', 'Thursday', 'unknown'],
    ['The mayor has long said that her deputy should not run in the runoff slated for June 26.', 'June 26', 'future'],
    ['Voters choose a successor in a special election set for March 14.', 'March 14', 'future'],
    ['The suit, which would be the largest of its kind, may soon be dismissed, considering the tenor of oral arguments before the court Tuesday.', 'Tuesday', 'unknown'],
    ['The zoning plan would likely pass, judging by the mood of the council hearing on Monday.', 'Monday', 'unknown'],
  ])('%s → %s is %s', (sentence, expression, tense) => {
    expect(tenseOf(sentence, expression)).toBe(tense);
  });
});
