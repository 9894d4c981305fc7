package dev.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bench starts builds as the launcher does; the two must agree on the heap. */
class LauncherTest {

    @Test
    void launcher_gives_the_heap_the_bench_measures_with() throws Exception {
        String launcher = Files.readString(Path.of("byline"));
        assertThat(launcher).contains("JVM_FLAGS+=(" + BenchCommand.LAUNCHER_HEAP + ")");
    }
}
