// Resolvers for the page-level fields: canonical URL (absolute http(s), resolved against the page
// URL), site name, and the declared language (a tag such as "en-US" read down to "en"). The language
// actually used combines this declaration with detection from the text (language/).
import { hostName } from '../../../core/url-host.js';
import type { Candidate, FieldChoice } from './candidate.js';
import { noChoice, pickBest } from './pick-best.js';
import { primaryLanguage } from '../language/iso-639.js';

type Resolved = { value: string | null; choice: FieldChoice };

function finish(candidates: Candidate[], picked: ReturnType<typeof pickBest<string>>): Resolved {
  if (!picked) return { value: null, choice: noChoice(candidates) };
  return { value: picked.winner.value, choice: { ...picked.choice, value: picked.winner.value } };
}

export function resolveCanonicalUrl(candidates: Candidate[], base: string | null): Resolved {
  return finish(candidates, pickBest(candidates, (c) => {
    try {
      const u = new URL(c.value, base ?? undefined);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
      u.hash = '';
      return { value: u.href, key: u.href.replace(/\/$/, '') };
    } catch {
      return null;
    }
  }));
}

export function resolveSiteName(candidates: Candidate[]): Resolved {
  return finish(candidates, pickBest(candidates, (c) => {
    // Some pages put their address in og:site_name: its host is the name they meant.
    const value = /^https?:\/\//i.test(c.value) ? hostName(c.value) : c.value;
    return value == null || value.length > 100 ? null : { value, key: value.toLowerCase() };
  }));
}

export function resolveDeclaredLanguage(candidates: Candidate[]): Resolved {
  return finish(candidates, pickBest(candidates, (c) => {
    const lang = primaryLanguage(c.value);
    return lang ? { value: lang, key: lang } : null;
  }));
}
