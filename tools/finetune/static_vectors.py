"""Static word-piece vectors distilled from the sentence encoder (no training).

Each word piece of the encoder's vocabulary is read through the whole network on its own ([CLS] piece [SEP], mean
pooled, as the Java encoder pools a sentence); the vectors are centred, reduced by principal components to --dim
dimensions and written in vocabulary order. A line's vector is then the weighted mean of its pieces' vectors: a
table lookup per word instead of a pass through six transformer layers.

    /usr/bin/python3 tools/finetune/static_vectors.py --minilm /tmp/minilm --dim 128 \
        --out scrutiny-core/src/main/resources/dev/scrutiny/text/minilm-pieces-128.bin
"""

import argparse
import json
import os
import struct

import numpy as np
import torch

import minilm


def java_utf(text):
    """Java's DataOutput.writeUTF: a two-byte length, then modified UTF-8 (surrogates apart, NUL as two bytes)."""
    out = bytearray()
    for unit in struct.unpack("<%dH" % (len(text.encode("utf-16-le")) // 2), text.encode("utf-16-le")):
        if 0 < unit < 0x80:
            out.append(unit)
        elif unit < 0x800:
            out += bytes([0xC0 | unit >> 6, 0x80 | unit & 0x3F])
        else:
            out += bytes([0xE0 | unit >> 12, 0x80 | unit >> 6 & 0x3F, 0x80 | unit & 0x3F])
    return struct.pack(">H", len(out)) + bytes(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minilm", required=True, help="folder with all-minilm-l6-v2-q.onnx and its tokenizer JSON")
    ap.add_argument("--onnx", help="another ONNX file of the same network (a fine-tuned one); default the published")
    ap.add_argument("--dim", type=int, default=128, help="dimensions kept (default 128)")
    ap.add_argument("--batch", type=int, default=512)
    ap.add_argument("--out", required=True, help="table to write (dev.scrutiny.text.WordPieceVectors): 'WPV1', "
                                                 "pieces, dimension, then per piece in vocabulary order its text, "
                                                 "a scale and one signed byte per dimension")
    a = ap.parse_args()
    torch.manual_seed(0)
    torch.set_num_threads(2)
    tokenizer = os.path.join(a.minilm, "all-minilm-l6-v2-q-tokenizer.json")
    vocab = json.load(open(tokenizer, encoding="utf-8"))["model"]["vocab"]
    n = max(vocab.values()) + 1
    cls, sep = vocab["[CLS]"], vocab["[SEP]"]
    model = minilm.MiniLM()
    model.load_hf(minilm.load_state(a.onnx or os.path.join(a.minilm, "all-minilm-l6-v2-q.onnx")))
    model.eval()
    out = np.zeros((n, 384), dtype=np.float64)
    with torch.no_grad():
        for start in range(0, n, a.batch):
            ids = torch.tensor([[cls, i, sep] for i in range(start, min(n, start + a.batch))])
            mask = torch.ones_like(ids)
            out[start:start + len(ids)] = model(ids, mask).numpy()
    mean = out.mean(0)
    x = out - mean
    _, _, vt = np.linalg.svd(x, full_matrices=False)
    y = x @ vt[: a.dim].T
    # principal axes have an arbitrary sign: fix it so that every run writes the same bytes
    y = y * np.where(y.sum(0) < 0, -1.0, 1.0)
    pieces = [None] * n
    for piece, i in vocab.items():
        pieces[i] = piece
    with open(a.out, "wb") as f:
        f.write(b"WPV1" + struct.pack(">ii", n, a.dim))
        for i in range(n):
            row = y[i]
            top = float(np.abs(row).max())
            scale = np.float32(top / 127.0 if top > 0 else 1.0)
            q = np.clip(np.rint(row / scale), -127, 127).astype(np.int8)
            f.write(java_utf(pieces[i]) + struct.pack(">f", scale) + q.tobytes())
    print("%d pieces, %d dimensions -> %s" % (n, a.dim, a.out))


if __name__ == "__main__":
    main()
