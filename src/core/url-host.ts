// The host name a URL names, as a publisher or a site is known by: lower case, without a leading
// "www." or "www2." ("https://www.Reuters.com/x" -> "reuters.com"). The one rule for it.
export function hostName(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\d?\./, '') || null;
  } catch {
    return null;
  }
}
