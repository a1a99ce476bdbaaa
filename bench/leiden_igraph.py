"""igraph peer of bench/leiden.bench.ts: Leiden (modularity objective) on the
edge list written by the TypeScript bench. Run by the bench as
    /usr/bin/python3 bench/leiden_igraph.py <edges.tsv> <seeds>
and prints one JSON object (wall-clock and process CPU times in seconds, graph
construction excluded; igraph draws its random numbers from Python's `random`,
its default)."""
import json
import random
import sys
import time

import igraph as ig


def main():
    path, seeds = sys.argv[1], int(sys.argv[2])
    with open(path) as f:
        n = int(f.readline())
        edges = [tuple(map(int, line.split())) for line in f]
    G = ig.Graph(n=n, edges=edges, directed=False)
    runs = []
    G.community_leiden(objective_function="modularity")  # warm-up, not timed
    for n_iterations in (1, 2, -1):
        for seed in range(seeds):
            random.seed(seed)
            ig.set_random_number_generator(random)
            c0 = time.process_time()
            t0 = time.perf_counter()
            cl = G.community_leiden(objective_function="modularity", n_iterations=n_iterations)
            t = time.perf_counter() - t0
            c = time.process_time() - c0
            runs.append({"nIterations": n_iterations, "seed": seed, "seconds": t, "cpuSeconds": c,
                         "modularity": G.modularity(cl.membership), "communities": len(cl)})
    c0 = time.process_time()
    t0 = time.perf_counter()
    ml = G.community_multilevel()
    runs.append({"multilevel": True, "seconds": time.perf_counter() - t0, "cpuSeconds": time.process_time() - c0,
                 "modularity": G.modularity(ml.membership)})
    print(json.dumps({"igraph": ig.__version__, "nodes": G.vcount(), "edges": G.ecount(), "runs": runs}))


main()
