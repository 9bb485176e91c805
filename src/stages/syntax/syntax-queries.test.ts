// Table tests of the syntax queries on hand-built parses (the trees are written here, so these test
// the queries, not the parser): apposition, possessive speaker, passive agent, inverted "said X",
// coordination, obliques with their case marker.
import { describe, expect, it } from 'vitest';
import { Doc } from '../../core/document.js';
import { SyntaxView } from './syntax-queries.js';

/** A one-sentence document from "word/HEAD/rel/UPOS" items (HEAD 1-based, 0 = root). */
function parsed(spec: string): { doc: Doc; view: SyntaxView; at: (word: string) => number } {
  const items = spec.split(' ').map((x) => {
    const [form, head, rel, upos] = x.split('/');
    return { form, head: Number(head), rel, upos: upos ?? 'X' };
  });
  const text = items.map((i) => i.form).join(' ');
  const doc = Doc.create(text, { id: 't' });
  let at = 0;
  doc.tokens = items.map((it) => {
    const start = at;
    at += it.form.length + 1;
    return { kind: 'token', start, end: start + it.form.length, norm: it.form, lower: it.form.toLowerCase(), pos: it.upos, lemma: it.form.toLowerCase(), type: 'word', sentence: 0, spaceBefore: start > 0, lineBefore: start === 0 };
  });
  doc.sentences = [{ kind: 'sentence', start: 0, end: text.length, firstToken: 0, endToken: items.length, paragraph: 0 }];
  doc.syntax = {
    upos: items.map((i) => i.upos),
    xpos: items.map(() => '_'),
    lemma: items.map((i) => i.form.toLowerCase()),
    head: Int32Array.from(items.map((i) => i.head - 1)),
    deprel: items.map((i) => i.rel),
  };
  return { doc, view: new SyntaxView(doc), at: (w) => items.findIndex((i) => i.form === w) };
}

describe('syntax queries', () => {
  it('possessive speaker: the subject is the head noun, the possessor hangs below it', () => {
    // Carlineo 's attorney , Sonya Zoghlin , said ...
    const { view, at, doc } = parsed('Carlineo/3/nmod:poss/PROPN \'s/1/case/PART attorney/8/nsubj/NOUN ,/5/punct/PUNCT Sonya/3/appos/PROPN Zoghlin/5/flat/PROPN ,/5/punct/PUNCT said/0/root/VERB');
    const subject = view.subject(at('said'));
    expect(subject).toBe(at('attorney'));
    expect(view.possessor(subject)).toBe(at('Carlineo'));
    expect(view.appositions(subject)).toEqual([at('Sonya')]);
    expect(view.appositions(at('Sonya'))).toEqual([at('attorney')]);
    const np = view.nounPhrase(subject);
    expect(doc.slice(view.span(np.first, np.last))).toBe("Carlineo 's attorney");
    const name = view.nounPhrase(at('Sonya'));
    expect(doc.slice(view.span(name.first, name.last))).toBe('Sonya Zoghlin');
  });

  it('passive: the agent is the "by" phrase, the passive subject is the patient', () => {
    const { view, at } = parsed('The/2/det/DET bridge/4/nsubj:pass/NOUN was/4/aux:pass/AUX damaged/0/root/VERB by/6/case/ADP rebels/4/obl:agent/NOUN');
    const v = at('damaged');
    expect(view.isPassive(v)).toBe(true);
    expect(view.agent(v)).toBe(at('rebels'));
    expect(view.subject(v)).toBe(at('bridge'));
    expect(view.object(v)).toBe(-1);
  });

  it('an agent given as plain obl with "by" is found too; an obl with another marker is not', () => {
    const { view, at } = parsed('Talks/3/nsubj:pass/NOUN were/3/aux:pass/AUX hosted/0/root/VERB in/5/case/ADP Oslo/3/obl/PROPN by/7/case/ADP Norway/3/obl/PROPN');
    expect(view.agent(at('hosted'))).toBe(at('Norway'));
    expect(view.obliques(at('hosted'), ['in'])).toEqual([at('Oslo')]);
  });

  it('inverted "said X": the subject after the verb, the quotation as the complement', () => {
    const { view, at } = parsed('"/2/punct/PUNCT Go/5/ccomp/VERB ,/2/punct/PUNCT "/2/punct/PUNCT said/0/root/VERB Lee/5/nsubj/PROPN');
    expect(view.subject(at('said'))).toBe(at('Lee'));
    expect(view.complement(at('said'))).toBe(at('Go'));
  });

  it('coordination: every conjunct of a subject, in text order', () => {
    const { view, at } = parsed('Denmark/6/nsubj/PROPN ,/3/punct/PUNCT Norway/1/conj/PROPN and/5/cc/CCONJ Sweden/1/conj/PROPN pledged/0/root/VERB aid/6/obj/NOUN');
    const subject = view.subject(at('pledged'));
    expect(view.conjuncts(subject)).toEqual([at('Denmark'), at('Norway'), at('Sweden')]);
    expect(view.conjuncts(at('Sweden'))).toEqual([at('Denmark'), at('Norway'), at('Sweden')]);
    expect(view.object(at('pledged'))).toBe(at('aid'));
  });

  it('noun-phrase head climbs compounds and names but stops at a preposition', () => {
    const { view, at } = parsed('Foreign/2/amod/ADJ Minister/3/compound/PROPN Lavrov/4/nsubj/PROPN met/0/root/VERB officials/4/obj/NOUN of/7/case/ADP Japan/5/nmod/PROPN');
    expect(view.nounPhraseHead(at('Foreign'))).toBe(at('Lavrov'));
    expect(view.nounPhraseHead(at('Japan'))).toBe(at('Japan'));
    expect(view.predicate(at('Lavrov'))).toBe(at('met'));
    expect(view.subtree(at('officials'))).toEqual({ first: at('officials'), last: at('Japan') });
  });
});
