package org.zielbild.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/** The logging set up in code writes what logback.xml wrote: a file in the app's log folder, INFO and up. */
class LogSetupTest {

    @Test
    void linesGoToTheLogFileInTheAppsFolderWithLevelThreadAndLogger(@TempDir Path logs) throws IOException {
        String before = System.getProperty(Logging.LOG_DIR_PROPERTY);
        System.setProperty(Logging.LOG_DIR_PROPERTY, logs.toString());
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // what logback's provider sets
        try {
            LogSetup.configureInCode(context);
            Logger log = context.getLogger("org.zielbild.Example");
            log.info("the day starts");
            log.debug("not written: below INFO");
            log.warn("a note with its cause", new IllegalStateException("disk full"));
            assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.INFO);
            context.stop();
        } finally {
            if (before == null) {
                System.clearProperty(Logging.LOG_DIR_PROPERTY);
            } else {
                System.setProperty(Logging.LOG_DIR_PROPERTY, before);
            }
        }
        String written = Files.readString(logs.resolve("zielbild.log"));
        assertThat(written).contains("INFO  [" + Thread.currentThread().getName() + "] org.zielbild.Example - the day starts")
                .doesNotContain("below INFO");
        assertThat(written.lines().findFirst().orElseThrow()).as("ISO 8601 time first")
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} INFO  \\[.*");
        assertThat(written).contains("WARN  [" + Thread.currentThread().getName() + "] org.zielbild.Example - a note with its cause")
                .contains("java.lang.IllegalStateException: disk full")
                .contains("at org.zielbild.config.LogSetupTest.");
    }

    @Test
    void longLoggerNamesAreShortenedFromThePackagesLeavingTheClass() {
        LogLine line = LogLine.console();
        ch.qos.logback.classic.spi.LoggingEvent event = new ch.qos.logback.classic.spi.LoggingEvent();
        event.setLoggerName("org.zielbild.ui.shell.start.StartViewModel");
        event.setLevel(Level.ERROR);
        event.setMessage("could not list {}");
        event.setArgumentArray(new Object[] {"Übersicht ✓"});
        event.setThreadName("zielbild-open");
        event.setTimeStamp(0);
        String text = line.doLayout(event);
        assertThat(text).matches("\\d{2}:\\d{2}:\\d{2}\\.\\d{3} ERROR o\\.z\\.u\\.s\\.s\\.StartViewModel - could not list Übersicht ✓\\R")
                .doesNotContain("zielbild-open");
    }

    @Test
    void aLogbackTestXmlOnTheClasspathIsUsedInstead() {
        // The tests have one (src/test/resources): the code leaves the set-up to it.
        assertThat(new LogSetup().configure(new LoggerContext())).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
    }

    @Test
    void logbackFindsTheSetUpAsAService() throws IOException {
        try (var in = LogSetup.class.getResourceAsStream("/META-INF/services/ch.qos.logback.classic.spi.Configurator")) {
            assertThat(new String(in.readAllBytes()).strip()).isEqualTo(LogSetup.class.getName());
        }
    }
}
