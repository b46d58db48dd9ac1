// A build without SITE_URL writes http://localhost:4321 into every citation,
// permalink, canonical link and the sitemap: right for a preview, useless in a
// paper. The build says so (an Astro integration, astro.config.mjs), and so do
// the citation panels of such a build (isLocalPreview in base-url.ts).
import type { AstroIntegration } from 'astro';

/** The warning for a build whose SITE_URL is `siteUrl`, or undefined when it is set. */
export function localSiteWarning(siteUrl: string | undefined): string | undefined {
  if (siteUrl) return undefined;
  return 'SITE_URL is not set: permalinks, citations, canonical links and the sitemap will point to http://localhost:4321. Build the public site with SITE_URL=https://your.host npm run build.';
}

/** Warns once, when `astro build` starts. */
export function siteUrlWarning(siteUrl: string | undefined): AstroIntegration {
  return {
    name: 'site-url-warning',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const warning = localSiteWarning(siteUrl);
        if (warning) logger.warn(warning);
      },
    },
  };
}
