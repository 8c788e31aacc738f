"""Writes weights saved by checkworthy.py --state-out to ONNX without training again: quantised as the shipped file
(minilm.save_quantised), or with --float as a float32 graph (minilm.export).

  python3 tools/finetune/export.py --state STATE.pt --minilm DIR --out model.onnx [--float]
"""
import argparse
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import minilm  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--state", required=True)
    ap.add_argument("--minilm", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--float", action="store_true", help="a float32 graph (slower; PyTorch's vectors exactly)")
    a = ap.parse_args()
    saved = torch.load(a.state)
    model = minilm.MiniLM()
    model.load_state_dict(saved["encoder"])
    source = os.path.join(a.minilm, "all-minilm-l6-v2-q.onnx")
    if a.float:
        minilm.export(model, source, a.out)
    else:
        minilm.save_quantised(source, model.hf_state(), a.out)
    print("wrote", a.out)


if __name__ == "__main__":
    main()
