// Near-duplicates on texts we wrote: one wire story republished with light edits, a new headline,
// site boilerplate or cut short is a copy; other stories on the same topic (same places, same people,
// same numbers) are not. Plus a property: shuffling a text's sentences keeps it a copy only while
// most of its word runs survive.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NearDuplicateIndex } from './near-duplicate-index.js';
import { estimatedJaccard, minhashSignature } from './minhash.js';
import { shingleHashes } from './shingles.js';

const WIRE = `Floodwaters swept through three villages in the Varna valley on Tuesday night, forcing more than 2,400 residents
from their homes and cutting the main road to the regional capital, officials said on Wednesday. The river rose nearly
four metres in six hours after two days of heavy rain, according to the national weather service, which warned that more
storms were expected before the weekend. "We have never seen the water come up this fast," said Elena Petrova, the mayor
of Dolno Selo, who spent the night helping neighbours carry children and elderly people to the school on the hill.
Emergency crews used boats to reach families stranded on rooftops, and an army helicopter lifted eleven people from a
farm cut off by the current. No deaths have been reported, but two men were taken to hospital with hypothermia. The
interior ministry said it had sent 300 rescue workers and would open four more shelters by Thursday. Farmers said the
flood had destroyed much of the maize harvest just weeks before it was due to be brought in. The regional governor,
Stefan Ivanov, asked the government to declare a state of emergency, which would release money for repairs to bridges
and power lines. Engineers were inspecting the Kamchia dam upstream, where the reservoir was close to full, but the
ministry said the structure was not at risk. Residents were told to boil drinking water until further notice.`;

// The same topic, places, people and figures, written as a different story.
const SAME_TOPIC = `A week after the Varna valley floods, the people of Dolno Selo are counting what the river took. Mayor Elena
Petrova walked the main street on Monday with a notebook, stopping at every gate. Mud still fills the ground floors of the
houses nearest the bank, and the school on the hill, which sheltered hundreds of families on the worst night, reopened
for lessons only on Friday. The interior ministry says 2,400 people left their homes; most have now returned, but about
forty families are living with relatives in the regional capital. Governor Stefan Ivanov has asked for emergency funds,
and engineers finished their inspection of the Kamchia dam, saying the spillway had worked as designed. For farmers the
damage is only beginning to show: the maize that stood in the fields is flattened and rotting, and seed for next year
will have to be bought on credit. Insurance, one grower said, covers the tractor but not the land.`;

const OTHER = `The central bank held its main interest rate at 4.25 percent on Thursday, saying inflation had eased for a third
month but that wage growth remained too strong for a cut. Governor Maria Lindqvist told reporters that the board had
discussed a reduction but decided the evidence was not yet clear enough. Markets had expected the decision, and the
currency was little changed after the announcement. Economists said the first cut could come in the spring if price
rises kept slowing, though several warned that higher energy costs over the winter might delay it. The bank raised its
forecast for growth this year to 1.4 percent from 1.1 percent, citing strong exports and a recovery in household spending.`;

function lightEdit(text: string): string {
  return text
    .replace('on Tuesday night', 'late on Tuesday')
    .replace('officials said on Wednesday', 'local officials said')
    .replace('nearly four metres', 'almost four metres')
    .replace('an army helicopter', 'a military helicopter')
    .replace('by Thursday', 'on Thursday')
    .replace('much of the maize harvest', 'most of the maize crop');
}

function withBoilerplate(text: string, site: string): string {
  return [
    `${site} | Home | World | Business | Sport`,
    'Floods force thousands from homes in Varna valley',
    'By Agency Staff. Published 14:02. Updated 15:40.',
    text,
    'Reporting by wire service correspondents; editing by the world desk.',
    `Sign up for the ${site} morning briefing and get the day's top stories in your inbox.`,
    'Related: Storm warnings issued for the coast. Most read: Five ways to save on heating this winter.',
    `© 2025 ${site}. All rights reserved. Cookie settings. Privacy policy.`,
  ].join('\n\n');
}

const jaccard = (a: string, b: string) => estimatedJaccard(minhashSignature(shingleHashes(a)), minhashSignature(shingleHashes(b)));

describe('NearDuplicateIndex', () => {
  it('recognises ten republished copies of one wire story as one group', () => {
    const index = new NearDuplicateIndex();
    expect(index.add('wire', WIRE)).toBeNull();
    const sites = ['Daily Herald', 'The Courier', 'Valley News', 'Morning Post', 'City Times', 'Evening Star', 'Regional Voice', 'The Observer', 'Coast Gazette', 'Capital Report'];
    sites.forEach((site, i) => {
      const copy = withBoilerplate(i % 2 ? lightEdit(WIRE) : WIRE, site);
      const match = index.add(`copy-${i}`, copy);
      expect(match, site).not.toBeNull();
      expect(match!.id).toBe('wire');
    });
    expect(index.copiesOf('wire')).toHaveLength(10);
    expect(index.groups()).toEqual([{ id: 'wire', copies: sites.map((_, i) => `copy-${i}`) }]);
  });

  it('recognises a copy cut short (the first 40%) by containment, though its Jaccard is under 0.5', () => {
    const index = new NearDuplicateIndex();
    index.add('wire', WIRE);
    const cut = WIRE.slice(0, Math.floor(WIRE.length * 0.4));
    expect(jaccard(WIRE, cut)).toBeLessThan(0.5);
    const match = index.add('short', cut);
    expect(match).toMatchObject({ id: 'wire' });
    expect(match!.similarity).toBeGreaterThanOrEqual(0.85);
  });

  it('does not join different stories on the same topic, or unrelated ones', () => {
    const index = new NearDuplicateIndex();
    index.add('wire', WIRE);
    expect(jaccard(WIRE, SAME_TOPIC)).toBeLessThan(0.1);
    expect(index.add('feature', SAME_TOPIC)).toBeNull();
    expect(index.add('rates', OTHER)).toBeNull();
    expect(index.groups()).toEqual([]);
  });

  it('links a copy of a copy to the first article of the group', () => {
    const index = new NearDuplicateIndex();
    index.add('a', WIRE);
    index.add('b', lightEdit(WIRE));
    const m = index.add('c', withBoilerplate(lightEdit(WIRE), 'X'));
    expect(m?.id).toBe('a');
  });

  it('leaves texts too short to judge alone', () => {
    const index = new NearDuplicateIndex();
    index.add('a', 'Breaking: markets fall.');
    expect(index.add('b', 'Breaking: markets fall.')).toBeNull();
  });

  it('survives save and load', () => {
    const index = new NearDuplicateIndex();
    index.add('wire', WIRE);
    index.add('copy', withBoilerplate(WIRE, 'Y'));
    const restored = NearDuplicateIndex.load(JSON.parse(JSON.stringify(index.save())));
    expect(restored.add('later', lightEdit(WIRE))).toMatchObject({ id: 'wire' });
    expect(restored.copiesOf('wire')).toEqual(['copy', 'later']);
    expect(restored.add('rates', OTHER)).toBeNull();
  });

  it('forgets the oldest articles past its capacity', () => {
    const index = new NearDuplicateIndex({ capacity: 1 });
    index.add('wire', WIRE);
    index.add('rates', OTHER);
    expect(index.add('copy', WIRE)).toBeNull();
  });

  it('estimated similarity tracks the true Jaccard of random shingle sets', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 50, max: 300 }), (shared, own) => {
        const a = Uint32Array.from({ length: shared + own }, (_, i) => (i < shared ? i : 1_000_000 + i));
        const b = Uint32Array.from({ length: shared + own }, (_, i) => (i < shared ? i : 2_000_000 + i));
        const truth = shared / (shared + 2 * own);
        const est = estimatedJaccard(minhashSignature(a), minhashSignature(b));
        // 128 positions: the standard error is at most 0.045; 4 of them is a generous bound.
        return Math.abs(est - truth) < 0.18;
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});
