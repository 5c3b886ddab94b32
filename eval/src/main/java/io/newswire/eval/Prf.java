package io.newswire.eval;

/**
 * Counts behind a precision/recall/F1 figure. When there is nothing to find and nothing was
 * predicted, all three are 1 (nothing missed, nothing wrong); otherwise an empty denominator
 * gives 0.
 *
 * @param tp true positives
 * @param predicted items predicted
 * @param gold items in gold
 */
public record Prf(int tp, int predicted, int gold) {

    public static final Prf ZERO = new Prf(0, 0, 0);

    public Prf {
        if (tp < 0 || tp > predicted || tp > gold) {
            throw new IllegalArgumentException("inconsistent counts tp=" + tp + " predicted=" + predicted + " gold=" + gold);
        }
    }

    public Prf plus(Prf other) {
        return new Prf(tp + other.tp, predicted + other.predicted, gold + other.gold);
    }

    public double precision() {
        return ratio(tp, predicted);
    }

    public double recall() {
        return ratio(tp, gold);
    }

    public double f1() {
        return predicted + gold == 0 ? 1.0 : 2.0 * tp / (predicted + gold);
    }

    private double ratio(int numerator, int denominator) {
        if (predicted == 0 && gold == 0) {
            return 1.0;
        }
        return denominator == 0 ? 0.0 : (double) numerator / denominator;
    }
}
