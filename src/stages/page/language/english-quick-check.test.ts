import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.js';

// Paragraphs written for this test.
const ENGLISH =
  'The mayor said on Tuesday that the city would open two new shelters before the winter, after a report by the ' +
  'housing office found that the number of people sleeping outside had risen for a third year. She told reporters ' +
  'at the town hall that the plan was paid for by the regional budget and that work on the first site was already ' +
  'under way near the old railway station, with the second one to follow in the spring.';
const FRENCH =
  'Le maire a déclaré mardi que la ville ouvrirait deux nouveaux centres d’accueil avant l’hiver, après un rapport ' +
  'du service du logement qui a constaté que le nombre de personnes dormant dehors avait augmenté pour la troisième ' +
  'année consécutive. Elle a indiqué aux journalistes que le plan serait financé par le budget régional et que les ' +
  'travaux sur le premier site avaient déjà commencé près de l’ancienne gare, le second devant suivre au printemps.';
const DUTCH =
  'De burgemeester zei dinsdag dat de stad voor de winter twee nieuwe opvanglocaties zou openen, nadat een rapport ' +
  'van de woondienst had vastgesteld dat het aantal mensen dat buiten slaapt voor het derde jaar op rij is gestegen. ' +
  'Ze vertelde verslaggevers in het stadhuis dat het plan wordt betaald uit de regionale begroting en dat het werk ' +
  'aan de eerste locatie al is begonnen bij het oude station, en dat de tweede in het voorjaar volgt.';

describe('detectLanguage', () => {
  it('recognises English prose (function-word check, no trigram ranking needed)', () => {
    expect(detectLanguage(ENGLISH)).toMatchObject({ language: 'en', confident: true });
  });

  it('does not take French or Dutch for English', () => {
    expect(detectLanguage(FRENCH).language).toBe('fr');
    expect(detectLanguage(DUTCH).language).toBe('nl');
  });
});
