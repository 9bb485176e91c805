// The language an article is processed as. Confident detection from the article's own text wins
// (pages declare lang="en" in templates shared by every edition); an uncertain detection falls back
// to the page's declared language when the detector's best guess agrees with it, and otherwise to
// English — a wrong "not English" would silently drop every English-only layer.
import type { FieldChoice } from '../metadata/candidate.js';
import { detectLanguage } from './detect-language.js';

export const DEFAULT_LANGUAGE = 'en';

export function chooseLanguage(text: string, declared: string | null = null): { language: string; choice: FieldChoice } {
  const guess = detectLanguage(text);
  const detail = `${guess.letters} letters`;
  if (guess.confident && guess.language) {
    return { language: guess.language, choice: { value: guess.language, source: 'detected', score: Number(Math.min(1, 0.5 + guess.letters / 2000).toFixed(3)), reason: `detected (${detail})`, candidates: declared ? 2 : 1 } };
  }
  if (declared && guess.language === declared) {
    return { language: declared, choice: { value: declared, source: 'declared', score: 0.5, reason: `declared; uncertain detection agrees (${detail})`, candidates: 2 } };
  }
  return {
    language: DEFAULT_LANGUAGE,
    choice: { value: DEFAULT_LANGUAGE, source: 'default', score: 0, reason: `default: detection uncertain (${detail})${declared ? `, declared '${declared}' unconfirmed` : ''}`, candidates: declared ? 2 : 1 },
  };
}

export const isEnglish = (language: string | null): boolean => language == null || language === DEFAULT_LANGUAGE;
