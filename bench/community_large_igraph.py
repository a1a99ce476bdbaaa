"""igraph peer of bench/community-large.bench.ts: community_multilevel (Louvain)
and community_leiden(objective_function="modularity") on the Barabási–Albert
edge list written by the TypeScript bench. Run by the bench as
    /usr/bin/python3 bench/community_large_igraph.py <edges.tsv> <seed> [<small-edges.tsv> <seeds> [large]]
and prints one JSON object: wall-clock and process CPU seconds (graph
construction excluded), modularity and number of communities per method, and
the process's peak resident set size. igraph draws its random numbers from
Python's `random`, seeded with <seed> before each method.

With a second (smaller) edge list, it also runs Leiden "until stable" the way
the igraph documentation describes it, by hand: community_leiden with
n_iterations=1 from the previous membership (initial_membership), repeated until
an iteration returns the same partition, once per seed 0 … <seeds> − 1; it
reports the iterations, CPU seconds and modularity of each run ("untilStable").

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


def canonical(membership):
    """Labels renumbered in order of first appearance (partitions compare equal whatever the labels)."""
    seen = {}
    return [seen.setdefault(c, len(seen)) for c in membership]


def iterate_until_stable(G, seed):
    """community_leiden, one iteration at a time from the previous membership, until an
    iteration returns the same partition. The times are those of the community_leiden
    calls alone (not of the Python comparison between iterations)."""
    random.seed(seed)
    cpu = wall = 0.0
    membership, iterations = None, 0
    while True:
        iterations += 1
        c0 = time.process_time()
        t0 = time.perf_counter()
        cl = G.community_leiden(objective_function="modularity", n_iterations=1, initial_membership=membership)
        cpu += time.process_time() - c0
        wall += time.perf_counter() - t0
        new = canonical(cl.membership)
        if new == membership:
            break
        membership = new
        if iterations % 50 == 0:
            print("until stable", seed, iterations, file=sys.stderr, flush=True)
    return {"seed": seed, "iterations": iterations, "cpuSeconds": cpu, "seconds": wall,
            "modularity": G.modularity(membership), "communities": max(membership) + 1}


def until_stable(path, seeds):
    with open(path) as f:
        n = int(f.readline())
        edges = [tuple(map(int, line.split())) for line in f]
    G = ig.Graph(n=n, edges=edges, directed=False)
    runs = []
    for seed in range(seeds):
        runs.append(iterate_until_stable(G, seed))
        print("until stable", seed, runs[-1]["iterations"], file=sys.stderr, flush=True)
    return {"nodes": n, "edges": G.ecount(), "runs": runs}


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
    large = len(sys.argv) > 5 and sys.argv[5] == "large"
    until_stable_large = iterate_until_stable(G, seed) if large else None
    result = {"igraph": ig.__version__, "nodes": G.vcount(), "edges": G.ecount(), "runs": runs,
              "maxRssBytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}
    if until_stable_large is not None:
        result["untilStableLarge"] = until_stable_large
    if len(sys.argv) > 4:
        del G
        result["untilStable"] = until_stable(sys.argv[3], int(sys.argv[4]))
    print(json.dumps(result))


main()
