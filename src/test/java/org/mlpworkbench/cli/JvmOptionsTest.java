package org.mlpworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The options a JVM of this program gets: the serial collector for a command, huge pages where Linux offers them. */
class JvmOptionsTest {

    private static final String ON_REQUEST = "always [madvise] never\n";

    @Test
    void aCommandOnLinuxWithHugePagesOnRequestGetsTheSerialCollectorAndHugePages() {
        assertThat(JvmOptions.choose(List.of(), true, "Linux", ON_REQUEST))
                .containsExactly("-XX:+UseSerialGC", "-XX:+UseTransparentHugePages");
    }

    @Test
    void theWindowKeepsTheDefaultCollector() {
        assertThat(JvmOptions.choose(List.of("-Xmx4g"), false, "Linux", ON_REQUEST))
                .containsExactly("-XX:+UseTransparentHugePages");
    }

    @Test
    void hugePagesOnlyWhenLinuxOffersThemOnRequest() {
        assertThat(JvmOptions.choose(List.of(), true, "Linux", "always madvise [never]\n"))
                .containsExactly("-XX:+UseSerialGC");
        // always: the kernel gives them without being asked
        assertThat(JvmOptions.choose(List.of(), true, "Linux", "[always] madvise never\n"))
                .containsExactly("-XX:+UseSerialGC");
        // the option is Linux's only: elsewhere the JVM would refuse to start
        assertThat(JvmOptions.choose(List.of(), false, "Mac OS X", "")).isEmpty();
        assertThat(JvmOptions.choose(List.of(), false, "Windows 11", ON_REQUEST)).isEmpty();
    }

    @Test
    void aChoiceAlreadyGivenIsLeftAlone() {
        assertThat(JvmOptions.choose(List.of("-XX:+UseG1GC", "-XX:-UseTransparentHugePages"), true, "Linux",
                ON_REQUEST)).isEmpty();
        assertThat(JvmOptions.choose(List.of("-XX:+UseParallelGC", "-XX:+UseLargePages"), true, "Linux",
                ON_REQUEST)).isEmpty();
        // a collector's tuning option is not a choice of collector
        assertThat(JvmOptions.choose(List.of("-XX:+UseG1GCX", "-XX:G1HeapRegionSize=4m"), true, "Linux",
                ON_REQUEST)).contains("-XX:+UseSerialGC");
    }
}
