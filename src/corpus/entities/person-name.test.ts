import { describe, expect, it } from 'vitest';
import { isPlausiblePersonName, parsePersonName } from './person-name.js';

describe('parsePersonName', () => {
  it.each([
    ['Donald J. Trump', { given: 'donald', middle: ['j'], surname: 'trump', suffix: null }],
    ['Hillary Rodham Clinton', { given: 'hillary', middle: ['rodham'], surname: 'clinton', suffix: null }],
    ['Mr. Trump', { given: null, middle: [], surname: 'trump', suffix: null }],
    ['Sen. Ted Cruz', { given: 'ted', middle: [], surname: 'cruz', suffix: null }],
    ['Donald Trump Jr.', { given: 'donald', middle: [], surname: 'trump', suffix: 'jr' }],
    ['Bashar al-Assad', { given: 'bashar', middle: [], surname: 'assad', suffix: null }],
    ['Bill de Blasio', { given: 'bill', middle: [], surname: 'blasio', suffix: null }],
    ['Alexandria Ocasio-Cortez', { given: 'alexandria', middle: [], surname: 'ocasiocortez', suffix: null }],
    ['George H. W. Bush', { given: 'george', middle: ['h', 'w'], surname: 'bush', suffix: null }],
    ['George H.W. Bush', { given: 'george', middle: ['h', 'w'], surname: 'bush', suffix: null }],
    ['Hillary', { given: null, middle: [], surname: 'hillary', suffix: null }],
    ["Clinton's", { given: null, middle: [], surname: 'clinton', suffix: null }],
  ])('%s', (input, expected) => {
    expect(parsePersonName(input)).toMatchObject(expected);
  });

  it('returns null for a name with no letters', () => {
    expect(parsePersonName('—')).toBeNull();
  });
});

describe('isPlausiblePersonName', () => {
  it.each(['Donald J. Trump', 'Ludwig van Beethoven', 'Bashar al-Assad', 'Trump', 'Alexandria Ocasio-Cortez', 'Hillary Clinton’s'])('%s is a person-like name', (n) => {
    expect(isPlausiblePersonName(n)).toBe(true);
  });
  it.each(['Trump or Cruz', 'Bush has Heffley', 'Clinton ca', 'Electing Obama', 'Democrat Clinton', 'Trump Tower', 'Clinton Foundation'])('%s is not', (n) => {
    expect(isPlausiblePersonName(n)).toBe(false);
  });
});
