// A published link to an anchor that is no longer on its page still lands on the same text:
// a page that only lists some replies (or some reports' passages) says where each one's
// anchors went (<script type="application/json" data-forwarded-anchors>: anchor → page), and
// an anchor not on the page but inside a listed one (#a-66-115-p3 inside #a-66-115) is
// forwarded to that page, anchor kept. Without JavaScript the listed entry is the link.

/** Where an anchor went: the page of the listed entry it belongs to, or nothing if it is here or unknown. */
export function forwardedTarget(
  anchor: string,
  isOnPage: (id: string) => boolean,
  forwarded: Readonly<Record<string, string>>,
): string | undefined {
  if (!anchor || isOnPage(anchor)) return undefined;
  const entry = Object.keys(forwarded).find((listed) => anchor.startsWith(`${listed}-`));
  return entry ? `${forwarded[entry]}#${anchor}` : undefined;
}

function forwardedAnchors(): Record<string, string> {
  return Object.assign(
    {},
    ...[...document.querySelectorAll('script[data-forwarded-anchors]')].map(
      (element) => JSON.parse(element.textContent ?? '{}') as Record<string, string>,
    ),
  );
}

export function forwardListedAnchor(): void {
  const anchor = decodeURIComponent(location.hash.slice(1));
  const target = forwardedTarget(anchor, (id) => document.getElementById(id) !== null, forwardedAnchors());
  if (target) location.replace(target);
}
