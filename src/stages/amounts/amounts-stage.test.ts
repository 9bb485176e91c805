// Table-driven tests of the amounts stage on short texts we wrote. Documents are built with the
// segmenter and this stage only. Each row: a name, the text, the span an amount must cover exactly,
// and the fields it must have (fields left out are not checked).
import { describe, expect, it } from 'vitest';
import { Doc } from '../../core/document.js';
import type { Amount } from '../../core/records/amount.js';
import { segmentStage } from '../segment/wink-segmenter.js';
import { amountsStage } from './amounts-stage.js';

function amountsOf(text: string): Amount[] {
  const doc = Doc.create(text, { id: 'test' });
  segmentStage.run(doc, { published: null });
  amountsStage.run(doc, { published: null });
  return doc.amounts;
}

type Expect = Partial<Pick<Amount, 'value' | 'unit' | 'object' | 'qualifier' | 'min' | 'max' | 'extractor'>>;

const CASES: [string, string, string, Expect][] = [
  // money
  ['dollars with a scale word', 'Kyiv secured $1.5 billion from its allies.', '$1.5 billion', { value: 1.5e9, unit: 'USD', extractor: 'amounts.money.v1' }],
  ['dollars, million', 'The Netherlands contributed $500 million.', '$500 million', { value: 5e8, unit: 'USD', qualifier: 'exact' }],
  ['euro symbol, m suffix', 'The fund lost €20m last year.', '€20m', { value: 2e7, unit: 'EUR' }],
  ['pound symbol, bn suffix', 'The deal is worth £3bn.', '£3bn', { value: 3e9, unit: 'GBP' }],
  ['currency word after', 'The bank lent 500 million euros.', '500 million euros', { value: 5e8, unit: 'EUR' }],
  ['roubles', 'The court fined the firm 2.5bn roubles.', '2.5bn roubles', { value: 2.5e9, unit: 'RUB' }],
  ['rubles (US spelling)', 'He paid 300 rubles.', '300 rubles', { value: 300, unit: 'RUB' }],
  ['hryvnias', 'Kyiv allocated 300,000 hryvnias.', '300,000 hryvnias', { value: 3e5, unit: 'UAH' }],
  ['Australian dollar prefix', 'Canberra pledged A$300m.', 'A$300m', { value: 3e8, unit: 'AUD' }],
  ['Hong Kong dollar prefix', 'The tower sold for HK$5bn.', 'HK$5bn', { value: 5e9, unit: 'HKD' }],
  ['Canadian dollar prefix', 'Tickets cost C$10.', 'C$10', { value: 10, unit: 'CAD' }],
  ['US dollar prefix', 'Exports reached US$5bn.', 'US$5bn', { value: 5e9, unit: 'USD' }],
  ['qualified currency word', 'She was paid 300 Australian dollars.', '300 Australian dollars', { value: 300, unit: 'AUD' }],
  ['US dollars', 'It cost 5 million US dollars.', '5 million US dollars', { value: 5e6, unit: 'USD' }],
  ['ISO code before', 'The loan is USD 5 million.', 'USD 5 million', { value: 5e6, unit: 'USD' }],
  ['rupees, crore', 'The state spent Rs 500 crore.', 'Rs 500 crore', { value: 5e9, unit: 'INR' }],
  ['hyphenated scale', 'It is a $5.2-billion plan.', '$5.2-billion', { value: 5.2e9, unit: 'USD' }],
  ['k suffix', 'He earns $50k a year.', '$50k', { value: 5e4, unit: 'USD' }],
  ['vague money', 'Billions of dollars were lost.', 'Billions of dollars', { value: 2e9, unit: 'USD', min: 2e9, max: 1e10 - 1, qualifier: 'approximate' }],
  ['money range', 'The cost is $1-2 billion.', '$1-2 billion', { value: 1e9, min: 1e9, max: 2e9, unit: 'USD' }],
  ['money range, both ends written', 'Bonuses were $500 to $2,000 a quarter.', '$500 to $2,000', { value: 500, min: 500, max: 2000, unit: 'USD', qualifier: 'approximate' }],
  ['money range with between', 'They earn between $30,000 and $60,000.', 'between $30,000 and $60,000', { value: 30000, min: 30000, max: 60000, unit: 'USD' }],
  ['a change from one value to another', 'Turnout rose from 5% to 10%.', '10%', { value: 10, unit: 'percent', min: null }],
  ['a change is not a range', 'Nickel rose by 500 to 39,200 rupees.', '39,200 rupees', { value: 39200, unit: 'INR', min: null, max: null }],
  // percentages
  ['per cent', 'He was not 100 per cent sure.', '100 per cent', { value: 100, unit: 'percent', extractor: 'amounts.percent.v1' }],
  ['percent sign', 'Turnout was 40%.', '40%', { value: 40, unit: 'percent' }],
  ['percent word', 'Prices rose 3.5 percent.', '3.5 percent', { value: 3.5, unit: 'percent' }],
  ['pc', 'Sales fell 12pc.', '12pc', { value: 12, unit: 'percent' }],
  ['words per cent', 'Fifty per cent voted.', 'Fifty per cent', { value: 50, unit: 'percent' }],
  ['percentage points', 'Rates rose 0.5 percentage points.', '0.5 percentage points', { value: 0.5, unit: 'pp' }],
  // measures and durations
  ['km against the number', 'Troops advanced by up to 10km.', 'up to 10km', { value: 10, unit: 'km', qualifier: 'up-to', extractor: 'amounts.measure.v1' }],
  ['km spaced', 'The convoy was 25 km long.', '25 km', { value: 25, unit: 'km' }],
  ['tonnes of grain', 'Ships carried 5,000 tonnes of grain.', '5,000 tonnes', { value: 5000, unit: 't', object: 'grain' }],
  ['hectares', 'Fire burned 300 hectares.', '300 hectares', { value: 300, unit: 'ha' }],
  ['square kilometres', 'The zone covers 50 sq km.', '50 sq km', { value: 50, unit: 'km2' }],
  ['miles', 'They drove 30 miles.', '30 miles', { value: 30, unit: 'mi' }],
  ['metres by context', 'A 3m high wall stands there.', '3m', { value: 3, unit: 'm' }],
  ['metres, spaced', 'He won the 100 m final.', '100 m', { value: 100, unit: 'm' }],
  ['metres for large numbers', 'The peak rises to 8,848m.', '8,848m', { value: 8848, unit: 'm' }],
  ['temperature', 'It reached 30°C.', '30°C', { value: 30, unit: '°C' }],
  ['duration', 'The war has lasted more than three years.', 'more than three years', { value: 3, unit: 'year', qualifier: 'more-than' }],
  ['and a half, hyphenated', "Russia's nearly three-and-a-half year offensive.", 'nearly three-and-a-half year', { value: 3.5, unit: 'year', qualifier: 'approximate' }],
  ['hyphenated duration', 'He began a five-day visit.', 'five-day', { value: 5, unit: 'day' }],
  // ages
  ['age, hyphenated', 'A 45-year-old man was held.', '45-year-old', { value: 45, unit: 'year', extractor: 'amounts.age.v1' }],
  ['age, years old', 'He is 70 years old.', '70 years old', { value: 70, unit: 'year' }],
  ['age after a name', 'Mr King, 82, told me.', '82', { value: 82, unit: 'year' }],
  ['age after aged', 'Aged 45, he left.', '45', { value: 45, unit: 'year' }],
  ['fraction', 'It rained for 3 1/2 hours.', '3 1/2 hours', { value: 3.5, unit: 'h' }],
  ['one day after a preposition', 'The strike lasted for one day.', 'one day', { value: 1, unit: 'day' }],
  // counts of people
  ['three people', 'The attack wounded three people.', 'three people', { value: 3, unit: 'people', object: 'people', extractor: 'amounts.count.v1' }],
  ['people then a verb', 'Three people wounded in the attack were treated.', 'Three people', { value: 3, unit: 'people' }],
  ['twenty-one', 'Twenty-one soldiers died.', 'Twenty-one soldiers', { value: 21, unit: 'people', object: 'soldiers' }],
  ['adjective between', 'It killed two Ukrainian soldiers.', 'two Ukrainian soldiers', { value: 2, unit: 'people', object: 'soldiers' }],
  ['tens of thousands of people', 'Tens of thousands of people have been killed.', 'Tens of thousands of people',
    { value: 20000, min: 20000, max: 99999, unit: 'people', qualifier: 'approximate' }],
  ['hundreds of thousands of a demonym', 'Hundreds of thousands of Ukrainians fled.', 'Hundreds of thousands of Ukrainians',
    { value: 2e5, min: 2e5, max: 999999, unit: 'people', object: 'Ukrainians' }],
  ['demonym plural', 'The raid killed 20 Palestinians.', '20 Palestinians', { value: 20, unit: 'people' }],
  ['range with between', 'Between 10 and 20 people died.', 'Between 10 and 20 people', { value: 10, min: 10, max: 20, unit: 'people', qualifier: 'approximate' }],
  ['range with a dash', 'Russia fired 20-30 drones.', '20-30 drones', { value: 20, min: 20, max: 30, unit: 'count', object: 'drones' }],
  ['range with to', 'Five to six officials attended.', 'Five to six officials', { value: 5, min: 5, max: 6, unit: 'people' }],
  ['at least', 'At least 30 civilians died.', 'At least 30 civilians', { value: 30, unit: 'people', qualifier: 'at-least' }],
  ['more than', 'More than 1,000 migrants crossed.', 'More than 1,000 migrants', { value: 1000, unit: 'people', qualifier: 'more-than' }],
  ['over', 'Over 200 troops arrived.', 'Over 200 troops', { value: 200, qualifier: 'more-than' }],
  ['up to', 'Up to 500 troops may be sent.', 'Up to 500 troops', { value: 500, qualifier: 'up-to' }],
  ['about', 'About 40 children were rescued.', 'About 40 children', { value: 40, qualifier: 'approximate' }],
  ['some', 'Some 300 refugees arrived.', 'Some 300 refugees', { value: 300, qualifier: 'approximate' }],
  ['less than', 'Fewer than 10 journalists remain.', 'Fewer than 10 journalists', { value: 10, qualifier: 'less-than' }],
  ['at most', 'At most 12 officers were present.', 'At most 12 officers', { value: 12, qualifier: 'at-most' }],
  ['or more after', 'It may take 10 soldiers or more.', '10 soldiers or more', { value: 10, qualifier: 'at-least' }],
  ['casualty verb before a bare count', 'The strike killed 12 on Monday.', '12', { value: 12, unit: 'people', object: null }],
  ['casualty word after', 'The blast left three dead.', 'three', { value: 3, unit: 'people' }],
  ['population', 'Lagos is a city of 20 million.', '20 million', { value: 2e7, unit: 'people' }],
  ['several hundred', 'Several hundred people gathered.', 'Several hundred people', { value: 200, min: 200, max: 999, unit: 'people', qualifier: 'approximate' }],
  ['police as people', 'Some 500 police were deployed.', 'Some 500 police', { value: 500, unit: 'people' }],
  // counts of things
  ['counted locations', 'He has three locations in mind.', 'three locations', { value: 3, unit: 'count', object: 'locations' }],
  ['captured settlements', 'Troops captured two settlements in the east.', 'two settlements', { value: 2, unit: 'count', object: 'settlements' }],
  ['compound noun object', 'North Korea conducted two missile tests.', 'two missile tests', { value: 2, unit: 'count', object: 'missile tests' }],
  ['dozens of', 'Ukraine fired dozens of drones at Russia.', 'dozens of drones', { value: 24, min: 24, max: 99, unit: 'count', object: 'drones', qualifier: 'approximate' }],
  ['a dozen', 'A dozen drones were downed.', 'A dozen drones', { value: 12, object: 'drones' }],
  ['two dozen', 'Two dozen missiles were fired.', 'Two dozen missiles', { value: 24, object: 'missiles' }],
  ['words with hundred and', 'One hundred and five ships sailed.', 'One hundred and five ships', { value: 105, object: 'ships' }],
  ['half a million, bare', 'Half a million fled.', 'Half a million', { value: 5e5 }],
  ['m suffix, bare', 'Sales hit 1.2m.', '1.2m', { value: 1.2e6, unit: 'count' }],
  ['a million', 'A million homes lost power.', 'A million homes', { value: 1e6, object: 'homes' }],
  ['one counting a noun', 'Only one drone got through.', 'one drone', { value: 1, object: 'drone' }],
  ['digits and a plural', 'Russia fired 20 drones and 3 missiles.', '3 missiles', { value: 3, object: 'missiles' }],
  ['year-like count of a plural', 'Officials said 1500 troops arrived.', '1500 troops', { value: 1500, unit: 'people' }],
];

describe('amounts stage', () => {
  it.each(CASES)('%s', (_name, text, span, expected) => {
    const amounts = amountsOf(text);
    const hit = amounts.find((a) => text.slice(a.start, a.end) === span);
    const seen = amounts.map((a) => `${text.slice(a.start, a.end)} = ${a.value} ${a.unit}`);
    expect(hit, `no amount spanning ${JSON.stringify(span)}; found ${JSON.stringify(seen)}`).toBeDefined();
    for (const [key, value] of Object.entries(expected)) expect(hit?.[key as keyof Amount], key).toEqual(value);
  });

  it('numbers amounts a1, a2, ... in text order and records the extractor', () => {
    const text = 'Kyiv got $500 million, then 40% more, for 3 drones and 10km of road.';
    const amounts = amountsOf(text);
    expect(amounts.map((a) => a.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(amounts.map((a) => a.extractor)).toEqual(['amounts.money.v1', 'amounts.percent.v1', 'amounts.count.v1', 'amounts.measure.v1']);
    const starts = amounts.map((a) => a.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });
});
