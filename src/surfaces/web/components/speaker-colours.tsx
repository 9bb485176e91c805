// One colour per speaker, in order of first quote; the palette has ten classes (.spk-0 ... .spk-9,
// in styles.css) and wraps around. Unattributed quotes get .spk-none.
import type { StoryRecord } from '../../../core/record.js';

export const PALETTE_SIZE = 10;

export function speakerColours(record: StoryRecord): Map<string, string> {
  const colours = new Map<string, string>();
  for (const quote of record.quotes) {
    const key = speakerKey(record, quote.speaker, quote.source);
    if (key && !colours.has(key)) colours.set(key, `spk-${colours.size % PALETTE_SIZE}`);
  }
  return colours;
}

/** The speaker entity id, else the source's words (an unresolved "officials"), else null. */
export function speakerKey(record: StoryRecord, speaker: string | null, source: { start: number; end: number } | null): string | null {
  if (speaker) return speaker;
  return source ? `src:${record.text.slice(source.start, source.end)}` : null;
}

export const colourClass = (colours: Map<string, string>, key: string | null): string => (key && colours.get(key)) || 'spk-none';
