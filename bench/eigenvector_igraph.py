"""igraph's eigenvector centrality (ARPACK) on the graph bench/eigenvector.bench.ts wrote.

usage: /usr/bin/python3 bench/eigenvector_igraph.py <dir> <runs>
Reads <dir>/eigenvector-graph.txt (first line "n m", then "u v w" per edge, node
indices in zonelink's node order) and writes <dir>/eigenvector-igraph.json: the CPU
seconds (time.process_time) of each run of Graph.eigenvector_centrality(weights,
scale=True) on the prebuilt graph, ARPACK's count of products with the adjacency
(ARPACKOptions.numop), and the values in the same node order.
"""
import json
import os
import sys
import time

import igraph


def main():
    folder, runs = sys.argv[1], int(sys.argv[2])
    with open(os.path.join(folder, "eigenvector-graph.txt")) as f:
        n, m = map(int, f.readline().split())
        edges, weights = [], []
        for line in f:
            u, v, w = line.split()
            edges.append((int(u), int(v)))
            weights.append(float(w))
    g = igraph.Graph(n=n, edges=edges, directed=False)
    g.es["weight"] = weights
    seconds, values, products = [], None, None
    for _ in range(runs):
        options = igraph.ARPACKOptions()
        t = time.process_time()
        values = g.eigenvector_centrality(weights="weight", scale=True, arpack_options=options)
        seconds.append(time.process_time() - t)
        products = options.numop
    out = {
        "version": igraph.__version__,
        "python": sys.version.split()[0],
        "seconds": seconds,
        "products": products,
        "values": values,
    }
    with open(os.path.join(folder, "eigenvector-igraph.json"), "w") as f:
        json.dump(out, f)


main()
