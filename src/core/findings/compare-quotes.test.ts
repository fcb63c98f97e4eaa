// Quote findings on made-up reporting, one story per failure class met on BASIL (issue 11): an
// excerpt read as a rewording, stretches of one statement, a shared phrase joining two statements,
// a set phrase joining a statement, two speakers joined through "he said". All sentences are ours.
import { describe, expect, it } from 'vitest';
import { analyzeCorpus } from '../analyze';
import type { Finding } from '../model/analysis';
import type { AnalysisDocument } from '../model/document';

const doc = (id: string, ...paragraphs: string[]): AnalysisDocument => ({ id, title: id, published: '2024-03-04', text: paragraphs.join('\n\n') });

function quoteFindings(...docs: AnalysisDocument[]): Array<Pick<Finding, 'verdict' | 'summary'> & { quotes: string[] }> {
  return analyzeCorpus(docs, { includeBoilerplate: false })
    .findings.filter((finding) => finding.kind === 'quote')
    .map((finding) => ({ verdict: finding.verdict, summary: finding.summary, quotes: finding.mentions.map((mention) => `${mention.doc}: ${String(mention.value)}`) }));
}

const FLOOD_A = doc(
  'a',
  'Mayor Ilse Varga visited the flooded harbor district on Monday.',
  '“We will rebuild the harbor before winter, and every family will have a roof by spring. Nobody will be left out,” Varga said.',
);

describe('compareQuotes', () => {
  it('finds an outlet quoting a few words of a longer quote consistent, not a variant', () => {
    const b = doc('b', 'Mayor Ilse Varga toured the harbor district on Monday and promised that “every family will have a roof by spring.”');
    expect(quoteFindings(FLOOD_A, b)).toEqual([expect.objectContaining({ verdict: 'consistent', summary: expect.stringContaining('some quoting only part of it') })]);
  });

  it('finds outlets quoting different stretches of one statement consistent where they agree', () => {
    const b = doc('b', 'Mayor Ilse Varga toured the harbor district on Monday.', '“Every family will have a roof by spring. Nobody will be left out. We owe them that,” Varga said.');
    expect(quoteFindings(FLOOD_A, b).map((finding) => finding.verdict)).toEqual(['consistent']);
  });

  it('still shows a word changed inside an excerpt as a variant, with the changed words', () => {
    const b = doc('b', 'Mayor Ilse Varga toured the harbor district on Monday and promised that “every family will have a new roof by spring.”');
    expect(quoteFindings(FLOOD_A, b)).toEqual([expect.objectContaining({ verdict: 'variant', summary: expect.stringContaining('— → “new”') })]);
  });

  it('does not join two statements of one speaker that share a phrase', () => {
    const a = doc('a', 'Mayor Ilse Varga spoke to the council on Monday.', '“If the council is determined to protect the harbor from storms, it must pay for the sea wall now,” Varga said.');
    const b = doc('b', 'Mayor Ilse Varga spoke to reporters on Monday.', '“Councillors have told us they are determined to protect the harbor from storms, and I welcome that and thank them,” Varga said.');
    expect(quoteFindings(a, b)).toEqual([]);
  });

  it('does not join a motto with a statement that uses its words in another order', () => {
    const a = doc('a', 'The council voted on Monday to keep “In Harbors We Trust” as the town motto.');
    const b = doc('b', 'The council kept its motto on Monday.', '“I trust in harbors, but harbors need money,” Mayor Ilse Varga said.', 'Residents also recited “In Harbors We Trust” at the meeting.');
    expect(quoteFindings(a, b)).toEqual([expect.objectContaining({ verdict: 'consistent', quotes: ['a: In Harbors We Trust', 'b: In Harbors We Trust'] })]);
  });

  it('does not join the same words given to two people when one of them is read from “he said”', () => {
    const a = doc('a', 'Mayor Ilse Varga inspected the levee on Monday.', '“The levee will hold through the winter storms,” she said.');
    const b = doc('b', 'Engineer Piet Romer inspected the levee on Monday.', '“The levee will hold through most winter storms,” he said.');
    expect(quoteFindings(a, b)).toEqual([]);
  });

  it('keeps a reworded quote of one speaker a variant', () => {
    const a = doc('a', 'Mayor Ilse Varga inspected the levee on Monday.', '“The levee will hold through the winter storms,” Varga said.');
    const b = doc('b', 'Mayor Ilse Varga inspected the levee on Monday.', '“The levee will hold through most winter storms,” Varga said.');
    expect(quoteFindings(a, b).map((finding) => finding.verdict)).toEqual(['variant']);
  });

  it('does not join a second sentence of the speaker to a quote the outlet also gives in closer words', () => {
    const a = doc(
      'a',
      'Mayor Ilse Varga spoke at the harbor on Monday.',
      'Asked about the levy, she said: “You know I am not going to talk about the levy anymore.”',
      '“But I am not going to allow one storm to dominate what I talk about,” Varga said.',
    );
    const b = doc('b', 'Mayor Ilse Varga spoke at the harbor on Monday.', '“I am not going to talk about the levy anymore,” Varga told reporters.');
    expect(quoteFindings(a, b)).toEqual([
      expect.objectContaining({ verdict: 'consistent', quotes: ['a: You know I am not going to talk about the levy anymore', 'b: I am not going to talk about the levy anymore'] }),
    ]);
  });

  it('shows one statement quoted with its clauses in another order as a variant', () => {
    const a = doc('a', 'Mayor Ilse Varga spoke to the council on Monday.', '“I do not support a toll on the old bridge, and I do not support closing the night ferry to the islands,” Varga said.');
    const b = doc('b', 'Mayor Ilse Varga spoke to the council on Monday.', '“I don’t support closing the night ferry to the islands, and I don’t support a toll on the old bridge,” Varga said.');
    expect(quoteFindings(a, b).map((finding) => finding.verdict)).toEqual(['variant']);
  });

  it('does not join a letter addressed to a man with a statement about him that shares its words', () => {
    const a = doc('a', 'Forty professors sent a letter to Senator Odell Marsh on Monday.', '“Your tax plan appears to reflect the values of your favorite economist rather than the needs of working families,” says the letter.');
    const b = doc('b', 'The Rev. Tomas Quill criticized the plan on Monday.', '“I fear that Senator Marsh’s tax plan reflects the values of his favorite economist rather than the needs of working families,” said Father Quill.');
    expect(quoteFindings(a, b)).toEqual([]);
  });

  it('does not join an organization’s own words with words about it that no one is named as saying', () => {
    const a = doc('a', 'The pension union denied a report on Monday.', 'Its director later called the report "misleading" and claimed "the union has not changed its position on the pension fund."');
    const b = doc('b', 'The pension union denied a report on Monday.', '"Wait and see -- our position has not changed on the pension fund," a union spokeswoman wrote in an email.');
    expect(quoteFindings(a, b)).toEqual([]);
  });

  it('keeps one statement a variant when only a pronoun of the same person changes', () => {
    const a = doc('a', 'Mayor Ilse Varga spoke to the council on Monday.', '“Our harbor will be rebuilt before winter and our families will have roofs,” Varga said.');
    const b = doc('b', 'Mayor Ilse Varga spoke to the council on Monday.', '“Our harbor will be rebuilt by winter and we will have roofs for our families,” Varga said.');
    expect(quoteFindings(a, b).map((finding) => finding.verdict)).toEqual(['variant']);
  });

  it('still shows a word changed between two long wordings when a third outlet quotes only a stretch both give alike', () => {
    const said = (text: string) => `“${text} The county will cooperate with the inspectors and will answer every question,” the spokesman, Aldo Brenn, said.`;
    const a = doc('a', 'The county received three subpoenas on Monday.', said('All three subpoenas concern the closing of lanes on the Harwood Bridge.'));
    const b = doc('b', 'The county received three subpoenas on Monday.', said('All three subpoenas concern the closing of lanes on the Harrod Bridge.'));
    const c = doc('c', 'The county received three subpoenas on Monday.', '“The county will cooperate with the inspectors and will answer every question,” the spokesman, Aldo Brenn, said.');
    expect(quoteFindings(a, b, c)).toEqual([expect.objectContaining({ verdict: 'variant', summary: expect.stringContaining('“Harwood” → “Harrod”') })]);
  });
});
