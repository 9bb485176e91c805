// Authors resolver: each source's names are cleaned ("By Jane Doe and John Roe, Reuters" -> two
// people; profile URLs, e-mail addresses, dates and job titles dropped), then the source with the best
// score wins whole (mixing sources would duplicate "J. Doe" and "Jane Doe"). Another source naming
// one of the same people counts as agreement.
import { cleanSpace, type Candidate, type FieldChoice } from './candidate.js';
import { noChoice } from './pick-best.js';

const ROLE = /\b(staff|senior|chief|correspondent|reporter|writer|editor|contributor|columnist|journalist|photographer|analyst|bureau|news|updated|published|intern|team|desk|name|email|website|comment)\b/i;
/** Words a byline's inline pieces run into when their markup has no space ("Jeff FoustMonday"). */
const GLUED_TAIL = /(?<=\p{Ll}|\p{Lu}{2})(?:Associated Press|View More.*|More Articles|Follow.*|Email.*|Updated.*|Published.*|Posted.*|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day.*)$/u;
/** Degrees and credentials after a name: "Rachael Link, MS, RD". */
const CREDENTIAL = /^(?:\p{Lu}{2,4}|BSc|MSc|PhD|MPH|RDN|APD|Jr|Sr|\p{Lu}{1,3} \(\p{Lu}{2}\))$/u;
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'y', 'ter', 'ten', 'zu']);
const FIRST_WORD_NOT_NAME = /^(?:the|a|an|this|our|your|more|read|follow|share|email|photo|video|view|all|see)\b/i;
const AGREEMENT_BONUS = 0.05;

/** Splits and cleans one raw author string into person names. */
export function authorNames(raw: string): string[] {
  let s = cleanSpace(raw).replace(/^(?:written\s+|reported\s+)?by[\s:]+/i, '');
  s = s.split(/\s+[|•·]\s+/)[0];
  return s
    .split(/\s*(?:,|;|&|\band\b)\s*/i)
    .map((n) => n.replace(/^by\s+/i, '').replace(GLUED_TAIL, '').replace(/^[\s\-–—@]+|[\s\-–—.]+$/g, ''))
    .filter((n) => n.length >= 3 && n.length <= 60)
    .filter((n) => !/https?:|www\.|@|\d|[*()[\]{}<>|=]|\.[a-z]{2,}$/i.test(n))
    .filter((n) => !CREDENTIAL.test(n) && !FIRST_WORD_NOT_NAME.test(n))
    .filter((n) => !ROLE.test(n))
    .filter((n) => n.split(/\s+/).length <= 5)
    // Every word of a name is capitalised, bar particles ("Ludwig van Beethoven", "Ana de la Cruz").
    .filter((n) => n.split(/\s+/).every((w) => /^[\p{Lu}\p{Lt}]/u.test(w) || PARTICLES.has(w.toLowerCase())))
    .filter((n) => /\p{Lu}/u.test(n));
}

const key = (n: string) => n.toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim();

export function resolveAuthors(candidates: Candidate[]): { value: string[]; choice: FieldChoice } {
  const bySource = new Map<string, { names: string[]; score: number }>();
  for (const c of candidates) {
    const entry = bySource.get(c.source) ?? { names: [], score: c.score };
    for (const n of authorNames(c.value)) if (!entry.names.some((m) => key(m) === key(n))) entry.names.push(n);
    entry.score = Math.max(entry.score, c.score);
    bySource.set(c.source, entry);
  }
  let best: { source: string; names: string[]; score: number; agree: string[] } | null = null;
  for (const [source, { names, score }] of bySource) {
    if (names.length === 0) continue;
    const keys = new Set(names.map(key));
    const agree = [...bySource].filter(([s, e]) => s !== source && e.names.some((n) => keys.has(key(n)))).map(([s]) => s);
    const total = score + AGREEMENT_BONUS * agree.length;
    if (best == null || total > best.score) best = { source, names, score: total, agree };
  }
  if (best == null) return { value: [], choice: noChoice(candidates) };
  const reason = best.agree.length > 0 ? `best score; agrees with ${best.agree.join(', ')}` : 'best score';
  return {
    value: best.names,
    choice: { value: best.names, source: best.source, score: Number(best.score.toFixed(3)), reason, candidates: candidates.length },
  };
}
