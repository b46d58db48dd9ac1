// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { rehypeBaseLinks } from './src/lib/site/rehype-base-links.ts';
import { siteUrlWarning } from './src/lib/site/site-url-warning.ts';

// Where the site is deployed: SITE_URL for absolute links (canonical, citations,
// sitemap), SITE_BASE for a sub-path such as /wmd/.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.SITE_BASE ?? '/';
// SITE_OUT_DIR lets the tests build a second copy under a sub-path beside dist/.
const outDir = process.env.SITE_OUT_DIR ?? './dist';
// Astro keeps the content it read in its cache folder between builds. Builds of other corpora
// (the sub-path copy, the benchmark's scales) each keep their own, so that they can run side by side
// and none starts from another's content.
const cacheDir = process.env.SITE_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // Each page carries its own CSS: a first visit (or a cold search page) needs no stylesheet round trip before it can show anything.
  build: { format: 'directory', inlineStylesheets: 'always' },
  security: {
    // Astro writes the policy into each page with the hashes of the styles it inlined. Only the
    // site's own scripts run (the search reads Pagefind's index without its WebAssembly).
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Without SITE_URL every permalink and citation points to localhost: the build says so.
  integrations: [siteUrlWarning(process.env.SITE_URL)],
  devToolbar: { enabled: false },
  // Scripts as files, never inline, so the Content-Security-Policy can forbid inline script.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    // The editorial pages hold no code; Shiki would write inline styles the policy above forbids.
    syntaxHighlight: false,
    // remark-cjk-friendly lets **强调** work next to Chinese punctuation.
    processor: unified({ remarkPlugins: [remarkCjkFriendly], rehypePlugins: [[rehypeBaseLinks, { base }]] }),
  },
});
