import { describe, expect, it } from 'vitest';
import { analyzeCorpus } from '../analyze';
import { checkStory, FIXTURE_STORIES } from './fixture-stories';

describe('findings on made-up independent reporting (one story per failure class)', () => {
  it.each(FIXTURE_STORIES.map((story) => [story.name, story] as const))('%s', (_name, story) => {
    const { findings } = analyzeCorpus(story.docs, { includeBoilerplate: false });
    const check = checkStory(story, findings);
    const show = (list: ReadonlyArray<{ kind: string; summary?: string; texts?: string[] }>) => list.map((entry) => `${entry.kind}: ${entry.summary ?? entry.texts?.join(' / ')}`);
    expect({ missing: show(check.missing), unwanted: show(check.unwanted), falseDiscrepant: show(check.falseDiscrepant) }).toEqual({ missing: [], unwanted: [], falseDiscrepant: [] });
  });
});
