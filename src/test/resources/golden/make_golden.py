#!/usr/bin/python3
"""Generates golden.json: outputs, losses, gradients and optimizer steps of tiny MLPs computed by
PyTorch in double precision, for GoldenReferenceTest and GoldenOptimizerTest.

Run with Debian's PyTorch (apt-get install python3-torch):  /usr/bin/python3 make_golden.py
Parameters and inputs are drawn in float32 and widened, so the float engine sees the same values.
The network is  self.layers = nn.ModuleList([nn.Linear(...)...])  with the activation between the
layers, so parameter names are layers.<i>.weight / layers.<i>.bias as in MLP Workbench.
"""
import json
import torch
import torch.nn as nn
import torch.nn.functional as F

ACTIVATIONS = {
    "RELU": nn.ReLU(),
    "LEAKY_RELU": nn.LeakyReLU(0.01),
    "TANH": nn.Tanh(),
    "SIGMOID": nn.Sigmoid(),
    "GELU": nn.GELU(),  # exact erf form (approximate='none'), PyTorch's default
    "ELU": nn.ELU(1.0),
}


class Mlp(nn.Module):
    def __init__(self, sizes, activation, bias):
        super().__init__()
        self.layers = nn.ModuleList(
            [nn.Linear(sizes[i], sizes[i + 1], bias=bias) for i in range(len(sizes) - 1)])
        self.activation = ACTIVATIONS[activation]

    def forward(self, x):
        for layer in self.layers[:-1]:
            x = self.activation(layer(x))
        return self.layers[-1](x)


def outputs_and_loss(logits, y, output, loss):
    if output == "SIGMOID":
        probs = torch.sigmoid(logits)
    elif output == "SOFTMAX":
        probs = torch.softmax(logits, dim=1)
    else:
        probs = logits
    if loss == "BINARY_CROSS_ENTROPY":
        value = F.binary_cross_entropy_with_logits(logits, y)
    elif loss == "CROSS_ENTROPY":
        value = F.cross_entropy(logits, y.argmax(dim=1))
    else:
        value = F.mse_loss(probs, y)
    return probs, value


def targets(gen, task, rows, outputs):
    if task in ("BINARY", "MULTI_LABEL"):
        return (torch.rand(rows, outputs, generator=gen) > 0.5).double()
    if task == "MULTI_CLASS":
        return F.one_hot(torch.randint(0, outputs, (rows,), generator=gen), outputs).double()
    return torch.randn(rows, outputs, generator=gen).double()


def case(name, task, sizes, activation, output, loss, bias, seed, rows=5, optimizer=None, output_scale=1.0):
    gen = torch.Generator().manual_seed(seed)
    model = Mlp(sizes, activation, bias).double()
    with torch.no_grad():
        for p in model.parameters():
            p.copy_(torch.randn(p.shape, generator=gen).float().double() * 0.7)
        model.layers[-1].weight.mul_(output_scale)  # a power of two keeps float32 values exact
    x = torch.randn(rows, sizes[0], generator=gen).float().double()
    y = targets(gen, task, rows, sizes[-1])
    probs, value = outputs_and_loss(model(x), y, output, loss)
    value.backward()
    result = {
        "name": name, "task": task, "inputs": sizes[0], "hidden": sizes[1:-1], "outputs": sizes[-1],
        "activation": activation, "outputActivation": output, "loss": loss, "bias": bias,
        "x": x.flatten().tolist(), "y": y.flatten().tolist(), "rows": rows,
        "probabilities": probs.detach().flatten().tolist(), "lossValue": value.item(),
        "parameters": {n: p.detach().flatten().tolist() for n, p in model.named_parameters()},
        "gradients": {n: p.grad.flatten().tolist() for n, p in model.named_parameters()},
    }
    if optimizer is not None:
        result["optimizer"] = run_optimizer(model, x, y, output, loss, optimizer)
    return result


def run_optimizer(model, x, y, output, loss, settings):
    kind, steps = settings["kind"], settings["steps"]
    weights = [p for n, p in model.named_parameters() if n.endswith("weight")]
    biases = [p for n, p in model.named_parameters() if n.endswith("bias")]
    if kind == "ADAM":
        opt = torch.optim.Adam(model.parameters(), lr=settings["lr"], betas=(0.9, 0.999), eps=1e-8)
    elif kind == "ADAMW":  # MLP Workbench decays weights only: biases go in a group without decay
        opt = torch.optim.AdamW([{"params": weights, "weight_decay": settings["weightDecay"]},
                                 {"params": biases, "weight_decay": 0.0}], lr=settings["lr"])
    else:
        opt = torch.optim.SGD(model.parameters(), lr=settings["lr"], momentum=settings["momentum"],
                              nesterov=settings["nesterov"])
    for _ in range(steps):
        opt.zero_grad()
        _, value = outputs_and_loss(model(x), y, output, loss)
        value.backward()
        opt.step()
    settings = dict(settings)
    settings["updated"] = {n: p.detach().flatten().tolist() for n, p in model.named_parameters()}
    return settings


def main():
    torch.set_default_dtype(torch.float64)
    cases = [
        case("relu_bias_sigmoid_bce", "BINARY", [3, 4, 1], "RELU", "SIGMOID", "BINARY_CROSS_ENTROPY", True, 1,
             optimizer={"kind": "ADAM", "lr": 0.01, "steps": 3}),
        case("tanh_softmax_ce", "MULTI_CLASS", [3, 4, 3], "TANH", "SOFTMAX", "CROSS_ENTROPY", True, 2,
             optimizer={"kind": "SGD", "lr": 0.1, "momentum": 0.9, "nesterov": True, "steps": 3}),
        case("gelu_identity_mse", "REGRESSION", [3, 5, 2], "GELU", "IDENTITY", "MSE", True, 3,
             optimizer={"kind": "ADAMW", "lr": 0.01, "weightDecay": 0.1, "steps": 3}),
        case("relu_nobias_sigmoid_bce", "BINARY", [4, 6, 1], "RELU", "SIGMOID", "BINARY_CROSS_ENTROPY", False, 4),
        case("leaky_two_hidden_multilabel", "MULTI_LABEL", [4, 5, 3, 2], "LEAKY_RELU", "SIGMOID",
             "BINARY_CROSS_ENTROPY", True, 5, optimizer={"kind": "ADAM", "lr": 0.05, "steps": 2}),
        case("elu_sigmoid_mse", "BINARY", [3, 4, 1], "ELU", "SIGMOID", "MSE", True, 6),
        case("sigmoid_softmax_mse", "MULTI_CLASS", [3, 4, 3], "SIGMOID", "SOFTMAX", "MSE", False, 7,
             optimizer={"kind": "SGD", "lr": 0.5, "momentum": 0.0, "nesterov": False, "steps": 2}),
        # Logits in the hundreds: BCE and CE must stay finite and exact (stable log-sum-exp forms).
        case("gelu_large_logits_bce", "MULTI_LABEL", [2, 3, 2], "GELU", "SIGMOID", "BINARY_CROSS_ENTROPY", True, 8,
             output_scale=256.0),
        case("relu_large_logits_ce", "MULTI_CLASS", [2, 3, 3], "RELU", "SOFTMAX", "CROSS_ENTROPY", True, 9,
             output_scale=256.0),
    ]
    with open(__file__.replace("make_golden.py", "golden.json"), "w") as out:
        json.dump({"generator": "make_golden.py", "torch": torch.__version__, "cases": cases}, out, indent=1)


if __name__ == "__main__":
    main()
