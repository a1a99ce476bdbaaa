import { escapeXml } from '../render/svg/escape-xml.js';
import type { StudySpatial } from './study-schema.js';

/** Fill of each LISA class (HH red, LL blue, HL pink, LH light blue, not significant grey), as GeoDa. */
export const LISA_COLOURS: Readonly<Record<'HH' | 'LL' | 'HL' | 'LH' | 'none', string>> = { HH: '#d7191c', LL: '#2c7bb6', HL: '#fdae61', LH: '#abd9e9', none: '#d9d9d9' };

/**
 * An inline SVG point map of the LISA clusters: every city at its centre (equirectangular
 * projection, longitude scaled by cos of the mean latitude), coloured by its cluster at the
 * study's significance level, with a legend; each point's title names the city id and class.
 * No external request; every data string is escaped.
 */
export function lisaMapSvg(spatial: StudySpatial, width = 640, height = 480): string {
  const pts = spatial.points;
  if (pts.length === 0) return '';
  const lat0 = (pts.reduce((s, p) => s + p.lat, 0) / pts.length) * (Math.PI / 180);
  const k = Math.cos(lat0);
  const xs = pts.map((p) => p.lon * k);
  const ys = pts.map((p) => p.lat);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const pad = 20;
  const legend = 110;
  const scale = Math.min((width - 2 * pad - legend) / Math.max(x1 - x0, 1e-9), (height - 2 * pad) / Math.max(y1 - y0, 1e-9));
  const circles = pts
    .map((p, i) => {
      const cls = p.cluster ?? 'none';
      const cx = pad + (xs[i] - x0) * scale;
      const cy = height - pad - (ys[i] - y0) * scale;
      return `<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="${p.cluster ? 4 : 2.5}" fill="${LISA_COLOURS[cls]}"><title>${escapeXml(`${p.id}: ${p.cluster ?? 'not significant'}`)}</title></circle>`;
    })
    .join('');
  const keys = (['HH', 'LL', 'HL', 'LH', 'none'] as const)
    .map((c, i) => `<circle cx="${width - legend + 10}" cy="${pad + 16 * i + 6}" r="5" fill="${LISA_COLOURS[c]}"/><text x="${width - legend + 20}" y="${pad + 16 * i + 10}" font-size="11">${c === 'none' ? 'not significant' : c} (${spatial.clusterCounts[c === 'none' ? 'not significant' : c] ?? 0})</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="LISA cluster map of population growth"><rect width="${width}" height="${height}" fill="#fff"/>${circles}${keys}</svg>`;
}
