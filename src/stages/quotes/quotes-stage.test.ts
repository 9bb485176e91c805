// Table-driven tests of the quote and coref stages on short texts we wrote. Each row: the text, then
// what one of the extracted quotes must look like.
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../test/helpers/extract-text.js';

type Expect = { content: string; cue?: string; source?: string; speaker?: string | null; channel?: string; direct?: boolean; belief?: boolean };

const CASES: [string, string, Expect][] = [
  ['reported, said that', 'Finance Minister Ana Ruiz said that the budget would be balanced by 2027.',
    { content: 'that the budget would be balanced by 2027', cue: 'said', source: 'Finance Minister Ana Ruiz', speaker: 'Ana Ruiz', direct: false }],
  ['reported, no that', 'Mr Okafor said the talks had failed.',
    { content: 'the talks had failed', cue: 'said', source: 'Mr Okafor', speaker: 'Okafor' }],
  ['direct, cue after', '“We will not give up,” Ana Ruiz said.',
    { content: '“We will not give up,”', cue: 'said', source: 'Ana Ruiz', direct: true }],
  ['direct, inverted cue', '“We will not give up,” said Ana Ruiz.',
    { content: '“We will not give up,”', cue: 'said', source: 'Ana Ruiz', direct: true }],
  ['inverted cue, a name the surface reads as a modal', '“Five of them left,” said Will Okafor, a farmer who sells eggs.',
    { content: '“Five of them left,”', cue: 'said', source: 'Will Okafor', speaker: 'Will Okafor' }],
  ['name and appositive between quotation and cue', '“We saw the need to move faster than we planned,” Ana Ruiz, deputy director for planning, said.',
    { content: '“We saw the need to move faster than we planned,”', cue: 'said', speaker: 'Ana Ruiz' }],
  ['name and appositive, then a continuation', '“Our aim is to be where the buyers are,” Pedro Gil, chief of Norte-Sur, adds. “Wider reach is better.”',
    { content: '“Our aim is to be where the buyers are,” | “Wider reach is better.”', cue: 'adds', speaker: 'Pedro Gil' }],
  ['subject before a told cue with a comma: the object does not speak', 'Ana Ruiz, a senior analyst at Norte Bank, told Radio Sur in October 2018 that rates would fall.',
    { content: 'that rates would fall', cue: 'told', speaker: 'Ana Ruiz' }],
  ['a name closing the source after a title speaks', 'Peru’s ambassador to Chile Ana Ruiz has said that the border would stay open.',
    { content: 'that the border would stay open', speaker: 'Ana Ruiz' }],
  ['a name after a descriptive title speaks', 'Peruvian-Chilean investor Pedro Gil had said, “Prices do not rise out of thin air.”',
    { content: '“Prices do not rise out of thin air.”', speaker: 'Pedro Gil' }],
  ['a lawyer for a person is not the person', 'A lawyer for Ana Ruiz said the case was closed.',
    { content: 'the case was closed', speaker: null }],
  ['cue inside a clause: the verb after it goes on with the content', 'Many of the clinics, she said, are old and need repairs.',
    { content: 'Many of the clinics | are old and need repairs', cue: 'said', source: 'she' }],
  ['inverted cue inside a clause', 'The key to their success, says Ana Ruiz, is the network they built.',
    { content: 'The key to their success | is the network they built', cue: 'says', speaker: 'Ana Ruiz' }],
  ['a name and appositive before the cue: the words after are not the source', 'Pedro Gil, the finance minister of Peru, said Chile’s latest offer was weak.',
    { content: 'Chile’s latest offer was weak', cue: 'said', speaker: 'Pedro Gil' }],
  ['subject with appositive after a first clause', 'The president wants to leave, but General Ana Ruiz, chief of the joint staff, told reporters this month that the troops would stay.',
    { content: 'that the troops would stay', cue: 'told', source: 'General Ana Ruiz, chief of the joint staff,', speaker: 'Ana Ruiz' }],
  ['split quote, one attribution', '“First,” said Ana Ruiz, “we count the votes.”',
    { content: '“First,” | “we count the votes.”', speaker: 'Ana Ruiz', direct: true }],
  ['quote over several sentences', '“It is over. We go home now,” Ana Ruiz said.',
    { content: '“It is over. We go home now,”', speaker: 'Ana Ruiz' }],
  ['continuation in the next sentence', '“It is over,” Ana Ruiz said. “We go home now.”',
    { content: '“It is over,” | “We go home now.”', speaker: 'Ana Ruiz' }],
  ['colon introduction', 'Ana Ruiz wrote on X: “The vote is final.”',
    { content: '“The vote is final.”', cue: 'wrote', channel: 'on X', speaker: 'Ana Ruiz' }],
  ['channel and time between cue and content', 'Ana Ruiz said in an interview on Radio Norte on Monday that the vote was final.',
    { content: 'that the vote was final', channel: 'in an interview on Radio Norte', speaker: 'Ana Ruiz' }],
  ['content before the source', 'The vote was final, the ministry said.',
    { content: 'The vote was final', cue: 'said', source: 'the ministry' }],
  ['organisation speaks', 'The Defence Ministry said troops had crossed the river.',
    { content: 'troops had crossed the river', speaker: 'Defence Ministry' }],
  ['pronoun resolves to the last subject', 'Ana Ruiz met Pedro Gil in Lima. She said the deal was close.',
    { content: 'the deal was close', source: 'She', speaker: 'Ana Ruiz' }],
  ['participle inherits the source', '“We are ready,” Ana Ruiz said, adding that talks would resume.',
    { content: 'that talks would resume', cue: 'adding', speaker: 'Ana Ruiz' }],
  ['according to', 'According to the ministry, the border will reopen on Friday.',
    { content: 'the border will reopen on Friday', cue: 'According to', source: 'the ministry' }],
  ['auxiliary is part of the cue', 'The mayor has said the plan is dead.',
    { content: 'the plan is dead', cue: 'has said', source: 'The mayor' }],
  ['description resolves to the titled person', 'Russian President Ivan Petrov arrived. The Russian leader said the summit was useful.',
    { content: 'the summit was useful', speaker: 'Ivan Petrov' }],
  ['source with modifiers between quotation and cue', '“We had a plan,” the 14th-seeded Ana Ruiz said.',
    { content: '“We had a plan,”', cue: 'said', source: 'the 14th-seeded Ana Ruiz', speaker: 'Ana Ruiz' }],
  ['appositive source, then a continuation', '“It is good to be home,” Pedro Gil, chief executive of Norte Mining, adds. “We start on Monday.”',
    { content: '“It is good to be home,” | “We start on Monday.”', source: 'Pedro Gil, chief executive of Norte Mining', speaker: 'Pedro Gil' }],
  ['reported content, then a quotation under the same cue', 'Sometimes the rules are not followed, Ana Ruiz said. “But that is no crime.”',
    { content: 'Sometimes the rules are not followed | “But that is no crime.”', speaker: 'Ana Ruiz' }],
  ['a quoted title in the cue sentence does not stop the continuation', '“It is over,” Ana Ruiz said on “Morning Report” on Monday. “We go home now.”',
    { content: '“It is over,” | “We go home now.”', speaker: 'Ana Ruiz' }],
  ['the head of the source speaks, not a name inside it', 'One Lima-based trade lawyer said the tariffs would stay.',
    { content: 'the tariffs would stay', speaker: null }],
  ['an apposition after the role noun speaks', 'The trade lawyer, Ana Ruiz, said the tariffs would stay.',
    { content: 'the tariffs would stay', speaker: 'Ana Ruiz' }],
  ['a possessor is not the speaker', 'Norte Mining\'s lawyer said the tariffs would stay.',
    { content: 'the tariffs would stay', speaker: null }],
  ['a fronted phrase with a quoted term is not the content', 'About his “protégé” Ana Ruiz wrote, “He has served us well for years.”',
    { content: '“He has served us well for years.”', source: 'Ana Ruiz' }],
  ['a wish is an attitude, not a statement', 'The ministry also wants the border to reopen on Friday.',
    { content: 'the border to reopen on Friday', belief: true }],
  ['a speech act outside the lexicon is a statement', 'Ana Ruiz urged that the border reopen on Friday.',
    { content: 'that the border reopen on Friday', belief: false }],
  ['transcript turn of a person the article names', 'Ana Ruiz met the press.\n\nRUIZ: We will not sign this text.',
    { content: 'We will not sign this text.', cue: ':', source: 'RUIZ' }],
  ['transcript turn', 'RUIZ: We will not sign this text.',
    { content: 'We will not sign this text.', cue: ':', source: 'RUIZ' }],
];

describe('quotes stage', () => {
  it.each(CASES)('%s', (_name, text, expected) => {
    const quotes = quotesOf(text);
    const hit = quotes.find((q) => q.content === expected.content);
    expect(hit, `no quote with content ${JSON.stringify(expected.content)} in ${JSON.stringify(quotes, null, 1)}`).toBeDefined();
    for (const key of ['cue', 'source', 'speaker', 'channel', 'direct', 'belief'] as const) {
      if (expected[key] !== undefined) expect(hit?.[key], key).toBe(expected[key]);
    }
  });
});

// What must NOT be extracted as a quotation.
const NEGATIVE: [string, string][] = [
  ['scare quotes are not speech', 'The so-called “peace plan” was published.'],
  ['titles of works are not speech', 'She starred in “The Long Night Of The Hunter” last year.'],
  ['a passive with no speaker', 'It was announced that the bridge would close.'],
  ['no cue, no quote marks', 'The river rose by two metres overnight.'],
  ['page furniture before a colon is not a speaker', 'Correction: An earlier version gave the wrong date for the vote.'],
  ['a dateline is not a speaker', 'LIMA: The talks ended late on Thursday and will resume in April.'],
  ['an action with a speech verb\'s form: keeping', 'The club maintains two small football fields near the river.'],
  ['speech verbs inside a quotation are the speaker\'s words', '“They say it cannot be done,” Ana Ruiz said.'],
];

describe('quotes stage: negative cases', () => {
  it.each(NEGATIVE)('%s', (name, text) => {
    const quotes = quotesOf(text);
    if (name.startsWith('speech verbs')) {
      expect(quotes).toHaveLength(1);
      expect(quotes[0].cue).toBe('said');
    } else {
      expect(quotes).toEqual([]);
    }
  });
});
