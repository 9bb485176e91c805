// The furniture rules: what each must catch, and (the negative table) story sentences that share
// their words but must be kept.
import { describe, expect, it } from 'vitest';
import { TEXT_RULES } from './text-block-rules.js';

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
const ruleFor = (text: string) => {
  for (const rule of TEXT_RULES) {
    const name = rule(text, words(text));
    if (name) return name;
  }
  return null;
};

describe('furniture blocks', () => {
  it.each([
    ['Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM', 'dateline'],
    ['By Jane Doe - 11/18/19 11:04 PM EST', 'dateline'],
    ['PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019', 'dateline'],
    ['November 18, 2019 | 4:10pm', 'dateline'],
    ['By Jane Doe', 'byline'],
    ['By', 'byline'],
    ['View author archive', 'byline'],
    ['Write to Jane Doe at jane.doe@example.com', 'byline'],
    ['Associated Press writers Ann Lee and Bo Chen contributed to this report.', 'byline'],
    ['Reporting by Ann Lee; Editing by Bo Chen', 'byline'],
    ['Image 1 of / 4', 'ui-label'],
    ['(Image: GETTY)', 'credit'],
    ['Photo: Gene Smith', 'credit'],
    ['Image copyright Getty Images', 'credit'],
    ['The mayor opens the new bridge on Thursday. (Photo: City Hall)', 'credit'],
    ['Alex Wong | Getty Images', 'credit'],
    ['Subscribe to our newsletter for the stories that matter.', 'promo'],
    ['Follow Newsbeat on Instagram, Facebook and Twitter.', 'promo'],
    ['Get the latest updates right in your inbox.', 'promo'],
    ['Tell us what YOU think...', 'promo'],
    ['Note: we are temporarily moderating all comments submitted to deal with a surge in spam.', 'promo'],
    ['© 2025 Example Media. All rights reserved.', 'copyright'],
    ['Advertisement', 'ui-label'],
    ['Print Article', 'ui-label'],
    ['Image 1 of 4', 'ui-label'],
  ])('%s -> %s', (text, rule) => expect(ruleFor(text)).toBe(rule));
});

describe('story sentences that must stay', () => {
  it.each([
    'The findings were published today (Nov. 18) in the journal Nature.',
    'An Alibaba spokesperson declined to comment on the pricing to Reuters.',
    'To get started, simply write down what you eat each day using a notebook or an app.',
    'Get support for the hard parts, and join a group whose members have your back.',
    'The minister said she would follow the advice of the health committee.',
    'He posted a video on Twitter on Monday in which he apologised.',
    '4:14 p.m.',
    'Share prices fell by 4% on Tuesday after the results were published.',
    'By the end of the year, the company had hired 300 people.',
    'More than 100 people were evacuated from the building.',
    'What do you think happens to the money? Nobody in the council could say, she added, and the auditors were not asked.',
  ])('%s', (text) => expect(ruleFor(text)).toBeNull());
});
