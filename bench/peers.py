"""Peer timings for bench/centrality.bench.ts on the SAME graphs it wrote.

usage: python3 bench/peers.py networkx <dir>      (NetworkX 3.6, pyenv python3)
       /usr/bin/python3 bench/peers.py igraph <dir> (Debian python3-igraph)
Reads <dir>/betweenness-graph.txt and <dir>/pagerank-graph.txt (first line "n m", then
"u v [w]" per edge), writes <dir>/<library>.json with timings and result vectors.
Each timed call starts from the library's own graph object (built before timing).
"""
import json
import os
import statistics
import sys
import time


def read_edges(path):
    with open(path) as f:
        n, m = map(int, f.readline().split())
        edges = []
        for line in f:
            parts = line.split()
            if not parts:
                continue
            u, v = int(parts[0]), int(parts[1])
            w = float(parts[2]) if len(parts) > 2 else None
            edges.append((u, v, w))
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
    nb, bedges = read_edges(os.path.join(folder, "betweenness-graph.txt"))
    npr, pedges = read_edges(os.path.join(folder, "pagerank-graph.txt"))
    timings = []
    values = {}
    runs_b = int(os.environ.get("BENCH_NETWORKX_BETWEENNESS_RUNS", "1"))
    if library == "networkx":
        import networkx as nx

        version = nx.__version__
        G = nx.Graph()
        G.add_nodes_from(range(nb))
        G.add_weighted_edges_from(bedges)
        secs, res = timed(runs_b, lambda: nx.betweenness_centrality(G, weight="weight", normalized=False))
        timings.append({"task": "betweenness", "runs": secs, "median": statistics.median(secs),
                        "note": f"{len(secs)} run(s): pure Python is slow"})
        values["betweenness"] = [res[i] for i in range(nb)]
        D = nx.DiGraph()
        D.add_nodes_from(range(npr))
        D.add_edges_from((u, v) for u, v, _ in pedges)
        secs, res = timed(3, lambda: nx.pagerank(D, alpha=0.85, weight=None))
        timings.append({"task": "pagerank", "runs": secs, "median": statistics.median(secs),
                        "note": "scipy power iteration, stops at total change < N·1e-6"})
        values["pagerank"] = [res[i] for i in range(npr)]
    elif library == "igraph":
        import igraph as ig

        version = ig.__version__
        g = ig.Graph(n=nb, edges=[(u, v) for u, v, _ in bedges], directed=False)
        weights = [w for _, _, w in bedges]
        secs, res = timed(3, lambda: g.betweenness(directed=False, weights=weights))
        timings.append({"task": "betweenness", "runs": secs, "median": statistics.median(secs)})
        values["betweenness"] = list(res)
        d = ig.Graph(n=npr, edges=[(u, v) for u, v, _ in pedges], directed=True)
        secs, res = timed(5, lambda: d.pagerank(damping=0.85, directed=True))
        timings.append({"task": "pagerank", "runs": secs, "median": statistics.median(secs), "note": "PRPACK"})
        values["pagerank"] = list(res)
    else:
        raise SystemExit("library must be networkx or igraph")
    with open(os.path.join(folder, f"{library}.json"), "w") as f:
        json.dump({"version": version, "python": sys.version.split()[0], "timings": timings, "values": values}, f)
    for t in timings:
        print(library, t["task"], "median", round(t["median"], 3), "s")


if __name__ == "__main__":
    main()
