package dev.byline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void flags_win_over_environment_which_wins_over_defaults() {
        Map<String, String> env = Map.of("BYLINE_PORT", "8080", "BYLINE_HOST", "0.0.0.0", "BYLINE_INDEX", "/tmp/idx");
        Settings fromEnv = Settings.resolve(Settings.Flags.NONE, env);
        assertThat(fromEnv.port()).isEqualTo(8080);
        assertThat(fromEnv.host()).isEqualTo("0.0.0.0");
        assertThat(fromEnv.index()).isEqualTo(Path.of("/tmp/idx"));
        assertThat(fromEnv.corpus()).isEqualTo(Settings.DEFAULT_CORPUS);
        Settings fromFlags = Settings.resolve(new Settings.Flags("localhost", 9090, Path.of("x"), Path.of("y")), env);
        assertThat(fromFlags).isEqualTo(new Settings("localhost", 9090, Path.of("x"), Path.of("y"), true));
        assertThat(Settings.resolve(Settings.Flags.NONE, Map.of()))
                .isEqualTo(new Settings("127.0.0.1", 7070, Path.of("data", "index"), Path.of("corpus"), true));
    }

    @Test
    void an_invalid_value_stops_with_a_one_line_message() {
        assertThatThrownBy(() -> Settings.resolve(Settings.Flags.NONE, Map.of("BYLINE_PORT", "seventy")))
                .isInstanceOf(Settings.InvalidSettingException.class).hasMessage("BYLINE_PORT must be a number, got 'seventy'");
        assertThatThrownBy(() -> Settings.resolve(new Settings.Flags(null, 70_000, null, null), Map.of()))
                .hasMessageContaining("port must be 0 to 65535");
    }

    @Test
    void metrics_are_on_unless_switched_off_and_a_bad_value_is_named() {
        assertThat(Settings.resolve(Settings.Flags.NONE, java.util.Map.of()).metrics()).isTrue();
        assertThat(Settings.resolve(Settings.Flags.NONE, java.util.Map.of("BYLINE_METRICS", "off")).metrics()).isFalse();
        assertThat(Settings.resolve(Settings.Flags.NONE, java.util.Map.of("BYLINE_METRICS", " ON ")).metrics()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Settings.resolve(Settings.Flags.NONE, java.util.Map.of("BYLINE_METRICS", "maybe")))
                .isInstanceOf(Settings.InvalidSettingException.class).hasMessage("BYLINE_METRICS must be on or off, got 'maybe'");
    }

    @Test
    void vectors_are_off_unless_switched_on_and_a_bad_value_is_named() {
        assertThat(Settings.vectors(Map.of())).isFalse();
        assertThat(Settings.vectors(Map.of("BYLINE_VECTORS", " On "))).isTrue();
        assertThat(Settings.vectors(Map.of("BYLINE_VECTORS", "off"))).isFalse();
        assertThatThrownBy(() -> Settings.vectors(Map.of("BYLINE_VECTORS", "fast")))
                .isInstanceOf(Settings.InvalidSettingException.class).hasMessage("BYLINE_VECTORS must be on or off, got 'fast'");
    }
}
