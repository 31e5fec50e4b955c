package org.mlpworkbench.train;

/**
 * The learning rate as a function of training progress. {@code epoch} counts from 0, {@code step}
 * is the global batch index from 0 and {@code totalSteps} the number of batches of the whole run.
 */
public sealed interface LearningRateSchedule {

    /** The rate for this batch, given the configured base rate. */
    double rate(double baseRate, int epoch, long step, long totalSteps);

    /** The base rate throughout. */
    record Constant() implements LearningRateSchedule {
        @Override
        public double rate(double baseRate, int epoch, long step, long totalSteps) {
            return baseRate;
        }
    }

    /** {@code baseRate · gamma^(epoch / everyEpochs)} (PyTorch's StepLR stepped once per epoch). */
    record Step(int everyEpochs, double gamma) implements LearningRateSchedule {
        public Step {
            if (everyEpochs < 1 || !(gamma > 0)) {
                throw new IllegalArgumentException("step schedule needs everyEpochs >= 1 and gamma > 0, got "
                        + everyEpochs + " and " + gamma);
            }
        }

        @Override
        public double rate(double baseRate, int epoch, long step, long totalSteps) {
            return baseRate * Math.pow(gamma, Math.floorDiv(epoch, everyEpochs));
        }
    }

    /** Cosine annealing from the base rate to {@code minRate} over the whole run, per batch. */
    record Cosine(double minRate) implements LearningRateSchedule {
        public Cosine {
            if (!(minRate >= 0)) {
                throw new IllegalArgumentException("cosine schedule needs minRate >= 0, got " + minRate);
            }
        }

        @Override
        public double rate(double baseRate, int epoch, long step, long totalSteps) {
            double progress = totalSteps <= 1 ? 0 : (double) step / (totalSteps - 1);
            return minRate + (baseRate - minRate) * 0.5 * (1 + Math.cos(Math.PI * progress));
        }
    }

    /**
     * Leslie Smith's one-cycle policy as PyTorch's OneCycleLR (cosine phases, momentum not cycled):
     * from {@code baseRate/divFactor} up to {@code baseRate} over the first {@code pctStart} of the
     * batches, then down to {@code baseRate/(divFactor·finalDivFactor)}.
     */
    record OneCycle(double pctStart, double divFactor, double finalDivFactor) implements LearningRateSchedule {
        public OneCycle {
            if (!(pctStart > 0 && pctStart < 1) || !(divFactor >= 1) || !(finalDivFactor >= 1)) {
                throw new IllegalArgumentException("one-cycle needs 0 < pctStart < 1, divFactor >= 1 and "
                        + "finalDivFactor >= 1, got " + pctStart + ", " + divFactor + ", " + finalDivFactor);
            }
        }

        /** PyTorch's defaults: 30 % warm-up, start at max/25, end at max/25/10⁴. */
        public static OneCycle defaults() {
            return new OneCycle(0.3, 25, 1e4);
        }

        @Override
        public double rate(double baseRate, int epoch, long step, long totalSteps) {
            double initial = baseRate / divFactor;
            double last = initial / finalDivFactor;
            double peakStep = pctStart * totalSteps - 1;
            if (step <= peakStep) {
                return cosineBetween(initial, baseRate, peakStep <= 0 ? 1 : step / peakStep);
            }
            double remaining = totalSteps - 1 - peakStep;
            return cosineBetween(baseRate, last, remaining <= 0 ? 1 : (step - peakStep) / remaining);
        }

        private static double cosineBetween(double from, double to, double fraction) {
            return to + (from - to) * 0.5 * (1 + Math.cos(Math.PI * Math.min(1, fraction)));
        }
    }
}
