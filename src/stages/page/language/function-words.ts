// The commonest function words of the Latin-script languages franc-min knows best. A real article
// in one of them is dense with its own function words (a fifth to a third of all words); a list of
// names, scores or places that franc's trigrams happen to place in that language has almost none.
// Used to confirm a "not English" verdict before English-only layers are skipped for it.
const WORDS: Record<string, string> = {
  en: 'the of and to a in that is was for on with as by at he it his her from said be have has not are were its this they an',
  es: 'de la que el en y a los se del las un por con no una su para es al lo como más pero sus le ya o este fue ha',
  pt: 'de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das à seu sua ou',
  fr: 'de la le et les des en un du une que est pour qui dans a par plus pas au sur ne se ce il sont avec son été',
  de: 'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an er hat aus bei sie',
  it: 'di e il la che in a per un è del non una con le si da della i al sono gli ha come più anche nel ma alla lo',
  nl: 'de en van het een in is dat op te zijn met voor niet die aan er om ook als bij of maar door naar heeft wordt',
  sv: 'och i att det som en på är av för med till den har inte om ett de var jag men så från kan vid eller',
  id: 'yang dan di dengan ini itu dari dalam untuk tidak akan pada juga ke ada oleh karena adalah mereka atau sudah',
  ms: 'yang dan di dengan ini itu dari dalam untuk tidak akan pada juga ke ada oleh kerana adalah mereka atau sudah',
  pl: 'i w na z się nie do to że jest o jak po a ale co od za tak przez dla jego już tym może',
  ro: 'de și în la a cu care pe din o un nu se că este mai sau pentru fost ca lui au',
  tr: 've bir bu da de için ile olarak daha çok gibi en ama ne olan kadar sonra her ya değil',
  cs: 'a v se na je že s z do o to i k jako ale by pro jsou po od jeho již také',
  hu: 'a az és hogy nem is egy meg van de el ez már csak mint ha volt még be ki',
  hr: 'i u je na se da za su od a s o iz do ne koji to kao što ali bi sa će',
  vi: 'của và các có là được trong cho một những với không này người đã đến khi về',
  tl: 'ang ng sa na at mga ay si para hindi ito kay nang may din rin lang pero',
};
const SETS = new Map(Object.entries(WORDS).map(([lang, list]) => [lang, new Set(list.split(' '))]));
// franc's near-identical pairs share one list.
const ALIAS: Record<string, string> = { bs: 'hr', sr: 'hr' };

/** Share of the sample's words that are function words of `lang`; null when we have no list for it. */
export function functionWordShare(words: string[], lang: string): number | null {
  const set = SETS.get(ALIAS[lang] ?? lang);
  if (!set || words.length === 0) return set ? 0 : null;
  let hits = 0;
  for (const w of words) if (set.has(w)) hits++;
  return hits / words.length;
}
