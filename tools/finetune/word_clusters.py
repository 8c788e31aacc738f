"""Word clusters from the encoder's vocabulary, for the named-entity model (train ner --vocabulary-clusters).

all-MiniLM-L6-v2 was pre-trained on far more text than the CoNLL-2003 training set, and its input embedding of a
whole word already places "siemens" near "bosch" and "philips", "ajax" near "everton" and "dortmund", "kyiv" near
"lviv" and "donetsk". This script takes the 22,501 alphabetic whole words of its uncased vocabulary, their rows of
the word-embedding matrix (the quantised ONNX file's values, dequantised), centres and normalises them, and groups
them by seeded spherical k-means into fine clusters, whose centroids are grouped again into coarse ones. It writes
one line per word: word, fine cluster, coarse cluster (tab-separated, words in code-point order). Deterministic:
the same file, seed and counts give the same table.

    /usr/bin/python3 tools/finetune/word_clusters.py --minilm /tmp/minilm \
        --out scrutiny-lab/src/main/resources/dev/scrutiny/entities/minilm-word-clusters.tsv
"""
import argparse
import json
import os

import numpy as np

import minilm


def spherical_kmeans(x, k, seed, iterations=30):
    """Cluster of each row of x (unit rows) and the unit centroids, from k rows drawn with the seed."""
    rng = np.random.default_rng(seed)
    centroids = x[rng.choice(len(x), k, replace=False)].copy()
    for _ in range(iterations):
        assigned = np.argmax(x @ centroids.T, axis=1)
        for j in range(k):
            members = x[assigned == j]
            if len(members):
                total = members.sum(0)
                centroids[j] = total / np.linalg.norm(total)
    return np.argmax(x @ centroids.T, axis=1), centroids


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--minilm", required=True, help="folder with all-minilm-l6-v2-q.onnx and its tokenizer JSON")
    ap.add_argument("--out", required=True, help="table to write (word, fine cluster, coarse cluster)")
    ap.add_argument("--fine", type=int, default=512, help="fine clusters (default 512)")
    ap.add_argument("--coarse", type=int, default=64, help="coarse clusters of the fine centroids (default 64)")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    tokenizer = os.path.join(a.minilm, "all-minilm-l6-v2-q-tokenizer.json")
    vocab = json.load(open(tokenizer, encoding="utf-8"))["model"]["vocab"]
    words = sorted(w for w in vocab if not w.startswith("##") and w.isalpha())
    state = minilm.load_state(os.path.join(a.minilm, "all-minilm-l6-v2-q.onnx"))
    table = state["embeddings.word_embeddings.weight"].numpy().astype(np.float64)
    x = table[[vocab[w] for w in words]]
    x = x - x.mean(0)
    x = x / np.linalg.norm(x, axis=1, keepdims=True)
    fine, centroids = spherical_kmeans(x, a.fine, a.seed)
    coarse, _ = spherical_kmeans(centroids, a.coarse, a.seed)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for w, c in zip(words, fine):
            f.write("%s\t%d\t%d\n" % (w, c, coarse[c]))
    print("%d words, %d fine and %d coarse clusters -> %s" % (len(words), a.fine, a.coarse, a.out))


if __name__ == "__main__":
    main()
