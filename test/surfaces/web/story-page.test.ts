// The story page as an analyst reads it, in headless Chromium: a PolNeAR story (three dev articles
// about the first 2016 debate, read from /work/shared at test time) and the seed article's story. The
// header gives period, outlets, people and places; statements are grouped by speaker; each event shows
// once with all its actors (the events stage records one event per actor); article titles show only in
// the article list; long lists are cut so the articles come within ~40 items. Screenshots:
// test-artifacts/web-story-polnear.png, web-story-seed.png (and -header.png close-ups).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../../src/app/query.js';
import { CHROMIUM } from './browser.js';
import { ARTIFACTS, ingest, polnearArticles, SEED, startWeb, type Web } from './web-harness.js';

const DEBATE = [
  'usa-today_2016-09-23_ready-for-trump-vs-clinton-his-p',
  'usa-today_2016-09-23_trump-questions-the-fairness-of-',
  'west-journal_2016-09-26_rush-limbaugh-hillary-asking-mod',
];

/** What the page shows of each event: its day, then label, actors and targets as one line; its sentence. */
const eventLines = (page: Page) =>
  page.locator('[data-testid=events-by-day] .timeline-entry').evaluateAll((days) =>
    days.flatMap((d) => {
      const day = d.querySelector('.timeline-date')?.textContent ?? '';
      return [...d.querySelectorAll('.story-event')].map((e) => ({
        line: `${day} ${e.querySelector('.event-label')?.textContent}: ${e.querySelector('.actors')?.textContent}${e.querySelector('.targets')?.textContent ?? ''}`,
        snippet: e.querySelector('.snippet')?.textContent ?? '',
      }));
    }),
  );

async function openStory(web: Web, storyId: number) {
  await web.page.goto(`${web.server.base}/#/stories/${storyId}`);
  await web.page.waitForSelector('[data-testid=story-articles] li');
  await web.page.waitForSelector('[data-testid=statements], [data-testid=events-by-day]');
  await web.page.waitForSelector('[data-testid=figures]');
}

async function timelineOf(web: Web, storyId: number): Promise<TimelineEntry[]> {
  return ((await (await fetch(`${web.server.base}/stories/${storyId}/timeline`)).json()) as { entries: TimelineEntry[] }).entries;
}

/** Every event of the timeline is on the page, under its day and label, with each of its actors. */
async function expectEventsOnceWithActors(web: Web, entries: TimelineEntry[]) {
  const more = web.page.locator('button.show-more', { hasText: 'more events' });
  if (await more.count()) await more.click();
  const events = await eventLines(web.page);
  // One event per sentence and meaning: the same trigger once, whatever its number of actors.
  expect(new Set(events.map((e) => `${e.line}|${e.snippet}`)).size, 'no event shown twice').toBe(events.length);
  const lines = events.map((e) => e.line);
  for (const e of entries.filter((x) => x.kind === 'event' && x.actor)) {
    expect(lines.some((l) => l.startsWith(`${e.date ?? 'undated'} ${e.label}:`) && l.includes(e.actor!)), `${e.label} by ${e.actor}`).toBe(true);
  }
  return lines;
}

describe.skipIf(!CHROMIUM)('story page in headless Chromium (needs STORYLINE_CHROMIUM)', () => {
  let web: Web;
  let debateId: number;
  let seedId: number;

  beforeAll(async () => {
    web = await startWeb();
    const ids = await ingest(web.store, polnearArticles(DEBATE));
    expect(new Set(ids).size, 'the three debate articles form one story').toBe(1);
    debateId = ids[0]!;
    const seed = JSON.parse(readFileSync(SEED, 'utf8').split('\n')[0]) as { id: string; text: string; published: string };
    const res = await fetch(`${web.server.base}/extract`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...seed, save: true }) });
    seedId = ((await res.json()) as { stored: { storyId: number } }).stored.storyId;
  });

  afterAll(async () => {
    await web?.close();
  });

  it('PolNeAR story: header with period, outlets and key people', async () => {
    await openStory(web, debateId);
    const { page } = web;
    expect(await page.textContent('[data-testid=story-period]')).toBe('3 articles · 2016-09-23 to 2016-09-26 · usa-today (2), west-journal (1)');
    const people = await page.locator('[data-testid=key-person] .chip').allTextContents();
    expect(people).toEqual(expect.arrayContaining(['Donald Trump', 'Hillary Clinton', 'Lester Holt']));
  });

  it('PolNeAR story: the articles come early and titles show once', async () => {
    const { page } = web;
    const articles = await page.locator('[data-testid=story-articles] li').evaluateAll((els) => els.map((e) => e.getAttribute('data-article')));
    expect(articles).toEqual(DEBATE);
    // Before: 53 timeline items came before the article list. Now the lists above it are cut.
    const itemsAbove = await page.locator('[data-testid=story-page] li:not([data-testid=story-articles] li)').count();
    expect(itemsAbove).toBeGreaterThan(5);
    expect(itemsAbove).toBeLessThanOrEqual(40);
    const above = (await page.textContent('[data-testid=statements]'))! + (await page.textContent('[data-testid=events-by-day]'));
    for (const a of polnearArticles(DEBATE)) expect(above).not.toContain(a.title);
    await page.screenshot({ path: join(ARTIFACTS, 'web-story-polnear.png'), fullPage: true });
    await page.locator('[data-testid=story-header]').screenshot({ path: join(ARTIFACTS, 'web-story-polnear-header.png') });
  });

  it('PolNeAR story: statements grouped by speaker, named speakers first, with cues', async () => {
    const { page } = web;
    const speakers = await page.locator('[data-testid=statements] .speaker-group').evaluateAll((els) => els.map((e) => e.getAttribute('data-speaker')));
    expect(new Set(speakers).size).toBe(speakers.length);
    expect(speakers).toContain('Donald Trump');
    const entries = await timelineOf(web, debateId);
    const quoted = new Set(entries.filter((e) => e.kind === 'quote').map((e) => e.speakerProfile ?? e.speaker ?? ''));
    // Six speaker groups show; the rest sit behind one button that says how many.
    expect(speakers).toHaveLength(6);
    const more = page.locator('[data-testid=statements] > button.show-more');
    expect(await more.textContent()).toBe(`show ${quoted.size - 6} more speakers`);
    await more.click();
    await expect(page.locator('[data-testid=statements] .speaker-group').count()).resolves.toBe(quoted.size);
    const cues = await page.locator('[data-testid=statements] .statement .cue').count();
    expect(cues).toBeGreaterThan(0);
  });

  it('PolNeAR story: each event once, with all its actors', async () => {
    const entries = await timelineOf(web, debateId);
    const lines = await expectEventsOnceWithActors(web, entries);
    // "Trump and Democratic rival Hillary Clinton meet": one event with both actors, not two.
    expect(lines.filter((l) => l.startsWith('2016-09-19 Consult:'))).toEqual(['2016-09-19 Consult: Donald Trump, Hillary Clinton → Hofstra University']);
    expect(web.pageErrors).toEqual([]);
  });

  it('seed story: Putin\'s statements, events once with their actors, a consistent total, the places on a map', async () => {
    await openStory(web, seedId);
    const { page } = web;
    expect(await page.textContent('[data-testid=story-period]')).toBe('1 article · 2025-08-14');
    const putin = page.locator('[data-testid=statements] .speaker-group[data-speaker="Vladimir Putin"]');
    expect(await putin.textContent()).toContain('sincere efforts');
    const entries = await timelineOf(web, seedId);
    const lines = await expectEventsOnceWithActors(web, entries);
    const triggers = new Set(entries.filter((e) => e.kind === 'event').map((e) => `${e.span.start}`));
    expect(lines.length).toBeLessThanOrEqual(triggers.size);
    // The $1.5bn total checked against its three $500m parts.
    expect(await page.locator('[data-testid=figures] .flag-consistent').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=key-places] .chip').allTextContents()).toEqual(expect.arrayContaining(['Alaska', 'Ukraine']));
    expect(await page.locator('[data-testid=story-header] [data-testid=places-map] .place-dot').count()).toBeGreaterThan(2);
    await page.screenshot({ path: join(ARTIFACTS, 'web-story-seed.png'), fullPage: true });
    await page.locator('[data-testid=story-header]').screenshot({ path: join(ARTIFACTS, 'web-story-seed-header.png') });
    expect(web.pageErrors).toEqual([]);
  });
});
