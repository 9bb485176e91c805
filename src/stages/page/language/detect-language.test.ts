// Language detection: clear texts in several languages and scripts, and the English default for
// short or doubtful ones (a wrong "not English" would drop a whole article's layers).
import { describe, expect, it } from 'vitest';
import { chooseLanguage } from './choose-language.js';
import { detectLanguage } from './detect-language.js';
import { iso6391, primaryLanguage } from './iso-639.js';

const EN = 'The harbour authority approved plans for a new ferry terminal on Thursday, ending a two-year dispute over the future of the old fish market. Residents had opposed the plans, arguing that traffic from the ferries would clog the narrow streets of the old town, and they said they would appeal.';
const DE = 'Der Stadtrat hat am Dienstag den Bau eines neuen Radwegs entlang des Flusses beschlossen. Die Strecke soll rund vier Kilometer lang werden und die Altstadt mit dem neuen Wohngebiet im Norden verbinden. Die Kosten von etwa drei Millionen Euro sollen zum großen Teil aus Fördermitteln des Landes bezahlt werden, sagte die Bürgermeisterin.';
const ES = 'El ayuntamiento aprobó el martes la construcción de un nuevo carril bici a lo largo del río. El recorrido tendrá unos cuatro kilómetros y unirá el casco antiguo con el nuevo barrio del norte. La mayor parte del coste, unos tres millones de euros, se pagará con fondos de la región, dijo la alcaldesa.';
const RU = 'Городской совет во вторник одобрил строительство новой велосипедной дорожки вдоль реки. Маршрут длиной около четырёх километров соединит старый город с новым жилым районом на севере. Большую часть расходов оплатит регион.';
const JA = '市議会は火曜日、川沿いの新しい自転車道の建設を承認した。全長約四キロで、旧市街と北部の新しい住宅地を結ぶ。';
// A results table: names and numbers that trigrams place in some other language.
const TABLE = 'SOCCER - DUTCH FIRST DIVISION RESULTS . AMSTERDAM 1996-08-24 Results of Dutch first division matches on Saturday : Willem II Tilburg 1 Roda JC Kerkrade 2 , Fortuna Sittard 0 Feyenoord Rotterdam 3 , NAC Breda 2 Sparta Rotterdam 0 , Vitesse Arnhem 1 De Graafschap Doetinchem 1 , Groningen 2 Twente Enschede 2 , Heerenveen 3 Volendam 1 , Utrecht 0 Ajax Amsterdam 2 , PSV Eindhoven 4 RKC Waalwijk 0 .';

describe('detectLanguage', () => {
  it.each([
    [EN, 'en'],
    [DE, 'de'],
    [ES, 'es'],
    [RU, 'ru'],
    [JA, 'ja'],
  ])('%#: %s...', (text, lang) => {
    const guess = detectLanguage(text);
    expect(guess.language).toBe(lang);
    expect(guess.confident).toBe(true);
  });

  it('is not confident about a short text', () => {
    expect(detectLanguage('Der Stadtrat hat am Dienstag beschlossen.').confident).toBe(false);
  });
});

describe('chooseLanguage', () => {
  it('defaults to English for short or doubtful texts', () => {
    expect(chooseLanguage('Der Stadtrat hat am Dienstag beschlossen.').language).toBe('en');
    expect(chooseLanguage('').language).toBe('en');
    expect(chooseLanguage(TABLE).language).toBe('en');
    expect(chooseLanguage('Der Stadtrat hat am Dienstag beschlossen.').choice.source).toBe('default');
  });

  it('takes the declared language when an uncertain detection agrees with it', () => {
    const r = chooseLanguage('Der Stadtrat hat am Dienstag den Bau beschlossen.', 'de');
    expect(r.language).toBe('de');
    expect(r.choice.source).toBe('declared');
  });

  it('trusts a confident detection over the declaration (templates say lang="en" everywhere)', () => {
    expect(chooseLanguage(DE, 'en').language).toBe('de');
  });
});

describe('ISO 639', () => {
  it.each([
    ['deu', 'de'],
    ['cmn', 'zh'],
    ['zlm', 'ms'],
    ['ceb', 'ceb'],
  ])('%s -> %s', (code3, code1) => expect(iso6391(code3)).toBe(code1));

  it.each([
    ['en-US', 'en'],
    ['pt_BR', 'pt'],
    ['EN', 'en'],
    ['', null],
    ['english language', null],
  ])('declared %j -> %j', (tag, lang) => expect(primaryLanguage(tag)).toBe(lang));
});
