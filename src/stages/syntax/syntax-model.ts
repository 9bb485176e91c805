// The syntax component: loads data/models/syntax.bin once (tagger, parser, labeller and the
// lemmatiser's rules; written by scripts/train-syntax.mjs) and analyses one sentence's words:
// UPOS, Penn XPOS, lemma, head and relation per word.
import { readFileSync } from 'node:fs';
import { dataUrl } from '../../data/load.js';
import { decodeModelFile } from '../../models/model-file.js';
import { DependencyParser, type ParserData } from './dependency-parser.js';
import { CachedLemmatizer, type LemmaData } from './lemmatizer.js';
import { PosTagger, type TaggerData } from './pos-tagger.js';
import { SentenceWords } from './word-features.js';

export const SYNTAX_MODEL_FILE = 'models/syntax.bin';

export interface SyntaxModelHeader {
  tagger: TaggerData;
  parser: ParserData;
  lemmas: LemmaData;
  /** How the file was made and what it scored (for data/README.md and `eval:syntax`). */
  about: Record<string, unknown>;
}

export interface SentenceAnalysis {
  upos: string[];
  xpos: string[];
  lemma: string[];
  /** Head per word (0-based within the sentence), -1 for the root. */
  head: Int32Array;
  deprel: string[];
}

export class SyntaxModel {
  private readonly upos: string[];
  private readonly xpos: string[];
  private readonly lemmatizer: CachedLemmatizer;

  constructor(
    readonly tagger: PosTagger,
    readonly parser: DependencyParser,
    readonly lemmas: LemmaData,
    readonly about: Record<string, unknown>,
  ) {
    this.upos = tagger.data.tags.map((t) => t.split('\t')[0]);
    this.xpos = tagger.data.tags.map((t) => t.split('\t')[1]);
    this.lemmatizer = new CachedLemmatizer(lemmas);
  }

  analyze(forms: readonly string[]): SentenceAnalysis {
    const sw = new SentenceWords(forms);
    const tags = this.tagger.tag(sw);
    const { head, label } = this.parser.parseBest(sw, tags);
    const upos: string[] = [];
    const xpos: string[] = [];
    const lemma: string[] = [];
    const deprel: string[] = [];
    for (let i = 0; i < sw.n; i++) {
      upos.push(this.upos[tags[i]]);
      xpos.push(this.xpos[tags[i]]);
      lemma.push(this.lemmatizer.lemma(forms[i], this.xpos[tags[i]]));
      deprel.push(head[i] < 0 ? 'root' : this.parser.data.labels[label[i]]);
    }
    return { upos, xpos, lemma, head, deprel };
  }

  /** Tags only (for the tagger's own benchmark). */
  tag(forms: readonly string[]): Uint8Array {
    return this.tagger.tag(new SentenceWords(forms));
  }
}

let loaded: SyntaxModel | null = null;

export function syntaxModel(): SyntaxModel {
  if (loaded) return loaded;
  const { header, models } = decodeModelFile<SyntaxModelHeader>(readFileSync(dataUrl(SYNTAX_MODEL_FILE)));
  loaded = new SyntaxModel(
    models.tagger2 ? new PosTagger(models.tagger2, header.tagger, new PosTagger(models.tagger, header.tagger)) : new PosTagger(models.tagger, header.tagger),
    new DependencyParser(models.transitions, models.labeller, header.parser),
    header.lemmas,
    header.about,
  );
  return loaded;
}
