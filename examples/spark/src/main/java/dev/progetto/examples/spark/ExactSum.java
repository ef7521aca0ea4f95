package dev.progetto.examples.spark;

import java.math.BigDecimal;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * Adds up decimal text exactly, as {@code BigDecimal.add} does: the sum keeps the largest scale of
 * its terms ({@code 150000 + 0.50 = 150000.50}), whatever the order Spark adds them in. Spark's own
 * {@code sum} of a decimal column has the column's fixed scale, which would make {@code 150000} of
 * the report {@code 150000.000000000000000000}. Null terms are left out; no term gives {@code 0}.
 */
final class ExactSum extends Aggregator<String, BigDecimal, String> {

  private static final long serialVersionUID = 1L;

  @Override
  public BigDecimal zero() {
    return BigDecimal.ZERO;
  }

  @Override
  public BigDecimal reduce(BigDecimal sum, String term) {
    return term == null ? sum : sum.add(new BigDecimal(term));
  }

  @Override
  public BigDecimal merge(BigDecimal first, BigDecimal second) {
    return first.add(second);
  }

  @Override
  public String finish(BigDecimal sum) {
    return sum.toString();
  }

  @Override
  public Encoder<BigDecimal> bufferEncoder() {
    return Encoders.javaSerialization(BigDecimal.class);
  }

  @Override
  public Encoder<String> outputEncoder() {
    return Encoders.STRING();
  }
}
