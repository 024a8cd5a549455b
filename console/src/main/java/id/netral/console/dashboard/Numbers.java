package id.netral.console.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as an Indonesian reader writes them: a decimal comma, a percent sign. */
final class Numbers {
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private Numbers() {
    }

    /** 2 of 3 is "66,7%". */
    static String percent(long part, long whole) {
        if (whole == 0) {
            return "";
        }
        BigDecimal share = BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        NumberFormat format = NumberFormat.getNumberInstance(INDONESIAN);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(1);
        return format.format(share) + "%";
    }
}
