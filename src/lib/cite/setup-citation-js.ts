// citation-js keeps its plugins and settings in one registry per process. We
// configure it here, once, on first use, so importing this library has no
// side effects and the cost is paid by the first citation only.
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';

let configured = false;

function configureBibtex(): void {
  const bibtex = plugins.config.get('@bibtex');
  // With asciiOnly, every character without a LaTeX command (all Chinese) is dropped.
  // export-formats.ts escapes LaTeX's special characters itself instead.
  bibtex.format.asciiOnly = false;
  // Our keys are "a-73-112-cuba-p3"; the check would reject the hyphens and invent "2018" keys.
  bibtex.format.checkLabel = false;
}

/** citation-js's output plugins, configured for this corpus. */
export function citationJs(): typeof plugins {
  if (!configured) {
    configureBibtex();
    configured = true;
  }
  return plugins;
}
