// The entities of one article record, in the form cross-article matching takes: canonical name,
// surface forms (names, surnames, honorific forms — pronouns and descriptions are not names), titles,
// affiliation, geocode. Junk the tagger sometimes produces is left out: names without a letter or
// longer than eight words. Within the article, entities the extractor left apart but that name one
// person are grouped first, so the corpus never sees one actor twice in an article:
//  - "Donald J. Trump" beside "Donald Trump" (compatible full names: same surname, given name,
//    suffix and middle initial), also when the tagger typed one of them ORG or MISC;
//  - a bare "Trump" or "Hillary" (typed PERSON, ORG, MISC or GPE without a geocode) beside exactly one
//    full-name person with that surname or given name, so its quotes follow the person;
//  - an acronym ("FBI") beside the one name it abbreviates ("Federal Bureau of Investigation");
//  - one bare word under several types ("Obama" as PERSON here, ORG there): one entity, a person.
import type { StoryRecord } from '../../core/record.js';
import type { Entity } from '../../core/records/entity.js';
import { stripPossessive, translitKey } from './fold-name.js';
import { compareGiven } from './given-names.js';
import { acronymsOf, groupForm, isAcronym } from './group-name.js';
import { isPlausiblePersonName, parsePersonName, type PersonName } from './person-name.js';
import type { MentionedEntity } from './types.js';

export interface ArticleEntity {
  /** Ids of the record's entities this stands for (more than one after grouping). */
  ids: string[];
  entity: MentionedEntity;
}

const NAME_FORMS = new Set(['name', 'surname', 'honorific']);
const MAX_WORDS = 8;

interface Person {
  item: ArticleEntity;
  name: PersonName;
}

export function articleEntities(record: Pick<StoryRecord, 'text' | 'entities'>): ArticleEntity[] {
  const out: ArticleEntity[] = [];
  const people: Person[] = [];
  const bare: Entity[] = [];
  const others: Entity[] = [];
  for (const e of record.entities) {
    if (!isNameLike(e.name)) continue;
    const single = !stripPossessive(e.name.trim()).includes(' ');
    if (single && (e.type === 'PERSON' || !e.geo)) {
      bare.push(e);
      continue;
    }
    if (e.type !== 'PERSON') {
      others.push(e);
      continue;
    }
    const name = parsePersonName(e.name);
    const same = name?.given ? people.find((p) => samePerson(p.name, name)) : undefined;
    if (same) {
      absorb(same.item, e, record.text);
      continue;
    }
    const item = { ids: [e.id], entity: toMentioned(record.text, e) };
    out.push(item);
    if (name?.given && isPlausiblePersonName(e.name)) people.push({ item, name });
  }
  for (const e of others) {
    // "Donald Trump" typed ORG beside the person "Donald Trump".
    const name = e.geo ? null : parsePersonName(e.name);
    const same = name?.given ? people.find((p) => samePerson(p.name, name)) : undefined;
    if (same) absorb(same.item, e, record.text);
    else out.push({ ids: [e.id], entity: toMentioned(record.text, e) });
  }
  // Acronyms pair with organisations only: "DNC" beside "Democratic National Convention" (MISC) is
  // more often the Committee.
  const groups = out.filter((a) => a.entity.type === 'ORG' && a.entity.name.includes(' '));
  const bareByKey = new Map<string, ArticleEntity>();
  for (const e of bare) {
    if (e.type !== 'PERSON' && isAcronym(e.name)) {
      const acronym = groupForm(e.name).replace(/ /g, '');
      const owners = groups.filter((g) => acronymsOf(g.entity.name).includes(acronym));
      if (owners.length === 1) {
        absorb(owners[0], e, record.text);
        continue;
      }
    }
    const key = translitKey(stripPossessive(e.name.trim()));
    const owners = people.filter((p) => translitKey(p.name.surname) === key || translitKey(p.name.given!) === key);
    if (owners.length === 1) {
      absorb(owners[0].item, e, record.text);
      continue;
    }
    // The same bare word typed PERSON in one place and ORG in another is one actor ("Obama").
    const twin = e.geo ? undefined : bareByKey.get(key);
    if (twin) {
      absorb(twin, e, record.text);
      if (e.type === 'PERSON') twin.entity.type = 'PERSON';
      continue;
    }
    const item = { ids: [e.id], entity: toMentioned(record.text, e) };
    out.push(item);
    if (!e.geo) bareByKey.set(key, item);
  }
  return out;
}

function samePerson(a: PersonName, b: PersonName): boolean {
  if (translitKey(a.surname) !== translitKey(b.surname) || a.suffix !== b.suffix) return false;
  if (!compareGiven(a.given!, b.given!)) return false;
  return a.middle.length === 0 || b.middle.length === 0 || compareGiven(a.middle[0], b.middle[0]) !== null;
}

function absorb(into: ArticleEntity, e: Entity, text: string): void {
  into.ids.push(e.id);
  const m = toMentioned(text, e);
  into.entity.aliases = [...new Set([...into.entity.aliases, m.name, ...m.aliases])];
  into.entity.titles = [...new Set([...into.entity.titles, ...m.titles])];
  into.entity.affiliation ??= m.affiliation;
}

function toMentioned(text: string, e: Entity): MentionedEntity {
  const aliases = new Set<string>();
  for (const m of e.mentions) {
    if (!NAME_FORMS.has(m.form)) continue;
    const form = stripPossessive(text.slice(m.start, m.end).replace(/\s+/g, ' ').trim());
    if (isNameLike(form)) aliases.add(form);
  }
  return { type: e.type, name: stripPossessive(e.name.trim()), aliases: [...aliases], titles: e.titles, affiliation: e.affiliation, geo: e.geo };
}

function isNameLike(s: string): boolean {
  return /\p{L}/u.test(s) && s.trim().split(/\s+/).length <= MAX_WORDS;
}
