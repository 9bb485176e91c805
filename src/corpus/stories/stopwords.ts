// Words that say nothing about which story an article belongs to: English function words and the
// vocabulary every news article uses ("said", "told", "percent", weekdays). Hand-kept because the
// project's NLP libraries expose no stable stop list, and this one also holds news boilerplate.
export const STOPWORDS = new Set(
  `a about above across after again against ago all almost along already also although always am among an and another any
  anyone anything are around as ask asked at away back be became because become been before being below between both but by
  call called came can cannot could did do does doing done down during each early either else enough even ever every
  few first for former from further get gets getting give given go going gone got great had has have having he her here
  hers herself him himself his how however i if in including instead into is it its itself just know known last later
  least less let like likely made make makes making many may me might more most much must my myself near need never new
  next no nor not now of off often on once one only or other others our ours ourselves out over own part past per
  perhaps put quite rather really right said same saw say saying says see seen several she should since so some someone
  something still such take taken than that the their theirs them themselves then there these they thing things think
  this those though three through thus time times to today told too took toward two under until up upon us use used
  very via want wanted was way we week weeks well went were what whatever when where whether which while who whom whose
  why will with within without would year years yes yet you your yours yourself
  monday tuesday wednesday thursday friday saturday sunday january february march april june july august september
  october november december percent mr mrs ms dr according reported report reports told news article story stories
  people thursday tell tells telling statement added noted asked says wrote writes called also its it's don't didn't
  can't won't isn't that's there's he's she's they're we're i'm you're`.split(/\s+/),
);
