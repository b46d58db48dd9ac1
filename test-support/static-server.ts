// A static file server for the built site, on loopback only, as a static host
// would serve it: directories → index.html, unknown paths → 404.html, optional base path,
// and text gzipped for browsers that accept it (GitHub Pages, Netlify and nginx's usual
// set-up all do; Pagefind's own files come compressed already and are sent as they are).
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
};

/** Types a static host compresses. */
const COMPRESSED = /^(text\/|application\/(json|xml|javascript|x-bibtex|x-research-info-systems)|image\/svg\+xml)/;

export interface StaticServer {
  /** Origin plus base, ending in "/". */
  url: string;
  close(): Promise<void>;
}

type Lookup = { file: string } | { redirect: string } | undefined;

async function lookup(root: string, path: string): Promise<Lookup> {
  const candidate = normalize(join(root, decodeURIComponent(path)));
  if (!candidate.startsWith(normalize(root))) return undefined;
  const info = await stat(candidate).catch(() => undefined);
  if (info?.isFile()) return { file: candidate };
  if (!info?.isDirectory()) return undefined;
  if (!path.endsWith('/')) return { redirect: `${path}/` };
  const index = join(candidate, 'index.html');
  return (await stat(index).catch(() => undefined))?.isFile() ? { file: index } : undefined;
}

/**
 * How the host sends files that are gzip on disk (Pagefind's word chunks, the search's index file, cards and variants):
 * 'as-bytes', as most static hosts do (GitHub Pages: application/octet-stream, and the page's
 * script inflates them); 'content-encoded', with `Content-Encoding: gzip`, as the nginx settings
 * in the README make a host send them (the browser inflates them natively).
 */
export type GzippedFiles = 'as-bytes' | 'content-encoded';

/** The files that are gzip on disk, by name, as a host's settings would pick them out. */
const GZIPPED =
  /\.(pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$|\/search\/(cards\/[^/]+|variants\/[^/]+|index)\.json\.gz$/;

export async function startStaticServer(
  root = 'dist',
  base = '/',
  gzippedFiles: GzippedFiles = 'as-bytes',
): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const found = path.startsWith(base) ? await lookup(root, `/${path.slice(base.length)}`) : undefined;
    if (found && 'redirect' in found) {
      response.writeHead(301, { Location: `${base}${found.redirect.slice(1)}` }).end();
      return;
    }
    const file = found?.file;
    const served = file ?? join(root, '404.html');
    const type = TYPES[extname(served)] ?? 'application/octet-stream';
    const accepts = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const raw = await readFile(served);
    const gzippedOnDisk = gzippedFiles === 'content-encoded' && accepts && GZIPPED.test(served);
    const gzip = !gzippedOnDisk && COMPRESSED.test(type) && accepts;
    const body = gzip ? gzipSync(raw) : raw;
    response.writeHead(file ? 200 : 404, {
      'Content-Type': type,
      'Content-Length': body.length,
      Vary: 'Accept-Encoding',
      ...(gzip || gzippedOnDisk ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server has no port');
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
