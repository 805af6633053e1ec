import { escXml } from '../html/escape.js';

/** sitemap.xml with absolute URLs (sitemaps need them); paths are below the site root. */
export function renderSitemap(baseUrl: string, paths: Iterable<string>): string {
  let out = '<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n';
  for (const p of paths) out += `<url><loc>${escXml(baseUrl + p)}</loc></url>\n`;
  return out + '</urlset>\n';
}
