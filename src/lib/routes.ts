/**
 * The app's hash routes: a pure module any feature may import. Parsing never throws: an address
 * that cannot be decoded (a stray `%`) is simply a page that does not exist.
 */
export type Route =
  | { name: 'home' }
  | { name: 'questions'; planId: string }
  | { name: 'plan'; planId: string }
  | { name: 'present'; planId: string }
  | { name: 'partner'; planId: string }
  | { name: 'share'; payload: string }
  | { name: 'glossary'; term?: string }
  | { name: 'respond' }
  | { name: 'not-found'; path: string };

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const encoded = raw.split('/').filter(Boolean);
  const decoded = encoded.map(decode);
  const notFound: Route = { name: 'not-found', path: decode(raw) ?? raw };
  if (decoded.some((p) => p === null)) return notFound;
  const parts = decoded as string[];
  if (parts.length === 0) return { name: 'home' };
  const [first, second, third] = parts;
  if (first === 'plan' && second && third === 'questions' && parts.length === 3)
    return { name: 'questions', planId: second };
  if (first === 'plan' && second && third === 'present' && parts.length === 3)
    return { name: 'present', planId: second };
  if (first === 'plan' && second && parts.length === 2) return { name: 'plan', planId: second };
  if (first === 'respond' && parts.length === 1) return { name: 'respond' };
  if (first === 'plan' && second && third === 'partner' && parts.length === 3)
    return { name: 'partner', planId: second };
  // A share payload is base64url with dots: it never needs decoding, so a long one is read as it is.
  if (first === 'share' && second && parts.length === 2) return { name: 'share', payload: second };
  if (first === 'glossary' && parts.length <= 2)
    return second ? { name: 'glossary', term: second } : { name: 'glossary' };
  return notFound;
}

export const href = {
  home: () => '#/',
  questions: (planId: string) => `#/plan/${encodeURIComponent(planId)}/questions`,
  plan: (planId: string) => `#/plan/${encodeURIComponent(planId)}`,
  present: (planId: string) => `#/plan/${encodeURIComponent(planId)}/present`,
  respond: () => '#/respond',
  partner: (planId: string) => `#/plan/${encodeURIComponent(planId)}/partner`,
  share: (payload: string) => `#/share/${payload}`,
  glossary: (term?: string) => (term ? `#/glossary/${encodeURIComponent(term)}` : '#/glossary'),
};

export function navigate(to: string): void {
  window.location.hash = to.replace(/^#/, '');
}
