/** English function words: they carry no topic, so two passages sharing them share nothing. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each few for from further had has
  have having he her here hers herself him himself his how i if in into is it its itself just me more
  most my myself no nor not now of off on once only or other our ours ourselves out over own same she
  should so some such than that the their theirs them themselves then there these they this those
  through to too under until up very was we were what when where which while who whom why will with
  would you your yours yourself yourselves isn't aren't wasn't weren't don't doesn't didn't won't
  can't it's there's also however mr mrs ms`.split(/\s+/u).filter(Boolean),
);
