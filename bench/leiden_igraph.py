"""igraph peer of bench/leiden.bench.ts: Leiden (modularity objective) on the
edge list written by the TypeScript bench. Run by the bench as
    /usr/bin/python3 bench/leiden_igraph.py <edges.tsv> <seeds>
and prints one JSON object (wall-clock and process CPU times in seconds, graph
construction excluded; igraph draws its random numbers from Python's `random`,
its default).

Besides n_iterations = 1, 2 and -1 it times the rule igraph documents for
n_iterations = -1 ("run until a stable iteration is encountered"): one
iteration at a time from the previous membership until an iteration returns the
partition it started from. igraph's C core up to 0.10.x implements -1 as "stop
after the first iteration that changes the partition" (igraph/igraph#2798), i.e.
one iteration from singletons; `sameAsOneIteration` records whether -1 returned
exactly the n_iterations=1 partition for the same seed."""
import json
import random
import sys
import time

import igraph as ig


def leiden(G, seed, **options):
    random.seed(seed)
    ig.set_random_number_generator(random)
    return G.community_leiden(objective_function="modularity", **options)


def main():
    path, seeds = sys.argv[1], int(sys.argv[2])
    with open(path) as f:
        n = int(f.readline())
        edges = [tuple(map(int, line.split())) for line in f]
    G = ig.Graph(n=n, edges=edges, directed=False)
    runs = []
    G.community_leiden(objective_function="modularity")  # warm-up, not timed
    one = {}
    for n_iterations in (1, 2, -1):
        for seed in range(seeds):
            c0 = time.process_time()
            t0 = time.perf_counter()
            cl = leiden(G, seed, n_iterations=n_iterations)
            t = time.perf_counter() - t0
            c = time.process_time() - c0
            run = {"nIterations": n_iterations, "seed": seed, "seconds": t, "cpuSeconds": c,
                   "modularity": G.modularity(cl.membership), "communities": len(cl)}
            if n_iterations == 1:
                one[seed] = cl.membership
            if n_iterations == -1:
                run["sameAsOneIteration"] = cl.membership == one[seed]
            runs.append(run)
    for seed in range(seeds):
        c0 = time.process_time()
        t0 = time.perf_counter()
        membership = leiden(G, seed, n_iterations=1).membership
        iterations = 1
        while True:
            following = G.community_leiden(objective_function="modularity", n_iterations=1,
                                           initial_membership=membership).membership
            iterations += 1
            if following == membership:
                break
            membership = following
        runs.append({"untilStable": True, "seed": seed, "iterations": iterations,
                     "seconds": time.perf_counter() - t0, "cpuSeconds": time.process_time() - c0,
                     "modularity": G.modularity(membership)})
    c0 = time.process_time()
    t0 = time.perf_counter()
    ml = G.community_multilevel()
    runs.append({"multilevel": True, "seconds": time.perf_counter() - t0, "cpuSeconds": time.process_time() - c0,
                 "modularity": G.modularity(ml.membership)})
    print(json.dumps({"igraph": ig.__version__, "nodes": G.vcount(), "edges": G.ecount(), "runs": runs}))


main()
