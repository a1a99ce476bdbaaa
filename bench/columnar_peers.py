"""igraph timings for bench/columnar-results.bench.ts on the SAME graph it wrote.

usage: /usr/bin/python3 bench/columnar_peers.py <dir> <runs>
Reads <dir>/columnar-graph.txt (first line "n m", then "u v w" per edge, node
indices in zonelink's node order), writes <dir>/igraph.json: the graph build time
(igraph.Graph from the edge list, weights attached) apart from each measure's
computation time, and the values (in the same node order) for the accuracy check.
"""
import json
import os
import statistics
import sys
import time

import igraph


def timed(runs, fn):
    seconds, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        seconds.append(time.perf_counter() - t)
    return seconds, result


def main():
    folder, runs = sys.argv[1], int(sys.argv[2])
    with open(os.path.join(folder, "columnar-graph.txt")) as f:
        n, m = map(int, f.readline().split())
        edges, weights = [], []
        for line in f:
            u, v, w = line.split()
            edges.append((int(u), int(v)))
            weights.append(float(w))

    def build():
        g = igraph.Graph(n=n, edges=edges, directed=False)
        g.es["weight"] = weights
        return g

    timings = {}
    secs, g = timed(runs, build)
    timings["build"] = secs
    values = {}
    for name, fn in [
        ("degree", lambda: g.degree()),
        ("strength", lambda: g.strength(weights="weight")),
        ("pagerank", lambda: g.pagerank(weights="weight")),
        ("eigenvector", lambda: g.eigenvector_centrality(weights="weight", scale=True)),
    ]:
        secs, result = timed(runs, fn)
        timings[name] = secs
        values[name] = result
    out = {
        "version": igraph.__version__,
        "python": sys.version.split()[0],
        "timings": {k: {"runs": v, "median": statistics.median(v)} for k, v in timings.items()},
        "values": values,
    }
    with open(os.path.join(folder, "igraph.json"), "w") as f:
        json.dump(out, f)


main()
