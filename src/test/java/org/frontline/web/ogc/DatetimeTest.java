package org.frontline.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.frontline.web.BadParameterException;
import org.junit.jupiter.api.Test;

class DatetimeTest {
    static final LocalDate FEB_24 = LocalDate.of(2022, 2, 24);
    static final LocalDate FEB_25 = LocalDate.of(2022, 2, 25);

    @Test
    void aDateIsThatDay() {
        assertThat(Datetime.parse("2022-02-25")).containsExactly(FEB_25, FEB_25);
    }

    @Test
    void aTimestampIsItsUtcDay() {
        assertThat(Datetime.parse("2022-02-25T10:00:00Z")).containsExactly(FEB_25, FEB_25);
        assertThat(Datetime.parse("2022-02-24t23:30:00-02:00")).containsExactly(FEB_25, FEB_25);
        assertThat(Datetime.parse("2022-02-25T01:00:00.5+03:00")).containsExactly(FEB_24, FEB_24);
    }

    @Test
    void intervalsMayBeOpenAtEitherEnd() {
        assertThat(Datetime.parse("2022-02-24/2022-02-25")).containsExactly(FEB_24, FEB_25);
        assertThat(Datetime.parse("../2022-02-25")).containsExactly(null, FEB_25);
        assertThat(Datetime.parse("2022-02-24/..")).containsExactly(FEB_24, null);
        assertThat(Datetime.parse("2022-02-24/")).containsExactly(FEB_24, null);
        assertThat(Datetime.parse("/2022-02-25")).containsExactly(null, FEB_25);
        assertThat(Datetime.parse("../..")).containsExactly(null, null);
        assertThat(Datetime.parse(null)).containsExactly(null, null);
    }

    @Test
    void unreadableOrBackwardValuesNameTheParameter() {
        for (String bad : new String[]{"yesterday", "2022-02-30", "2022-02-25T10:00:00", "2022-02-26/2022-02-25", "..", "a/b/c"}) {
            assertThatThrownBy(() -> Datetime.parse(bad)).as(bad).isInstanceOf(BadParameterException.class)
                    .satisfies(e -> assertThat(((BadParameterException) e).parameter()).isEqualTo("datetime"));
        }
    }
}
