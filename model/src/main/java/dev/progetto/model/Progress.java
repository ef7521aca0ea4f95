package dev.progetto.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a measured value has gone towards a target: the measured number, the target, the ratio
 * between them and whether the target is reached.
 */
public final class Progress {

  private static final MathContext RATIO = new MathContext(6, RoundingMode.HALF_EVEN);

  private final BigDecimal measured;
  private final Quantity target;

  private Progress(BigDecimal measured, Quantity target) {
    this.measured = Objects.requireNonNull(measured, "measured");
    this.target = Objects.requireNonNull(target, "target");
  }

  /**
   * Returns the progress of a measured number towards a target.
   *
   * @param measured the measured number
   * @param target the target
   * @return the progress
   */
  public static Progress of(BigDecimal measured, Quantity target) {
    return new Progress(measured, target);
  }

  /**
   * Returns the measured number.
   *
   * @return the number
   */
  public BigDecimal getMeasured() {
    return measured;
  }

  /**
   * Returns the target.
   *
   * @return the target
   */
  public Quantity getTarget() {
    return target;
  }

  /**
   * Returns the measured number divided by the target's reference number (the minimum of a
   * range), to six significant digits: {@code 0.5} is half-way, {@code 1} reached.
   *
   * @return the ratio, or empty when the reference number is zero
   */
  public Optional<BigDecimal> ratio() {
    BigDecimal reference = target.reference();
    if (reference.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(measured.divide(reference, RATIO));
  }

  /**
   * Returns the ratio as a percentage rounded to one decimal: {@code 62.5}.
   *
   * @return the percentage, or empty when the reference number is zero
   */
  public Optional<BigDecimal> percent() {
    return ratio().map(ratio -> ratio.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN));
  }

  /**
   * Tells whether the measured number satisfies the target (see {@link Quantity#isReachedBy}).
   *
   * @return true when reached
   */
  public boolean isReached() {
    return target.isReachedBy(measured);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Progress progress
        && measured.equals(progress.measured)
        && target.equals(progress.target);
  }

  @Override
  public int hashCode() {
    return Objects.hash(measured, target);
  }

  @Override
  public String toString() {
    return measured.toPlainString() + " of " + target;
  }
}
