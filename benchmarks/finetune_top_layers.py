"""Does fine-tuning the encoder pay? Train the top layers and the head on the corpus, score the dev files.

    python benchmarks/finetune_top_layers.py [--layers 4] [--epochs 2] [--lr 3e-5]

An experiment, not part of the product (docs/model.md has its results and why nothing of it
ships). The lower layers stay frozen, so their states are computed once (bf16) and cached; the
top `--layers` layers (fp32) and a linear head over the L2-normalized mean-pooled state are
trained on models/data/sentiment_train.jsonl with cross-entropy, AdamW, warm-up and linear
decay, dropout on. The head starts from the shipped one, so epoch 0 reproduces the shipped
model's figures. After each epoch the dev files in ../shared/eval are scored (read only, never
trained on) the way `repwatch eval` scores them: macro-F1 averaged over languages, and
accuracy of score > 0 on the binary book reviews.

Last line: RESULT epochs=.. tweets=.. norec=.. politics=.. books=.. (after the last epoch)
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
from sklearn.metrics import f1_score
from transformers.masking_utils import create_bidirectional_mask

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models.encoder import QUERY_PREFIX, E5Encoder  # noqa: E402
from models.sentiment import LABELS, EmbeddingSentimentHead  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
DEV = {"tweets": "multi_tweets_dev", "norec": "no_norec_sentences_dev",
       "politics": "nl_political_tweets_dev", "books": "nl_book_reviews_binary_dev"}


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def lower_states(encoder: E5Encoder, texts: list[str], frozen: int) -> list[torch.Tensor]:
    """Each text's hidden states after the frozen layers, without padding."""
    tok = encoder.tokenizer_
    ids = tok([QUERY_PREFIX + t for t in texts], truncation=True, max_length=encoder.max_length)["input_ids"]
    out: list[torch.Tensor] = [torch.empty(0)] * len(ids)
    with torch.inference_mode():
        for batch in encoder._batches([len(s) for s in ids]):
            width = max(len(ids[i]) for i in batch)
            input_ids = torch.full((len(batch), width), tok.pad_token_id)
            mask = torch.zeros((len(batch), width), dtype=torch.long)
            for r, i in enumerate(batch):
                input_ids[r, : len(ids[i])] = torch.tensor(ids[i])
                mask[r, : len(ids[i])] = 1
            states = encoder.model_(input_ids=input_ids, attention_mask=mask, output_hidden_states=True).hidden_states[frozen]
            for r, i in enumerate(batch):
                out[i] = states[r, : len(ids[i])].clone()
    return out


class Top(torch.nn.Module):
    def __init__(self, layers: torch.nn.ModuleList, head: torch.nn.Linear, config: object) -> None:
        super().__init__()
        self.layers, self.head, self.config = layers, head, config

    def forward(self, states: list[torch.Tensor]) -> torch.Tensor:
        width = max(s.shape[0] for s in states)
        hidden = torch.zeros(len(states), width, states[0].shape[1])
        mask = torch.zeros(len(states), width, dtype=torch.long)
        for r, s in enumerate(states):
            hidden[r, : s.shape[0]] = s.float()
            mask[r, : s.shape[0]] = 1
        attention = create_bidirectional_mask(config=self.config, inputs_embeds=hidden, attention_mask=mask)
        for layer in self.layers:
            hidden = layer(hidden, attention_mask=attention)
        weights = mask.unsqueeze(-1).float()
        pooled = (hidden * weights).sum(1) / weights.sum(1)
        return self.head(torch.nn.functional.normalize(pooled, dim=-1))


def probabilities(top: Top, states: list[torch.Tensor]) -> np.ndarray:
    top.eval()
    order = np.argsort([s.shape[0] for s in states])
    out = np.zeros((len(states), len(LABELS)))
    with torch.inference_mode():
        for k in range(0, len(order), 32):
            idx = order[k : k + 32]
            out[idx] = torch.softmax(top([states[i] for i in idx]), -1).numpy()
    return out


def score(name: str, data: list[dict], probs: np.ndarray) -> float:
    if name == "books":
        gold = np.array([r["label"] == "positive" for r in data])
        return float((((probs[:, 2] - probs[:, 0]) > 0) == gold).mean())
    gold, pred = np.array([LABELS.index(r["label"]) for r in data]), probs.argmax(1)
    langs = np.array([r.get("lang", "") for r in data])
    return float(np.mean([f1_score(gold[langs == lang], pred[langs == lang], average="macro") for lang in sorted(set(langs))]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layers", type=int, default=4, help="top encoder layers to train")
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--lr", type=float, default=3e-5)
    args = parser.parse_args()
    if not EVAL.is_dir():
        sys.exit(f"{EVAL}: the dev files are needed to score the experiment")
    torch.manual_seed(0)
    random.seed(0)
    bf16 = E5Encoder(precision="bf16").load()
    frozen = bf16.model_.config.num_hidden_layers - args.layers
    corpus = rows(ROOT / "models" / "data" / "sentiment_train.jsonl")
    dev = {name: rows(EVAL / f"{file}.jsonl") for name, file in DEV.items()}
    start = time.time()
    train_states = lower_states(bf16, [r["text"] for r in corpus], frozen)
    dev_states = {name: lower_states(bf16, [r["text"] for r in data], frozen) for name, data in dev.items()}
    print(f"lower {frozen} layers cached for {len(corpus)} + {sum(map(len, dev.values()))} texts in {time.time() - start:.0f} s")

    full = E5Encoder(precision="fp32").load().model_
    shipped = EmbeddingSentimentHead().load()
    head = torch.nn.Linear(full.config.hidden_size, len(LABELS))
    with torch.no_grad():
        head.weight.copy_(torch.from_numpy(shipped.weight_))
        head.bias.copy_(torch.from_numpy(shipped.bias_ - shipped.weight_ @ shipped.mean_))
    top = Top(torch.nn.ModuleList([copy.deepcopy(full.encoder.layer[i]) for i in range(frozen, len(full.encoder.layer))]),
              head, full.config)
    del full

    def report(epoch: int) -> dict[str, float]:
        figures = {name: score(name, data, probabilities(top, dev_states[name])) for name, data in dev.items()}
        print(f"epoch {epoch}: " + " ".join(f"{k}={v:.4f}" for k, v in figures.items()), flush=True)
        return figures

    figures = report(0)
    labels = torch.tensor([LABELS.index(r["label"]) for r in corpus])
    order = np.argsort([s.shape[0] for s in train_states])
    batches = [order[k : k + 32] for k in range(0, len(order), 32)]
    total = args.epochs * len(batches)
    optimizer = torch.optim.AdamW(top.parameters(), lr=args.lr, weight_decay=0.01)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: min(1.0, (s + 1) / 50) * max(0.0, 1 - s / total))
    for epoch in range(1, args.epochs + 1):
        random.shuffle(batches)
        top.train()
        start, loss_sum = time.time(), 0.0
        for batch in batches:
            loss = torch.nn.functional.cross_entropy(top([train_states[i] for i in batch]), labels[batch])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
            loss_sum += loss.item()
        print(f"epoch {epoch}: loss {loss_sum / len(batches):.4f} in {time.time() - start:.0f} s")
        figures = report(epoch)
    print(f"RESULT epochs={args.epochs} " + " ".join(f"{k}={v:.4f}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
