"""igraph peer of bench/community-large.bench.ts: community_multilevel (Louvain)
and community_leiden(objective_function="modularity") on the Barabási–Albert
edge list written by the TypeScript bench. Run by the bench as
    /usr/bin/python3 bench/community_large_igraph.py <edges.tsv> <seed>
and prints one JSON object: wall-clock and process CPU seconds (graph
construction excluded), modularity and number of communities per method, and
the process's peak resident set size. igraph draws its random numbers from
Python's `random`, seeded with <seed> before each method.

n_iterations=-1 is documented as "until a stable iteration"; igraph's C core up
to 0.10.x stops after the first iteration that changes the partition
(igraph/igraph#2798), so `sameAsOneIteration` records whether it returned
exactly the n_iterations=1 partition."""
import json
import random
import resource
import sys
import time

import igraph as ig


def timed(run):
    c0 = time.process_time()
    t0 = time.perf_counter()
    value = run()
    return value, time.perf_counter() - t0, time.process_time() - c0


def main():
    path, seed = sys.argv[1], int(sys.argv[2])
    with open(path) as f:
        n = int(f.readline())
        edges = [tuple(map(int, line.split())) for line in f]
    G = ig.Graph(n=n, edges=edges, directed=False)
    del edges
    ig.set_random_number_generator(random)
    runs = []

    def record(label, clustering, seconds, cpu):
        runs.append({"method": label, "seconds": seconds, "cpuSeconds": cpu,
                     "modularity": G.modularity(clustering.membership), "communities": len(clustering)})
        return clustering.membership

    memberships = {}
    for label, options in (("leiden n_iterations=1", {"n_iterations": 1}),
                           ("leiden n_iterations=2", {"n_iterations": 2}),
                           ("leiden n_iterations=-1", {"n_iterations": -1})):
        random.seed(seed)
        cl, t, c = timed(lambda: G.community_leiden(objective_function="modularity", **options))
        memberships[label] = record(label, cl, t, c)
        print(label, t, file=sys.stderr, flush=True)
    runs[-1]["sameAsOneIteration"] = memberships["leiden n_iterations=-1"] == memberships["leiden n_iterations=1"]
    random.seed(seed)
    ml, t, c = timed(G.community_multilevel)
    record("multilevel", ml, t, c)
    print(json.dumps({"igraph": ig.__version__, "nodes": G.vcount(), "edges": G.ecount(), "runs": runs,
                      "maxRssBytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}))


main()
