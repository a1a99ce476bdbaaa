#!/usr/bin/env bash
# Checks the package as published: packs it, installs the tarball in a fresh
# project, imports it under ESM and requires it under CJS with plain node, runs
# the bin, and type-checks a consumer under moduleResolution NodeNext and Bundler.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$root"
tarball="$(npm pack --silent --pack-destination "$work" | tail -n 1)"
echo "packed $tarball ($(du -h "$work/$tarball" | cut -f1))"
if tar -tzf "$work/$tarball" | grep -E '^package/(src|test|bench|node_modules)/' >/dev/null; then
  echo "the tarball contains sources, tests or node_modules" >&2
  exit 1
fi

cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "./$tarball" typescript@5 @types/node@20 >/dev/null

cat > esm.mjs <<'JS'
import { parseDataset, buildNetwork, project, gini, betweenness, disparityBackbone, louvain, ZonelinkError } from 'zonelink';
import { loadDataset } from 'zonelink/node';
import { china } from 'zonelink/data';
const net = buildNetwork(china);
const g = project(net);
const b = betweenness(g);
if (typeof gini([1, 2, 3]) !== 'number' || Object.keys(b).length !== g.order) throw new Error('ESM: wrong results');
// graphology-metrics and graphology-communities-louvain are CommonJS: check they load under ESM.
if (Object.keys(disparityBackbone(project(net, { selfLoops: false })).scores).length !== project(net, { selfLoops: false }).size) throw new Error('ESM: disparity');
if (typeof louvain(g, { seed: 1 }).modularity !== 'number') throw new Error('ESM: louvain');
if (typeof loadDataset !== 'function' || !(new ZonelinkError('x', 'y') instanceof Error)) throw new Error('ESM: missing exports');
console.log(`ESM ok: ${china.nodes.length} nodes, ${china.linkages.length} linkages`);
JS
node esm.mjs

cat > cjs.cjs <<'JS'
const { parseDataset, buildNetwork, project, gini, louvain, disparityBackbone } = require('zonelink');
const { loadDataset } = require('zonelink/node');
const { china } = require('zonelink/data');
const g = project(buildNetwork(china));
const result = louvain(g, { seed: 1 });
if (typeof gini([1, 2, 3]) !== 'number' || typeof result.modularity !== 'number') throw new Error('CJS: wrong results');
if (Object.keys(disparityBackbone(project(buildNetwork(china), { selfLoops: false })).scores).length === 0) throw new Error('CJS: disparity');
if (typeof loadDataset !== 'function' || typeof parseDataset !== 'function') throw new Error('CJS: missing exports');
console.log(`CJS ok: Louvain modularity ${result.modularity.toFixed(4)}`);
JS
node cjs.cjs

./node_modules/.bin/zonelink summary | head -n 2

cat > consumer.ts <<'TS'
import { parseDataset, buildNetwork, project, pagerank, type Dataset, type Zone } from 'zonelink';
import { loadDataset } from 'zonelink/node';
import { china } from 'zonelink/data';
const d: Dataset = parseDataset(china);
const zone: Zone | undefined = d.nodes.find((n): n is Zone => n.kind === 'zone');
const ranks: Record<string, number> = pagerank(project(buildNetwork(d))).values;
export const check: [string | undefined, number, typeof loadDataset] = [zone?.id, Object.keys(ranks).length, loadDataset];
TS
for resolution in NodeNext Bundler; do
  module=$([ "$resolution" = NodeNext ] && echo NodeNext || echo ESNext)
  cat > "tsconfig.$resolution.json" <<JSON
{ "compilerOptions": { "strict": true, "noEmit": true, "module": "$module", "moduleResolution": "$resolution", "target": "ES2022", "types": ["node"], "skipLibCheck": false }, "files": ["consumer.ts"] }
JSON
  ./node_modules/.bin/tsc -p "tsconfig.$resolution.json"
  echo "types ok under moduleResolution $resolution"
done
echo "package check passed"
