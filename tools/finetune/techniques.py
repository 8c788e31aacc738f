"""Fine-tunes the MiniLM sentence encoder on SemEval-2023 Task 3 subtask 3 (persuasion techniques per paragraph
line, English) with a multi-label logistic classifier, and measures it against the frozen encoder with the same
classifier on articles left out. Offline training tool.

  python3 tools/finetune/techniques.py --data ../shared/data/semeval2023 --minilm DIR [--epochs 2] [--encoder FILE]

--encoder FILE fine-tunes another quantised encoder of the same width and vocabulary instead of DIR's MiniLM
(e5-small-v2-q.onnx, 12 layers), as checkworthy.py does.

Articles are split as the Java trainer splits them: the final split (CRC-32 of the article id = 0 modulo 5) is
not read (unless --with-final-split, for the shipped encoder once the final split has been scored); of the other articles, those with CRC-32 = 1 modulo 5 are the validation set unless --all, which
trains on every article outside the final split. The validation figures are micro-F1 over (line, technique)
pairs with one threshold for all techniques, for the frozen encoder (its classifier trained on the same lines)
and the fine-tuned one.
"""
import argparse
import os
import random
import sys
import time
import zlib

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checkworthy  # noqa: E402
import minilm  # noqa: E402


def read(data, lang="en"):
    """(article id, line text, set of techniques, line number) for every labelled non-empty line of the articles."""
    root = os.path.join(data, lang)
    labels = {}
    with open(os.path.join(root, "train-labels-subtask-3.txt"), encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2:
                continue
            names = [canonical(t) for t in (parts[2].split(",") if len(parts) > 2 else []) if t]
            labels[(parts[0], int(parts[1]))] = names
    rows = []
    for (article, number), names in sorted(labels.items()):
        path = os.path.join(root, "train-articles-subtask-3", "article%s.txt" % article)
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if number - 1 < len(lines) and lines[number - 1].strip():
            rows.append((article, lines[number - 1].strip(), set(names), number))
    return rows


def canonical(name):
    """The technique's name as the taxonomy spells it (one training label carries a stray character)."""
    return "Appeal_to_Fear-Prejudice" if name.startswith("Appeal_to_Fear") else name


def fold(article):
    return zlib.crc32(article.encode("utf-8")) % 5


def micro(p, y, t):
    pred = p >= t
    tp = float((pred & (y == 1)).sum())
    return 2 * tp / max(1.0, pred.sum() + y.sum()), tp / max(1.0, pred.sum()), tp / max(1.0, y.sum())


def report(name, p, y):
    best = max((micro(p, y, t)[0], t) for t in np.arange(0.05, 0.91, 0.01))
    print("%s: best micro-F1 %.4f at %.2f" % (name, best[0], best[1]), flush=True)
    print("  by threshold: " + " ".join("%.2f:%.4f" % (t, micro(p, y, t)[0]) for t in np.arange(0.1, 0.61, 0.05)),
          flush=True)
    f, prec, rec = micro(p, y, best[1])
    print("  at best: P %.3f R %.3f, %d shown, %d gold" % (prec, rec, int((p >= best[1]).sum()), int(y.sum())),
          flush=True)


def fit_head(v, y, epochs=300, lr=0.05, decay=1e-4, scale=20.0):
    """A multi-label logistic classifier on fixed vectors (full-batch Adam), as the frozen baseline."""
    head = torch.nn.Linear(v.shape[1], y.shape[1])
    opt = torch.optim.Adam(head.parameters(), lr=lr, weight_decay=decay)
    lossf = torch.nn.BCEWithLogitsLoss()
    yt = torch.tensor(y, dtype=torch.float32)
    for _ in range(epochs):
        opt.zero_grad()
        loss = lossf(head(v * scale), yt)
        loss.backward()
        opt.step()
    return head


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--minilm", required=True)
    ap.add_argument("--all", action="store_true", help="train on every article outside the final split")
    ap.add_argument("--with-final-split", action="store_true",
                    help="with --all, train on the final split too (once it has been scored)")
    ap.add_argument("--encoder", help="the quantised ONNX encoder to fine-tune (default: DIR/all-minilm-l6-v2-q.onnx)")
    ap.add_argument("--out", help="the fine-tuned encoder (quantised ONNX) to write")
    ap.add_argument("--head-out", help="the classifier to write: one line per technique, its bias then its weights")
    ap.add_argument("--state-out")
    ap.add_argument("--epochs", type=float, default=2)
    ap.add_argument("--lr", type=float, default=4e-5)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--skip-frozen", action="store_true")
    ap.add_argument("--load-state", help="weights saved by --state-out: score the held-out lines without training")
    ap.add_argument("--scores-out", help="the held-out lines' probabilities: article id, line number, one per technique")
    a = ap.parse_args()

    torch.manual_seed(a.seed)
    torch.set_num_threads(a.threads)
    rng = random.Random(a.seed)
    onnx_path = a.encoder or os.path.join(a.minilm, "all-minilm-l6-v2-q.onnx")
    tok = minilm.WordPiece(os.path.join(a.minilm, "all-minilm-l6-v2-q-tokenizer.json"))

    if a.with_final_split and not a.all:
        ap.error("--with-final-split goes with --all")
    rows = [r for r in read(a.data) if a.with_final_split or fold(r[0]) != 0]
    names = sorted({t for r in rows for t in r[2]})
    train = [r for r in rows if a.all or fold(r[0]) != 1]
    held = [] if a.all else [r for r in rows if fold(r[0]) == 1]

    def matrix(rs):
        return np.array([[1.0 if n in r[2] else 0.0 for n in names] for r in rs], dtype=np.float32)

    y_train, y_held = matrix(train), matrix(held)
    ids_train = [tok.ids(r[1]) for r in train]
    ids_held = [tok.ids(r[1]) for r in held]
    print("%d techniques; training on %d lines (%d labels), %d lines held out (%d labels)" % (
        len(names), len(train), int(y_train.sum()), len(held), int(y_held.sum())), flush=True)

    published = minilm.load_state(onnx_path)
    model = minilm.MiniLM(minilm.layers_of(published))
    model.load_hf(published)
    if a.load_state:
        saved = torch.load(a.load_state)
        model.load_state_dict(saved["encoder"])
        head = torch.nn.Linear(minilm.WIDTH, len(names))
        head.load_state_dict(saved["head"])
        finish(a, model, head, saved["scale"], names, held, ids_held, y_held, onnx_path, time.time())
        return
    if held and not a.skip_frozen:
        t0 = time.time()
        head = fit_head(checkworthy.vectors(model, ids_train), y_train)
        with torch.no_grad():
            p = torch.sigmoid(head(checkworthy.vectors(model, ids_held) * 20.0)).numpy()
        report("frozen encoder, held out", p, y_held)
        print("  (%.0f s)" % (time.time() - t0), flush=True)

    for emb in (model.word, model.position, model.token_type):
        emb.weight.requires_grad_(False)
    head = torch.nn.Linear(minilm.WIDTH, len(names))
    torch.nn.init.zeros_(head.weight)
    torch.nn.init.constant_(head.bias, -2.0)
    scale = 20.0
    items = list(zip(ids_train, y_train))

    def after_epoch(epoch):
        with torch.no_grad():
            p = torch.sigmoid(head(checkworthy.vectors(model, ids_held) * scale)).numpy()
        report("fine-tuned, epoch %d, held out" % epoch, p, y_held)

    t0 = checkworthy.fine_tune(model, head, items, a, rng, lambda ids, mask: head(model(ids, mask) * scale),
                               lambda chunk: torch.tensor(np.stack([items[i][1] for i in chunk])),
                               after_epoch if held else None)
    finish(a, model, head, scale, names, held, ids_held, y_held, onnx_path, t0)


def finish(a, model, head, scale, names, held, ids_held, y_held, onnx_path, t0):
    """Scores the held-out lines (and writes their probabilities), then writes what was asked for."""
    if held:
        with torch.no_grad():
            p = torch.sigmoid(head(checkworthy.vectors(model, ids_held) * scale)).numpy()
        report("fine-tuned, held out", p, y_held)
        if a.scores_out:
            with open(a.scores_out, "w", encoding="utf-8") as f:
                f.write("\t".join(["article", "line"] + names) + "\n")
                for r, row in zip(held, p):
                    f.write("\t".join([r[0], str(r[3])] + ["%.6f" % x for x in row]) + "\n")
        for k, n in enumerate(names):
            best = max((micro(p[:, k], y_held[:, k], t)[0], t) for t in np.arange(0.05, 0.91, 0.05))
            print("  %-36s gold %3d  best F1 %.3f at %.2f" % (n, int(y_held[:, k].sum()), best[0], best[1]))
    if a.state_out:
        torch.save({"encoder": model.state_dict(), "head": head.state_dict(), "scale": scale, "names": names},
                   a.state_out)
    if a.out:
        minilm.save_quantised(onnx_path, model.hf_state(), a.out)
        print("wrote", a.out, "after %.0f s" % (time.time() - t0))
    if a.head_out:
        with open(a.head_out, "w", encoding="utf-8") as f:
            f.write("# per technique: name, bias, then %d weights on the unit-length vector\n" % minilm.WIDTH)
            w = head.weight.detach() * scale
            for k, n in enumerate(names):
                f.write("\t".join([n, repr(float(head.bias[k].item()))] + [repr(float(x)) for x in w[k].tolist()]) + "\n")
        print("wrote", a.head_out)


if __name__ == "__main__":
    main()
