// A COinS ContextObject read as Zotero's openurl.js (parseContextObject) reads it: split at
// every & and =, each value decoded with + and %2B as a space. For the tests of what Zotero saves.
export function readContextObject(contextObject: string): [string, string][] {
  return contextObject.split('&').map((part) => {
    const [key, value] = part.split('=');
    return [key!, decodeURIComponent(value!.replace(/\+|%2[bB]/g, ' '))];
  });
}
