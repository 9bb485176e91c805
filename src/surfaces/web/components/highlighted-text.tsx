// The article text with entities, quotes, cues and sources highlighted: quote contents take their
// speaker's colour, mentions are underlined by type. Hover (or focus) shows the canonical entity, its
// title, the cue and the channel. Every piece of text is a JSX text node: never markup.
import type { StoryRecord } from '../../../core/record.js';
import { segments, type Mark } from './highlight-segments.js';
import type { RecordLookup } from './record-lookup.js';
import { colourClass, speakerKey } from './speaker-colours.js';

interface Props {
  record: StoryRecord;
  lookup: RecordLookup;
  colours: Map<string, string>;
  onHover(lines: string[] | null): void;
}

const find = <K extends Mark['kind']>(marks: Mark[], kind: K) => marks.find((m) => m.kind === kind) as Extract<Mark, { kind: K }> | undefined;

export function HighlightedText({ record, lookup, colours, onHover }: Props) {
  return (
    <div class="article-text" data-testid="article-text">
      {segments(record).map((seg) => {
        const text = record.text.slice(seg.start, seg.end);
        if (seg.marks.length === 0) return text;
        const entityMark = find(seg.marks, 'entity');
        const quoteMark = find(seg.marks, 'quote');
        const cueMark = find(seg.marks, 'cue');
        const sourceMark = find(seg.marks, 'source');
        const entity = entityMark ? lookup.entities.get(entityMark.entity) : undefined;
        const quote = lookup.quotes.get((quoteMark ?? cueMark ?? sourceMark)?.quote ?? '');
        const classes = ['mark'];
        if (entity) classes.push('ent', `ent-${entity.type}`);
        if (quote) classes.push(colourClass(colours, speakerKey(record, quote.speaker, quote.source)));
        if (quoteMark) classes.push('quote');
        if (cueMark) classes.push('cue');
        if (sourceMark) classes.push('source');
        const lines = [...(entity ? lookup.describeEntity(entity) : []), ...(quote ? lookup.describeQuote(quote) : [])];
        return (
          <span
            key={seg.start}
            class={classes.join(' ')}
            title={lines.join('\n')}
            tabIndex={quoteMark || entity ? 0 : undefined}
            data-entity={entity?.name}
            data-speaker={quote ? lookup.speakerName(quote) : undefined}
            onMouseEnter={() => onHover(lines)}
            onFocus={() => onHover(lines)}
          >
            {text}
          </span>
        );
      })}
    </div>
  );
}
