"""Peer timings for bench/edge-betweenness.bench.ts on the SAME graph it wrote.

usage: /usr/bin/python3 bench/edge_betweenness_peers.py <networkx|igraph> <dir>
Reads <dir>/edge-betweenness-graph.txt (first line "n m", then "u v w" per edge; w is a
distance), times one weighted, raw edge-betweenness call (the graph object is built
before timing) and writes <dir>/<library>-edge-betweenness.json with the timing and
the values in the file's edge order.
"""
import json
import os
import sys
import time


def main():
    library, folder = sys.argv[1], sys.argv[2]
    with open(os.path.join(folder, "edge-betweenness-graph.txt")) as f:
        n, _m = map(int, f.readline().split())
        edges = [(int(a), int(b), float(w)) for a, b, w in (line.split() for line in f if line.strip())]
    if library == "networkx":
        import networkx as nx

        G = nx.Graph()
        G.add_nodes_from(range(n))
        G.add_weighted_edges_from(edges)
        t = time.perf_counter()
        values = nx.edge_betweenness_centrality(G, normalized=False, weight="weight")
        seconds = time.perf_counter() - t
        ordered = [values[(u, v)] if (u, v) in values else values[(v, u)] for u, v, _ in edges]
        version = nx.__version__
    else:
        import igraph as ig

        g = ig.Graph(n=n, edges=[(u, v) for u, v, _ in edges], directed=False)
        g.es["weight"] = [w for _, _, w in edges]
        t = time.perf_counter()
        ordered = g.edge_betweenness(directed=False, weights="weight")
        seconds = time.perf_counter() - t
        version = ig.__version__
    out = {"library": library, "version": version, "python": sys.version.split()[0], "seconds": seconds, "values": ordered}
    with open(os.path.join(folder, f"{library}-edge-betweenness.json"), "w") as f:
        json.dump(out, f)
    print(f"{library} {version}: {seconds:.3f} s")


main()
