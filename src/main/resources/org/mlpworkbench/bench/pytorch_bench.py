#!/usr/bin/python3
"""The training workloads of org.mlpworkbench.bench.TrainingBenchmark in PyTorch, for a side-by-side
baseline. Run with Debian's PyTorch:  /usr/bin/python3 pytorch_bench.py [seed,wide,multi] [THREADS]
With torch.set_num_threads(THREADS) (default 1; the caller sets OMP_NUM_THREADS and OPENBLAS_NUM_THREADS
to match), each workload is trained for one untimed epoch (warm-up), then timed three times; the fastest run
is printed as one JSON line: {"workload", "seconds", "samples_per_second", "threads"}.
Data are synthetic Gaussian features with learnable 0/1 targets of the same shapes as the Java side.
"""
import json
import sys
import time

import torch
import torch.nn as nn

WORKLOADS = {
    # name: rows, features, hidden widths, outputs, bias, batch size, epochs
    "seed": (891, 10, [128], 1, False, 64, 100),
    "wide": (100_000, 64, [256, 256], 1, True, 256, 3),
    "multi": (20_000, 100, [256], 14, True, 128, 10),
}


def data(rows, features, outputs, gen):
    x = torch.randn(rows, features, generator=gen)
    w = torch.randn(features, outputs, generator=gen)
    return x, (x @ w > 0).float()


def model(features, hidden, outputs, bias):
    layers, width = [], features
    for h in hidden:
        layers += [nn.Linear(width, h, bias=bias), nn.ReLU()]
        width = h
    layers.append(nn.Linear(width, outputs, bias=bias))
    return nn.Sequential(*layers)


def train(name, epochs_override=None):
    rows, features, hidden, outputs, bias, batch, epochs = WORKLOADS[name]
    epochs = epochs_override or epochs
    gen = torch.Generator().manual_seed(1)
    x, y = data(rows, features, outputs, gen)
    torch.manual_seed(1)
    net = model(features, hidden, outputs, bias)
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    loss_fn = nn.BCEWithLogitsLoss()
    start = time.perf_counter()
    for _ in range(epochs):
        perm = torch.randperm(rows)
        for i in range(0, rows, batch):
            idx = perm[i:i + batch]
            opt.zero_grad()
            loss = loss_fn(net(x[idx]), y[idx])
            loss.backward()
            opt.step()
    seconds = time.perf_counter() - start
    return seconds, rows * epochs / seconds


def main():
    names = sys.argv[1].split(",") if len(sys.argv) > 1 else list(WORKLOADS)
    threads = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    torch.set_num_threads(threads)
    for name in names:
        best = None
        train(name, epochs_override=1)
        for _ in range(3):
            seconds, rate = train(name)
            if best is None or rate > best[1]:
                best = (seconds, rate)
        print(json.dumps({"workload": name, "seconds": best[0], "samples_per_second": best[1], "threads": threads}),
              flush=True)


if __name__ == "__main__":
    main()
