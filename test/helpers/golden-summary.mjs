// The reviewable part of a record for golden tests: entities (type, name, titles), quotes (speaker,
// cue, content text, direct) and events (type, actor, target, place). Texts instead of offsets, so a
// diff reads like the article.
export function summarize(record) {
  const text = record.text;
  const name = (id) => (id ? record.entities.find((e) => e.id === id)?.name ?? null : null);
  return {
    entities: record.entities.map((e) => ({ type: e.type, name: e.name, titles: e.titles })),
    quotes: record.quotes.map((q) => ({
      speaker: name(q.speaker),
      cue: q.cue ? text.slice(q.cue.start, q.cue.end) : null,
      content: q.content.map((c) => text.slice(c.start, c.end)).join(' | '),
      direct: q.direct,
    })),
    events: record.events.map((e) => ({ type: e.type, actor: name(e.actor), target: name(e.target), place: name(e.place) })),
  };
}
