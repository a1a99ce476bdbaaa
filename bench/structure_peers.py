"""Peer timings for bench/structure.bench.ts on the SAME graphs it wrote.

usage: /usr/bin/python3 bench/structure_peers.py <networkx|igraph> <dir>
Reads <dir>/structure-undirected.txt and <dir>/structure-directed.txt (first line "n m",
then "u v" per edge) and writes <dir>/structure-<library>.json with timings and values.
Each timed call starts from the library's own graph object (built before timing).
"""
import json
import os
import statistics
import sys
import time


def read_edges(path):
    with open(path) as f:
        n, _m = map(int, f.readline().split())
        edges = [tuple(map(int, line.split()[:2])) for line in f if line.strip()]
    return n, edges


def timed(runs, fn):
    seconds = []
    result = None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        seconds.append(time.perf_counter() - t)
    return seconds, result


def main():
    library, folder = sys.argv[1], sys.argv[2]
    n, undirected = read_edges(os.path.join(folder, "structure-undirected.txt"))
    nd, directed = read_edges(os.path.join(folder, "structure-directed.txt"))
    timings = []
    values = {}

    def record(task, runs, fn, note=None):
        secs, res = timed(runs, fn)
        t = {"task": task, "runs": secs, "median": statistics.median(secs)}
        if note:
            t["note"] = note
        timings.append(t)
        return res

    if library == "networkx":
        import networkx as nx

        version = nx.__version__
        G = nx.Graph()
        G.add_nodes_from(range(n))
        G.add_edges_from(undirected)
        D = nx.DiGraph()
        D.add_nodes_from(range(nd))
        D.add_edges_from(directed)
        res = record("components", 5, lambda: (len(list(nx.connected_components(G))), len(list(nx.strongly_connected_components(D)))))
        values["components"] = list(res)
        res = record("clustering", 3, lambda: (nx.transitivity(G), nx.average_clustering(G)))
        values["transitivity"], values["averageClustering"] = res
        res = record("pathLengthSummary", 1, lambda: nx.average_shortest_path_length(G),
                     note="average_shortest_path_length only (diameter and radius would each repeat the all-pairs BFS); 1 run")
        values["averagePathLength"] = res
    elif library == "igraph":
        import igraph as ig

        version = ig.__version__
        g = ig.Graph(n=n, edges=undirected, directed=False)
        d = ig.Graph(n=nd, edges=directed, directed=True)
        res = record("components", 5, lambda: (len(g.connected_components(mode="weak")), len(d.connected_components(mode="strong"))))
        values["components"] = list(res)
        res = record("clustering", 5, lambda: (g.transitivity_undirected(), g.transitivity_avglocal_undirected(mode="zero")))
        values["transitivity"], values["averageClustering"] = res
        res = record("pathLengthSummary", 3,
                     lambda: (g.average_path_length(unconn=True), g.diameter(unconn=True), g.radius()),
                     note="average_path_length + diameter + radius: three all-pairs passes")
        values["averagePathLength"], values["diameter"], values["radius"] = res
    else:
        raise SystemExit("library must be networkx or igraph")
    with open(os.path.join(folder, f"structure-{library}.json"), "w") as f:
        json.dump({"version": version, "python": sys.version.split()[0], "timings": timings, "values": values}, f)
    for t in timings:
        print(library, t["task"], "median", round(t["median"], 3), "s")


if __name__ == "__main__":
    main()
