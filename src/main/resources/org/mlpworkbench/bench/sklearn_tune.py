#!/usr/bin/python3
"""A baseline for `mlpw tune`: scikit-learn's RandomizedSearchCV over MLPClassifier (MLPRegressor for a
numeric target), with the same folds count, a comparable search space, the same epoch count per fit and
the same wall-clock budget. Run with Debian's scikit-learn (python3-sklearn, python3-pandas):

    /usr/bin/python3 sklearn_tune.py --data train.csv --target Survived --minutes 2 --folds 5 \
        --max-epochs 27 --jobs 2 --drop PassengerId,Name,Ticket

Recipe (as the app's defaults for Titanic): the --drop columns are left out; a text column with more than
50 distinct values is dropped but keeps a 0/1 "missing" indicator when it has missing values (Cabin ->
Cabin_missing); numeric columns: median imputation, standardization; other columns: most frequent value,
one-hot. The recipe is fitted inside each fold (a Pipeline), as `mlpw tune` fits it on each fold's
training rows.

Search space (the closest to `mlpw tune`'s defaults for the data size; scikit-learn has no dropout and no
GELU, and its `alpha` is an L2 penalty where ours is AdamW's decoupled decay): below 1,000 rows hidden
(16,) (32,) (64,) (128,) and batch 16, 32, 64; up to 20,000 rows (32,) (64,) (128,) (256,) (128, 64) and
batch 32, 64, 128; above, (128,) (256,) (512,) (256, 128) (512, 256) and batch 128, 256, 512; plus one
width of at least the feature count when none is that wide; relu or tanh; alpha log-uniform 1e-5..1e-1;
learning rate log-uniform 1e-4..1e-2; Adam; every fit trains --max-epochs epochs (no early stopping, no
convergence stop).

Objective as `mlpw tune`'s: accuracy for a class target, label accuracy (1 - Hamming loss, at 0.5) for
several 0/1 targets (--target A,B,C: MLPClassifier on the indicator matrix, unstratified folds), r2 for
a numeric one; above 20,000 rows one stratified split holding out 20 % replaces the folds. With --test
FILE the best configuration is refitted on every row and scored on FILE (also its Hamming loss for
multi-label).

RandomizedSearchCV has no time budget, so it runs in rounds of 2 x --jobs configurations with fresh random
states, and no round starts after the deadline. Prints one JSON line: trials (configurations, each
cross-validated), trials per minute, fold-epochs per minute, best mean CV score and its parameters.
"""
import argparse
import json
import os
import time
import warnings

import numpy as np
import pandas as pd
from scipy.stats import loguniform
from sklearn.compose import ColumnTransformer
from sklearn.exceptions import ConvergenceWarning
from sklearn.impute import MissingIndicator, SimpleImputer
from sklearn.metrics import hamming_loss, make_scorer, r2_score
from sklearn.model_selection import (KFold, RandomizedSearchCV, ShuffleSplit, StratifiedKFold,
                                     StratifiedShuffleSplit)
from sklearn.neural_network import MLPClassifier, MLPRegressor
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler


def recipe(frame, targets, drop):
    features = frame.drop(columns=targets + drop)
    numeric, categorical, indicator = [], [], []
    for name in features.columns:
        column = features[name]
        if pd.api.types.is_numeric_dtype(column):
            numeric.append(name)
        elif column.nunique() <= 50:
            categorical.append(name)
        elif column.isna().any():
            indicator.append(name)
    steps = [("numeric", Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())]), numeric),
             ("categorical", Pipeline([("impute", SimpleImputer(strategy="most_frequent")),
                                       ("onehot", OneHotEncoder(handle_unknown="ignore"))]), categorical)]
    if indicator:
        steps.append(("missing", MissingIndicator(), indicator))
    return features, ColumnTransformer(steps)


def label_accuracy(y_true, y_pred):
    return 1 - hamming_loss(y_true, y_pred)


def space_for(rows, features):
    """The hidden layers and batch sizes of `mlpw tune`'s default space (SearchSpace.defaultsFor)."""
    if rows < 1000:
        hidden, batches = [(16,), (32,), (64,), (128,)], [16, 32, 64]
    elif rows <= 20000:
        hidden, batches = [(32,), (64,), (128,), (256,), (128, 64)], [32, 64, 128]
    else:
        hidden, batches = [(128,), (256,), (512,), (256, 128), (512, 256)], [128, 256, 512]
    wide = 1 << (min(features, 4096) * 2 - 1).bit_length() - 1
    if all(h[0] < wide for h in hidden):
        hidden.append((wide,))
    return hidden, batches


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--target", required=True)
    parser.add_argument("--drop", default="")
    parser.add_argument("--minutes", type=float, default=2)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--max-epochs", type=int, default=27)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--test", help="score the best configuration, refitted on every row, on this file")
    args = parser.parse_args()
    warnings.filterwarnings("ignore", category=ConvergenceWarning)
    os.environ["PYTHONWARNINGS"] = "ignore"  # the same for joblib's worker processes, which inherit it

    targets = [c for c in args.target.split(",") if c]
    frame = pd.read_csv(args.data, skipinitialspace=True)
    frame = frame[frame[targets].notna().all(axis=1)]
    drop = [c for c in args.drop.split(",") if c]
    x, prep = recipe(frame, targets, drop)
    multilabel = len(targets) > 1
    y = frame[targets].to_numpy(dtype=int) if multilabel else frame[targets[0]]
    regression = not multilabel and pd.api.types.is_float_dtype(y) and y.nunique() > 20
    features = prep.fit_transform(x).shape[1]
    hidden, batches = space_for(len(frame), features)
    estimator = (MLPRegressor if regression else MLPClassifier)(
        solver="adam", max_iter=args.max_epochs, n_iter_no_change=args.max_epochs + 1, tol=0,
        early_stopping=False, shuffle=True, random_state=args.seed)
    pipeline = Pipeline([("prep", prep), ("mlp", estimator)])
    space = {"mlp__hidden_layer_sizes": hidden, "mlp__activation": ["relu", "tanh"],
             "mlp__alpha": loguniform(1e-5, 1e-1), "mlp__learning_rate_init": loguniform(1e-4, 1e-2),
             "mlp__batch_size": batches}
    single_split = len(frame) > 20000
    if single_split:
        folds = (ShuffleSplit if regression or multilabel else StratifiedShuffleSplit)(
            n_splits=1, test_size=0.2, random_state=args.seed)
    else:
        folds = (KFold if regression or multilabel else StratifiedKFold)(
            n_splits=args.folds, shuffle=True, random_state=args.seed)
    scoring = "r2" if regression else (make_scorer(label_accuracy) if multilabel else "accuracy")
    metric = "r2" if regression else ("label_accuracy" if multilabel else "accuracy")

    start = time.monotonic()
    deadline = start + args.minutes * 60
    trials, best, best_params, best_raw, round_number = 0, -np.inf, None, None, 0
    while time.monotonic() < deadline:
        search = RandomizedSearchCV(pipeline, space, n_iter=2 * args.jobs, scoring=scoring, cv=folds,
                                    n_jobs=args.jobs, random_state=args.seed + round_number, refit=False)
        search.fit(x, y)
        round_number += 1
        trials += len(search.cv_results_["mean_test_score"])
        if search.best_score_ > best:
            best = float(search.best_score_)
            best_raw = search.best_params_
            best_params = {k.replace("mlp__", ""): (list(v) if isinstance(v, tuple) else v)
                           for k, v in search.best_params_.items()}
    seconds = time.monotonic() - start
    n_folds = 1 if single_split else args.folds
    result = {"tool": "scikit-learn RandomizedSearchCV", "metric": metric, "folds": n_folds,
                      "jobs": args.jobs, "maxEpochs": args.max_epochs, "seconds": round(seconds, 1),
                      "trials": trials, "trialsPerMinute": round(trials / (seconds / 60), 2),
                      "foldEpochsPerMinute": round(trials * n_folds * args.max_epochs / (seconds / 60), 1),
                      "bestScore": best, "bestParameters": best_params}
    if args.test and best_raw is not None:
        test = pd.read_csv(args.test, skipinitialspace=True)
        test = test[test[targets].notna().all(axis=1)]
        model = pipeline.set_params(**best_raw).fit(x, y)
        predicted = model.predict(test.drop(columns=targets + drop))
        truth = test[targets].to_numpy(dtype=int) if multilabel else test[targets[0]]
        if regression:
            result["testScore"] = float(r2_score(truth, predicted))
        elif multilabel:
            result["testScore"] = label_accuracy(truth, predicted)
            result["testHammingLoss"] = float(hamming_loss(truth, predicted))
        else:
            result["testScore"] = float(np.mean(np.asarray(predicted) == np.asarray(truth)))
    print(json.dumps(result, default=float))


if __name__ == "__main__":
    main()
