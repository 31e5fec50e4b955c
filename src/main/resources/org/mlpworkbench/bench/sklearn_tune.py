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

Search space (the closest to `mlpw tune`'s defaults below 1,000 rows; scikit-learn has no dropout and no
GELU, and its `alpha` is an L2 penalty where ours is AdamW's decoupled decay): hidden (16,) (32,) (64,)
(128,); relu or tanh; alpha log-uniform 1e-5..1e-1; learning rate log-uniform 1e-4..1e-2; batch 16, 32,
64; Adam; every fit trains --max-epochs epochs (no early stopping, no convergence stop).

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
from sklearn.model_selection import KFold, RandomizedSearchCV, StratifiedKFold
from sklearn.neural_network import MLPClassifier, MLPRegressor
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler


def recipe(frame, target, drop):
    features = frame.drop(columns=[target] + drop)
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
    args = parser.parse_args()
    warnings.filterwarnings("ignore", category=ConvergenceWarning)
    os.environ["PYTHONWARNINGS"] = "ignore"  # the same for joblib's worker processes, which inherit it

    frame = pd.read_csv(args.data)
    frame = frame[frame[args.target].notna()]
    drop = [c for c in args.drop.split(",") if c]
    x, prep = recipe(frame, args.target, drop)
    y = frame[args.target]
    regression = pd.api.types.is_float_dtype(y) and y.nunique() > 20
    estimator = (MLPRegressor if regression else MLPClassifier)(
        solver="adam", max_iter=args.max_epochs, n_iter_no_change=args.max_epochs + 1, tol=0,
        early_stopping=False, shuffle=True, random_state=args.seed)
    pipeline = Pipeline([("prep", prep), ("mlp", estimator)])
    space = {"mlp__hidden_layer_sizes": [(16,), (32,), (64,), (128,)], "mlp__activation": ["relu", "tanh"],
             "mlp__alpha": loguniform(1e-5, 1e-1), "mlp__learning_rate_init": loguniform(1e-4, 1e-2),
             "mlp__batch_size": [16, 32, 64]}
    folds = (KFold if regression else StratifiedKFold)(n_splits=args.folds, shuffle=True, random_state=args.seed)
    scoring = "r2" if regression else "accuracy"

    start = time.monotonic()
    deadline = start + args.minutes * 60
    trials, best, best_params, round_number = 0, -np.inf, None, 0
    while time.monotonic() < deadline:
        search = RandomizedSearchCV(pipeline, space, n_iter=2 * args.jobs, scoring=scoring, cv=folds,
                                    n_jobs=args.jobs, random_state=args.seed + round_number, refit=False)
        search.fit(x, y)
        round_number += 1
        trials += len(search.cv_results_["mean_test_score"])
        if search.best_score_ > best:
            best = float(search.best_score_)
            best_params = {k.replace("mlp__", ""): (list(v) if isinstance(v, tuple) else v)
                           for k, v in search.best_params_.items()}
    seconds = time.monotonic() - start
    print(json.dumps({"tool": "scikit-learn RandomizedSearchCV", "metric": scoring, "folds": args.folds,
                      "jobs": args.jobs, "maxEpochs": args.max_epochs, "seconds": round(seconds, 1),
                      "trials": trials, "trialsPerMinute": round(trials / (seconds / 60), 2),
                      "foldEpochsPerMinute": round(trials * args.folds * args.max_epochs / (seconds / 60), 1),
                      "bestScore": best, "bestParameters": best_params}, default=float))


if __name__ == "__main__":
    main()
