package org.zielbild.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import org.slf4j.Logger;

/**
 * The app's logging, set up in code: the log file (5 MB, five old ones kept) and the console.
 * Found by logback through META-INF/services. Reading a logback.xml costs a start-up about a
 * quarter of a second of XML parsing (docs/decisions/0090); where a logback-test.xml or
 * {@code -Dlogback.configurationFile} is present, that file is used instead.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configureInCode(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The file in the folder {@link Logging#useFolder} named, and the console; INFO and up. */
    static void configureInCode(LoggerContext context) {
        String folder = System.getProperty(Logging.LOG_DIR_PROPERTY, System.getProperty("java.io.tmpdir") + "/zielbild-logs");
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setFile(folder + "/zielbild.log");
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder + "/zielbild.%i.log");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(5);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("5MB"));
        trigger.start();
        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        start(file, "FILE", LogLine.file(), context);
        start(new ConsoleAppender<>(), "CONSOLE", LogLine.console(), context);
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        // Two harmless PDFBox warnings on every PDF export: Noto Emoji's variation-selector table (skipped)
        // and the standard Symbol font openhtmltopdf sets up but the minutes never use (only embedded fonts).
        context.getLogger("org.apache.fontbox.ttf.CmapSubtable").setLevel(Level.ERROR);
        context.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font").setLevel(Level.ERROR);
    }

    private static void start(OutputStreamAppender<ILoggingEvent> appender, String name, LogLine line, LoggerContext context) {
        line.setContext(context);
        line.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(line);
        encoder.start();
        appender.setContext(context);
        appender.setName(name);
        appender.setEncoder(encoder);
        appender.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
    }
}
