#!/usr/bin/env bash
# Checks the package as published: packs it, installs the tarball in a fresh
# project, imports it under ESM and requires it under CJS with plain node, runs
# the bin, and type-checks ESM ("type": "module") and CommonJS consumers under
# moduleResolution NodeNext/Node16 and Bundler with skipLibCheck false.
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

# Runtime dependencies are exactly the bare modules the published code imports.
mkdir "$work/unpacked" && tar -xzf "$work/$tarball" -C "$work/unpacked"
builtins="$(node -p "require('node:module').builtinModules.join('|')")"
# Module specifiers: import/export … from, bare import, require( and resolve( of a package name
# (letters, digits, @, /, -, _, .), so that prose such as `from "30 years"` in the data does not count.
imported="$(grep -rhoE "(^|[^\"'\\w])(from|import|require\(|resolve\()\s*['\"](@[a-z0-9._-]+/)?[a-z0-9][a-z0-9._-]*(/[a-zA-Z0-9._/-]*)?['\"]" "$work/unpacked/package/dist" \
  | grep -oE "['\"][^'\"]+['\"]" | tr -d "'\"" \
  | grep -vE "^node:|^zonelink|^($builtins)$" | sed -E 's#^(@[^/]+/[^/]+|[^@/][^/]*).*#\1#' | sort -u)"
declared="$(node -p "Object.keys(require('./package.json').dependencies).sort().join('\n')")"
if [ "$imported" != "$declared" ]; then
  echo "runtime dependencies differ from what dist imports:" >&2
  diff <(echo "$declared") <(echo "$imported") >&2 || true
  exit 1
fi
echo "runtime dependencies = imports of dist: $(echo $imported)"

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

# Type-check four consumers against the packed declarations, all with
# skipLibCheck false (so zonelink's own .d.ts files are checked) and with graphs
# that must stay typed (an `any` graph would let the @ts-expect-error lines pass
# silently, so each consumer asserts one misuse is an error).
types_src='
const d: Dataset = parseDataset(china);
const zone: Zone | undefined = d.nodes.find((n): n is Zone => n.kind === "zone");
const net: ZoneNetwork = buildNetwork(d);
const g = project(net);
const ranks: Record<string, number> = pagerank(g).values;
const order: number = g.order;
// @ts-expect-error a typed graph has no such method (an any graph would accept it)
g.notAGraphMethod();
// @ts-expect-error node attributes are typed Zone | City, not any
const wrong: number = net.getNodeAttributes("x").name;
export const check: [string | undefined, number, number, typeof loadDataset, number] = [zone?.id, Object.keys(ranks).length, order, loadDataset, wrong];
'
consumer() { # dir, package type, file, import style, module, moduleResolution
  local dir="$1" type="$2" file="$3" style="$4" module="$5" resolution="$6"
  mkdir -p "$dir"
  printf '{ "name": "%s", "private": true%s }\n' "$dir" "$([ "$type" = module ] && echo ', "type": "module"')" > "$dir/package.json"
  if [ "$style" = import ]; then
    printf '%s\n' \
      'import { parseDataset, buildNetwork, project, pagerank, type Dataset, type Zone, type ZoneNetwork } from "zonelink";' \
      'import { loadDataset } from "zonelink/node";' \
      'import { china } from "zonelink/data";' > "$dir/$file"
  else
    printf '%s\n' \
      'import zonelink = require("zonelink");' \
      'import zonelinkNode = require("zonelink/node");' \
      'import zonelinkData = require("zonelink/data");' \
      'const { parseDataset, buildNetwork, project, pagerank } = zonelink;' \
      'const { loadDataset } = zonelinkNode;' \
      'const { china } = zonelinkData;' \
      'type Dataset = zonelink.Dataset; type Zone = zonelink.Zone; type ZoneNetwork = zonelink.ZoneNetwork;' > "$dir/$file"
  fi
  printf '%s\n' "$types_src" >> "$dir/$file"
  cat > "$dir/tsconfig.json" <<JSON
{ "compilerOptions": { "strict": true, "noEmit": true, "module": "$module", "moduleResolution": "$resolution", "target": "ES2022", "types": ["node"], "typeRoots": ["../node_modules/@types"], "skipLibCheck": false }, "files": ["$file"] }
JSON
  (cd "$dir" && ../node_modules/.bin/tsc -p tsconfig.json)
  echo "types ok: $type consumer, module $module, moduleResolution $resolution"
}
consumer esm-nodenext module consumer.ts import NodeNext NodeNext
consumer esm-bundler module consumer.ts import ESNext Bundler
consumer cjs-node16 commonjs consumer.cts require Node16 Node16
consumer cjs-nodenext commonjs consumer.ts import NodeNext NodeNext
consumer cjs-bundler commonjs consumer.cts require Preserve Bundler
echo "package check passed"
